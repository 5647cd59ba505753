#if canImport(Glibc)
import Glibc
#endif

/// This workstation's copy of the store as last read (each file's bytes and signature, each folder's names), in
/// `.wijk/snapshot.cache`, from which the next start draws its first frame without opening 150,000 files.
///
/// A cache, never a source of truth: a missing, damaged or cut-short file, one written by another version of
/// Wijkdesk or for another store all read as no cache (the caller reads the store whole), and every start
/// checks the store against it (`changes(since:)`) before anything may be edited. It holds client data, so
/// it is owner-only like the store, is never synced (`.wijk/`), and goes when a household is destroyed.
public struct StoreCache: Sendable {
    /// A file as it was read: its signature then and its bytes, or the error reading it gave (errno).
    public struct File: Sendable {
        public var signature: FileSignature
        public var bytes: ArraySlice<UInt8>
        public var error: Int32 = 0
    }

    /// A folder as it was listed: its signature then and the names in it.
    public struct Folder: Sendable {
        public var signature: FileSignature
        public var names: [String]
    }

    /// Store-relative path (`households/h-1/plan.rec`) to file, and to folder (`""` is the store itself).
    public internal(set) var files: [String: File] = [:]
    public internal(set) var folders: [String: Folder] = [:]
    /// When the reading this cache records began (ns since 1970): a file changed within `racyWindow` of it
    /// may have changed again within the same clock tick, so it is read again however its signature looks.
    public internal(set) var takenAt: Int64

    /// Two seconds: more than the coarsest time stamps of the file systems a store lives on (FAT, SMB).
    static let racyWindow: Int64 = 2_000_000_000
    static let magic = Array("WIJKSNAP".utf8)
    /// The layout of the file below; a cache of another layout is not read.
    static let format: UInt32 = 1
    static let name = "snapshot.cache"

    init(takenAt: Int64) { self.takenAt = takenAt }

    /// Where this workstation keeps the cache of the store at `root`.
    public static func path(root: String) -> String {
        root + "/" + StoreLayout.localFolder + "/" + name
    }

    /// Removes the cache (a household destroyed, or the store's per-workstation files cleared).
    public static func remove(root: String) { unlink(path(root: root)) }

    /// Whether `signature` may hide a second change within the same tick as the reading.
    func isRacy(_ signature: FileSignature) -> Bool {
        max(signature.modified, signature.changed) >= takenAt - Self.racyWindow
    }

    // MARK: reading and writing

    /// The cache of the store at `root`, nil when there is none that may be used: missing, unreadable, cut
    /// short, damaged, of another format or version of Wijkdesk (`version`), or made for another store.
    public static func load(root: String, version: String) -> StoreCache? {
        guard let bytes = try? FileSystem.read(path(root: root), limit: Int(Int32.max)), bytes.count > 16,
              let identity = identity(root: root) else { return nil }
        var sum = CacheChecksum()
        bytes.withUnsafeBytes { sum.add(UnsafeRawBufferPointer(rebasing: $0[..<(bytes.count - 8)])) }
        let stored = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: bytes.count - 8,
                                                                                  as: UInt64.self)) }
        guard sum.value == stored else { return nil }
        var decoder = CacheDecoder(bytes)
        do throws(CacheDecoder.Damaged) {
            guard Array(try decoder.bytes()) == magic, try decoder.integer(UInt32.self) == format,
                  try decoder.string() == version, try decoder.string() == identity else { return nil }
            var cache = StoreCache(takenAt: try decoder.integer())
            let folderCount = Int(try decoder.integer(UInt32.self))
            cache.folders.reserveCapacity(folderCount)
            for _ in 0..<folderCount {
                let path = try decoder.string()
                let signature = try decoder.signature()
                let count = Int(try decoder.integer(UInt32.self))
                guard count <= bytes.count else { return nil }
                var names: [String] = []
                names.reserveCapacity(count)
                for _ in 0..<count { names.append(try decoder.string()) }
                cache.folders[path] = Folder(signature: signature, names: names)
            }
            let fileCount = Int(try decoder.integer(UInt32.self))
            cache.files.reserveCapacity(fileCount)
            for _ in 0..<fileCount {
                let path = try decoder.string()
                let signature = try decoder.signature()
                let error: Int32 = try decoder.integer()
                cache.files[path] = File(signature: signature, bytes: try decoder.bytes(), error: error)
            }
            guard decoder.offset == bytes.count - 8 else { return nil }
            return cache
        } catch {
            return nil
        }
    }

    /// Writes the cache for the store at `root` (owner-only, replaced atomically, not flushed: losing it in
    /// a crash costs one slower start). Returns whether it was written.
    @discardableResult
    public func save(root: String, version: String) -> Bool {
        guard let identity = Self.identity(root: root) else { return false }
        let target = Self.path(root: root)
        do throws(FileError) { try FileSystem.makeDirectories(FileSystem.directory(of: target)) } catch { return false }
        let temporary = FileSystem.temporaryName(for: target)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        var encoder = CacheEncoder(fd: fd)
        encoder.bytes(Self.magic)
        encoder.integer(Self.format)
        encoder.string(version)
        encoder.string(identity)
        encoder.integer(takenAt)
        encoder.integer(UInt32(folders.count))
        for (path, folder) in folders {
            encoder.string(path)
            encoder.signature(folder.signature)
            encoder.integer(UInt32(folder.names.count))
            for name in folder.names { encoder.string(name) }
        }
        encoder.integer(UInt32(files.count))
        for (path, file) in files {
            encoder.string(path)
            encoder.signature(file.signature)
            encoder.integer(file.error)
            encoder.bytes(file.bytes)
        }
        encoder.finish()
        close(fd)
        guard !encoder.failed, (try? FileSystem.rename(temporary, to: target)) != nil else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// The store a cache belongs to: its real path and the inode of its folder, so a copied or replaced store
    /// (a backup put back, another store mounted at the same place) does not take this one's cache.
    static func identity(root: String) -> String? {
        guard let real = realpath(root, nil) else { return nil }
        defer { free(real) }
        guard let signature = FileSystem.signature(String(cString: real)) else { return nil }
        return String(cString: real) + "\u{0}" + String(signature.inode)
    }
}
