#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls the store needs, straight on POSIX: faster than Foundation for many small files.
enum FileSystem {
    /// Names in `directory` (without `.` and `..`), nil when it is not a readable directory.
    static func list(_ directory: String) -> [String]? {
        guard let dir = opendir(directory) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The whole file, refusing more than `limit` bytes (reads `limit + 1`
    /// so the caller can tell a too-large file).
    static func read(_ path: String, limit: Int) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(errno: errno) }
        defer { close(fd) }
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? Int(info.st_size) : 4096
        var buffer = [UInt8](repeating: 0, count: min(max(expected, 0), limit) + 1)
        var filled = 0
        while true {
            if filled == buffer.count {
                if buffer.count > limit { break }
                buffer.append(contentsOf: [UInt8](repeating: 0, count: min(buffer.count, limit + 1 - buffer.count)))
            }
            let n = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + filled, raw.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError(errno: errno)
            }
            if n == 0 { break }
            filled += n
        }
        buffer.removeSubrange(filled...)
        return buffer
    }
}

/// An operating-system error from a file call.
struct FileError: Error {
    var errno: Int32
    var message: String { String(cString: strerror(errno)) }
}
