/// A fast 64-bit sum (FNV-1a over eight-byte words) that tells a cache cut short or damaged from a whole one.
///
/// Not a defence against someone who can write the cache: they could as well write the store (DECISIONS.md).
/// A word at a time, because the city store's cache is tens of megabytes. The sum does not depend on how the
/// bytes are handed in: up to seven left over wait for the next call.
struct CacheChecksum {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325
    private var pending: [UInt8] = []

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    mutating func add(_ raw: UnsafeRawBufferPointer) {
        var i = 0
        while !pending.isEmpty && pending.count < 8 && i < raw.count {
            pending.append(raw[i])
            i += 1
        }
        if pending.count == 8 {
            pending.withUnsafeBytes { mix($0.loadUnaligned(as: UInt64.self)) }
            pending = []
        }
        while i + 8 <= raw.count {
            mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        if i < raw.count { pending.append(contentsOf: raw[i...]) }
    }

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0x100_0000_01b3
        state ^= state >> 29
    }

    /// The sum of everything added so far.
    var value: UInt64 {
        var h = state
        for byte in pending { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h ^ UInt64(pending.count)
    }
}
