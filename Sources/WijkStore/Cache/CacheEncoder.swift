/// Writes the snapshot cache straight to a file, a megabyte at a time, summing as it goes.
///
/// Streaming keeps a second copy of the store out of memory: the cache of the city store is tens of
/// megabytes, and the workstation already holds the store once as read.
struct CacheEncoder {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private(set) var checksum = CacheChecksum()
    private(set) var failed = false
    /// Bytes handed to the file so far (the trailer's not counted).
    private var written = 0

    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(1 << 20)
    }

    mutating func integer<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
        flushIfFull()
    }

    /// Bytes made elsewhere (`BinaryEncoder`), as they are.
    mutating func raw(_ value: some Collection<UInt8>) {
        buffer.append(contentsOf: value)
        flushIfFull()
    }

    /// Ends the first part of the file (the snapshot): how long it is and its sum; the sum starts again.
    mutating func seal() -> (length: Int, sum: UInt64) {
        flush()
        defer { checksum = CacheChecksum() }
        return (written, checksum.value)
    }

    /// Writes what is buffered, then the trailer: the first part's length and sum, and the second part's sum.
    mutating func finish(trailer length: Int, _ sum: UInt64) {
        flush()
        for value in [UInt64(length), sum, checksum.value] {
            withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
        }
        write(buffer)
        buffer = []
    }

    private mutating func flushIfFull() {
        if buffer.count >= 1 << 20 { flush() }
    }

    private mutating func flush() {
        checksum.add(buffer)
        write(buffer)
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func write(_ bytes: [UInt8]) {
        guard !failed else { return }
        do throws(FileError) { try FileSystem.write(bytes, to: fd) } catch { failed = true }
    }
}
