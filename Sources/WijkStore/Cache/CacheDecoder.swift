/// Reads the snapshot cache's binary form; any value that runs past the end is a damaged cache.
struct CacheDecoder {
    struct Damaged: Error {}

    let data: [UInt8]
    private(set) var offset = 0

    init(_ data: [UInt8]) { self.data = data }

    mutating func integer<T: FixedWidthInteger>(_: T.Type = T.self) throws(Damaged) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= data.count else { throw Damaged() }
        let value = data.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
        offset += size
        return value
    }

    /// The next length-prefixed run of bytes, as a slice sharing the cache's storage.
    mutating func bytes() throws(Damaged) -> ArraySlice<UInt8> {
        let count = Int(try integer(UInt32.self))
        guard offset + count <= data.count else { throw Damaged() }
        defer { offset += count }
        return data[offset..<(offset + count)]
    }

    mutating func string() throws(Damaged) -> String {
        guard let text = String(validating: try bytes(), as: UTF8.self) else { throw Damaged() }
        return text
    }

    mutating func signature() throws(Damaged) -> FileSignature {
        FileSignature(modified: try integer(), changed: try integer(), size: try integer(), inode: try integer(),
                      isDirectory: try integer(UInt8.self) == 1)
    }
}
