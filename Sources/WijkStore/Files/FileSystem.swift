#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls the store needs, straight on POSIX: faster than Foundation for many small files.
enum FileSystem {
    /// Names in `directory` (without `.` and `..`), nil when it is not a readable directory.
    static func list(_ directory: String) -> [String]? {
        var ignored: FileSignature?
        return list(directory, signature: &ignored, wanted: false)
    }

    /// Names in `directory` and the folder's own signature, taken from the open folder (one call more, no
    /// second path lookup): what the snapshot cache keeps to see later whether a name came or went.
    static func list(_ directory: String, signature: inout FileSignature?) -> [String]? {
        list(directory, signature: &signature, wanted: true)
    }

    private static func list(_ directory: String, signature: inout FileSignature?, wanted: Bool) -> [String]? {
        guard let dir = opendir(directory) else { return nil }
        defer { closedir(dir) }
        if wanted {
            var info = stat()
            signature = fstat(dirfd(dir), &info) == 0 ? FileSignature(info) : nil
        }
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
        var ignored: FileSignature?
        return try read(path, limit: limit, signature: &ignored)
    }

    /// The whole file as `read(_:limit:)` reads it, and its signature from the same `fstat`.
    static func read(_ path: String, limit: Int, signature: inout FileSignature?) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(errno: errno) }
        defer { close(fd) }
        var info = stat()
        let known = fstat(fd, &info) == 0
        signature = known ? FileSignature(info) : nil
        let expected = known ? Int(info.st_size) : 4096
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

extension FileSystem {
    /// Makes a directory readable by its owner only (0700).
    static func makeDirectory(_ path: String) throws(FileError) {
        guard mkdir(path, 0o700) == 0 else { throw FileError(errno: errno) }
    }

    /// Creates a new file readable by its owner only (0600) with `bytes`;
    /// fails when the file exists. With `durable` the data is on disk
    /// (fsync) before this returns.
    static func createFile(_ path: String, bytes: [UInt8], durable: Bool = true) throws(FileError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileError(errno: errno) }
        defer { close(fd) }
        try write(bytes, to: fd)
        if durable { guard fsync(fd) == 0 else { throw FileError(errno: errno) } }
    }

    /// Writes all of `bytes` to `fd`, going on after an interrupted or short write.
    static func write(_ bytes: [UInt8], to fd: Int32) throws(FileError) {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + written, bytes.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError(errno: errno)
            }
            written += n
        }
    }

    /// Replaces (or creates) `path` atomically and durably: the bytes go to
    /// a hidden temporary file in the same folder, are flushed to disk, the
    /// file is renamed over `path`, and the folder is flushed, so a crash at
    /// any moment leaves either the old or the new file whole.
    static func replaceAtomically(_ path: String, bytes: [UInt8]) throws(FileError) {
        let temporary = temporaryName(for: path)
        do throws(FileError) {
            try createFile(temporary, bytes: bytes, durable: true)
            try rename(temporary, to: path)
        } catch {
            unlink(temporary)
            throw error
        }
        try syncDirectory(of: path)
    }

    /// Creates `path` with `bytes` atomically and durably, failing (EEXIST)
    /// when it exists: written to a temporary file, flushed, then linked into
    /// place, so the name never shows a half-written file.
    static func createAtomically(_ path: String, bytes: [UInt8]) throws(FileError) {
        let temporary = temporaryName(for: path)
        do throws(FileError) {
            try createFile(temporary, bytes: bytes, durable: true)
            if link(temporary, path) != 0 {
                // Shares without hard links: the name is unique by construction, so check and rename.
                guard [EPERM, EOPNOTSUPP, ENOSYS, EXDEV].contains(errno) else { throw FileError(errno: errno) }
                guard !exists(path) else { throw FileError(errno: EEXIST) }
                try rename(temporary, to: path)
            }
        } catch {
            unlink(temporary)
            throw error
        }
        unlink(temporary)
        try syncDirectory(of: path)
    }

    /// Makes `path` and its missing parents (0700), flushing each new folder's parent.
    static func makeDirectories(_ path: String) throws(FileError) {
        if isDirectory(path) { return }
        let parent = directory(of: path)
        if parent != path && !parent.isEmpty { try makeDirectories(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST { throw FileError(errno: errno) }
        try syncDirectory(of: path)
    }

    /// Flushes the folder holding `path`, so a rename or new name in it survives a crash.
    static func syncDirectory(of path: String) throws(FileError) {
        let fd = open(directory(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(errno: errno) }
        defer { close(fd) }
        // Some file systems (network shares) cannot fsync a folder: not an error.
        if fsync(fd) != 0 && errno != EINVAL && errno != EROFS { throw FileError(errno: errno) }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last part of `path`: `a/b/c.rec` → `c.rec`.
    static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// `.NAME.wijk-RANDOM.tmp` beside `path`: hidden and `.tmp`, so readers and sync tools skip it.
    static func temporaryName(for path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return directory(of: path) + "/." + name + ".wijk-" + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp"
    }

    static func remove(_ path: String) { unlink(path) }

    /// Modification time, size and inode of `path`, nil when it is missing.
    static func signature(_ path: String) -> FileSignature? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileSignature(info)
    }

    /// A handle on the folder at `path` for looking up names in it, -1 when it is not there; close it with
    /// `close`.
    static func openFolder(_ path: String) -> Int32 {
        open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    /// The signature of the folder open as `fd`.
    static func signature(of fd: Int32) -> FileSignature? {
        var info = stat()
        return fstat(fd, &info) == 0 ? FileSignature(info) : nil
    }

    /// The signature of `name` in the folder open as `folder`: one name looked up, not a whole path.
    static func signature(of name: String, in folder: Int32) -> FileSignature? {
        var info = stat()
        return fstatat(folder, name, &info, 0) == 0 ? FileSignature(info) : nil
    }

    static func rename(_ from: String, to: String) throws(FileError) {
        guard Glibc.rename(from, to) == 0 else { throw FileError(errno: errno) }
    }

    /// Removes a directory tree this process made (used to clean up a failed copy).
    static func removeTree(_ path: String) {
        if isDirectory(path) {
            for name in list(path) ?? [] { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}

/// What changes when a file changes: enough to notice an edit without reading the file.
///
/// The status-change time is in it because no program can set it back: an editor that writes in place and
/// restores the modification time (`touch -r`, `rsync -t`) still moves it.
public struct FileSignature: Sendable, Equatable {
    /// Modification and status-change times, in nanoseconds since 1970.
    public var modified: Int64
    public var changed: Int64
    public var size: Int64
    public var inode: UInt64
    public var isDirectory: Bool

    public init(modified: Int64, changed: Int64, size: Int64, inode: UInt64, isDirectory: Bool) {
        self.modified = modified
        self.changed = changed
        self.size = size
        self.inode = inode
        self.isDirectory = isDirectory
    }

    init(_ info: stat) {
        self.init(modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                  changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
                  size: Int64(info.st_size), inode: UInt64(info.st_ino), isDirectory: (info.st_mode & S_IFMT) == S_IFDIR)
    }
}

/// An operating-system error from a file call.
public struct FileError: Error, Sendable {
    public var errno: Int32
    public var message: String { String(cString: strerror(errno)) }
}
