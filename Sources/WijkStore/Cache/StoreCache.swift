import WijkDomain
#if canImport(Glibc)
import Glibc
#endif

/// This workstation's snapshot of the store as last read, in `.wijk/snapshot.cache`: the households, team,
/// kaart, requests and minutes as the reader made them (problems too), and the signature of every file and
/// folder they came from. The next start draws its first frame from it without opening 150,000 files.
///
/// A cache, never a source of truth: a missing, damaged or cut-short file, one written by another version of
/// Wijkdesk or for another store all read as no cache (the caller reads the store whole), and every start
/// checks the store against it (`changes(root:)`) before anything may be edited. It holds client data, so
/// it is owner-only like the store, is never synced (`.wijk/`), and goes when a household is destroyed.
public struct StoreCache: Sendable {
    /// A file as it was read: its signature then, and the error that kept it from being read (`errno`; 0 none).
    public struct File: Sendable {
        public var signature: FileSignature
        public var error: Int32 = 0
    }

    /// A folder as it was listed (its signature then and the names in it; nil for a folder whose files were
    /// read but which was not listed), and the files read in it, by name.
    public struct Folder: Sendable {
        public var signature: FileSignature?
        public var names: [String]
        public var files: [String: File] = [:]
    }

    /// Store-relative path of a folder (`households/h-1`; `""` is the store itself) to what was seen there.
    public internal(set) var folders: [String: Folder] = [:]

    /// The file at store-relative `path` (`households/h-1/plan.rec`) as it was read.
    public func file(_ path: String) -> File? {
        let (folder, name) = Self.split(path)
        return folders[folder]?.files[name]
    }

    /// `households/h-1/plan.rec` → (`households/h-1`, `plan.rec`); a name at the top → (`""`, name).
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// What was read from those files; nil while a reading is being recorded.
    public internal(set) var snapshot: StoreSnapshot?
    /// Where the signatures lie in the cache file, not yet read: the first frame needs the snapshot only, so
    /// the two hundred thousand names are read and decoded by the check, on its own thread (`indexed()`).
    private var pendingIndex: IndexRegion?

    /// The signatures' part of a loaded cache file, and the file as it was when loaded.
    private struct IndexRegion: Sendable {
        var path: String
        var offset: Int
        var length: Int
        var sum: UInt64
        var file: FileSignature
    }

    /// The file ends in three numbers: the length of the snapshot's part and the sums of the two parts.
    static let trailerBytes = 24
    /// When the reading this cache records began (ns since 1970): a file changed within `racyWindow` of it
    /// may have changed again within the same clock tick, so it is read again however its signature looks.
    public internal(set) var takenAt: Int64

    /// Two seconds: more than the coarsest time stamps of the file systems a store lives on (FAT, SMB).
    static let racyWindow: Int64 = 2_000_000_000
    static let magic = Array("WIJKSNAP".utf8)
    /// The layout of the file below; a cache of another layout is not read.
    static let format: UInt32 = 9
    static let name = "snapshot.cache"

    init(takenAt: Int64) { self.takenAt = takenAt }

    /// Where this workstation keeps the cache of the store at `root`.
    public static func path(root: String) -> String {
        root + "/" + StoreLayout.localFolder + "/" + name
    }

    /// Removes the cache (a household destroyed, or the store's per-workstation files cleared).
    public static func remove(root: String) { unlink(path(root: root)) }

    /// Whether `signature` may hide a second change within the same tick as the reading.
    func isRacy(_ signature: FileSignature) -> Bool { Self.isRacy(signature, takenAt: takenAt) }

    /// Whether `signature` may hide a second change within the same tick as a reading begun at `takenAt`.
    static func isRacy(_ signature: FileSignature, takenAt: Int64) -> Bool {
        max(signature.modified, signature.changed) >= takenAt - racyWindow
    }

    // MARK: reading

    /// The cache of the store at `root`, nil when there is none that may be used: missing, unreadable, cut
    /// short, damaged, of another format or version of Wijkdesk (`version`), or made for another store.
    /// Only the snapshot's part of the file is read here.
    public static func load(root: String, version: String) -> StoreCache? {
        guard let identity = identity(root: root), let file = CacheFile(path: path(root: root)) else { return nil }
        defer { close(file.fd) }
        guard let bytes = read(file.fd, at: 0, count: file.snapshotLength) else { return nil }
        var check = CacheChecksum()
        check.add(bytes)
        guard check.value == file.snapshotSum else { return nil }
        var cache = bytes.withUnsafeBytes { raw -> StoreCache? in
            try? decode(BinaryDecoder(raw), root: root, version: version, identity: identity, end: raw.count)
        }
        cache?.pendingIndex = file.index
        return cache
    }

    /// The signature index of the store at `root`'s cache, read without the snapshot (for `wijk merge`), and
    /// when the reading it records began; nil when there is no cache that may be used, as for `load`.
    static func loadIndex(root: String, version: String) -> (takenAt: Int64, index: [UInt8])? {
        guard let identity = identity(root: root), let file = CacheFile(path: path(root: root)) else { return nil }
        defer { close(file.fd) }
        // The head is a few names and numbers; its sum is the snapshot's, which is not read: the index's own
        // sum vouches for what is used.
        guard let head = read(file.fd, at: 0, count: min(file.snapshotLength, 4096)),
              let takenAt = head.withUnsafeBytes({ raw in
                  try? Self.takenAt(BinaryDecoder(raw), version: version, identity: identity)
              }) ?? nil,
              let index = read(file.fd, at: file.index.offset, count: file.index.length) else { return nil }
        var check = CacheChecksum()
        check.add(index)
        return check.value == file.index.sum ? (takenAt, index) : nil
    }

    /// The cache file open, and where its two parts lie (from its trailer); nil when it is missing or too short.
    private struct CacheFile {
        let fd: Int32
        let snapshotLength: Int
        let snapshotSum: UInt64
        let index: IndexRegion

        init?(path: String) {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            guard let signature = FileSystem.signature(of: fd), signature.size > Int64(trailerBytes),
                  let trailer = StoreCache.read(fd, at: Int(signature.size) - trailerBytes, count: trailerBytes) else {
                close(fd)
                return nil
            }
            let (length, sum, indexSum) = trailer.withUnsafeBytes { raw in
                (Int(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self))),
                 UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
                 UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)))
            }
            let indexLength = Int(signature.size) - trailerBytes - length
            guard length > 0, indexLength >= 0 else {
                close(fd)
                return nil
            }
            self.fd = fd
            snapshotLength = length
            snapshotSum = sum
            index = IndexRegion(path: path, offset: length, length: indexLength, sum: indexSum, file: signature)
        }
    }

    /// `count` bytes of `fd` from `offset`, nil when the file is shorter.
    private static func read(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
        // Not zeroed first: that was half the cost of reading tens of megabytes from the page cache.
        var whole = true
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var done = 0
            while done < count {
                let n = pread(fd, buffer.baseAddress! + done, count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                done += n
            }
            whole = done == count
            initialized = done
        }
        return whole ? bytes : nil
    }

    /// The file's head: when its reading began, nil when it is of another format, version or store.
    private static func takenAt(_ d: BinaryDecoder, version: String, identity: String) throws -> Int64? {
        guard try d.readString() == String(decoding: magic, as: UTF8.self), try d.read(UInt32.self) == format,
              try d.readString() == version, try d.readString() == identity else { return nil }
        return try d.read(Int64.self)
    }

    private static func decode(_ d: BinaryDecoder, root: String, version: String, identity: String,
                               end: Int) throws -> StoreCache? {
        guard let takenAt = try takenAt(d, version: version, identity: identity) else { return nil }
        var cache = StoreCache(takenAt: takenAt)
        var snapshot = StoreSnapshot(root: root, info: try d.decode(TeamInfo.self))
        snapshot.workers = try d.decode([Worker].self)
        snapshot.resources = try d.decode([Resource].self)
        snapshot.requests = try d.decode([HelpRequest].self)
        snapshot.meetings = try d.decode([Meeting].self)
        snapshot.problems = try d.decode([StoreProblem].self)
        snapshot.filesRead = Int(try d.read(Int64.self))
        snapshot.dossiers = try dossiers(d, end: end)
        guard d.offset == end else { return nil }
        cache.snapshot = snapshot
        return cache
    }

    /// The signatures' bytes, read from the file now; nil when the file changed since it was loaded (another
    /// Wijkdesk on this workstation wrote it) or they do not add up.
    var undecodedIndex: [UInt8]? {
        guard let region = pendingIndex else { return nil }
        let fd = open(region.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard FileSystem.signature(of: fd) == region.file,
              let bytes = Self.read(fd, at: region.offset, count: region.length) else { return nil }
        var sum = CacheChecksum()
        sum.add(bytes)
        return sum.value == region.sum ? bytes : nil
    }

    /// Whether the signatures are still in the file (loaded, not decoded).
    var indexInFile: Bool { pendingIndex != nil }

    /// Entries of a signature index taken over as they are by a cache brought up to date (`refreshed`): the
    /// index's bytes and where each entry taken over lies. They are written out as they are, beside `folders`,
    /// so bringing a cache up to date after a few changes does not decode 200,000 signatures.
    struct Inherited: Sendable {
        let bytes: [UInt8]
        let runs: [Range<Int>]
    }
    var inherited: Inherited?

    /// This cache with its signatures decoded; nil when they cannot be read or do not decode.
    func indexed() -> StoreCache? {
        if let inherited {
            var cache = self
            cache.inherited = nil
            let decoded: Bool = inherited.bytes.withUnsafeBytes { raw in
                (try? cache.decodeIndex(BinaryDecoder(raw), runs: inherited.runs)) != nil
            }
            return decoded ? cache : nil
        }
        guard pendingIndex != nil else { return self }
        guard let bytes = undecodedIndex else { return nil }
        var cache = self
        cache.pendingIndex = nil
        let decoded: Bool = bytes.withUnsafeBytes { raw in
            (try? cache.decodeIndex(BinaryDecoder(raw), runs: Self.folderRuns(BinaryDecoder(raw), end: raw.count)))
                != nil
        }
        return decoded ? cache : nil
    }

    /// The entries at `runs` of the index `d` reads, into `folders` (where a folder is not there already).
    private mutating func decodeIndex(_ d: BinaryDecoder, runs: [Range<Int>]) throws {
        folders.reserveCapacity(folders.count + runs.count)
        for run in runs {
            let entry = try Self.folderEntry(BinaryDecoder(d.bytes, offset: run.lowerBound), run: run)
            guard folders[entry.path] == nil else { continue }
            folders[entry.path] = Folder(entry)
        }
    }

    /// This cache's index as it is in its file, split for bringing the cache up to date: the entries of the
    /// folders at `decoding` decoded, and where the others lie, leaving out those under `dropping`. Nil
    /// when the index cannot be read or does not decode.
    func splitIndex(decoding: Set<String>, dropping: [String]) -> (decoded: [String: Folder], kept: Inherited)? {
        guard let bytes = undecodedIndex else { return nil }
        return bytes.withUnsafeBytes { raw -> ([String: Folder], Inherited)? in
            guard let runs = try? Self.folderRuns(BinaryDecoder(raw), end: raw.count) else { return nil }
            var decoded: [String: Folder] = [:]
            var kept: [Range<Int>] = []
            kept.reserveCapacity(runs.count)
            for run in runs {
                guard let path = try? BinaryDecoder(raw, offset: run.lowerBound).readString() else { return nil }
                if decoding.contains(path) {
                    guard let entry = try? Self.folderEntry(BinaryDecoder(raw, offset: run.lowerBound), run: run)
                    else { return nil }
                    decoded[path] = Folder(entry)
                } else if !dropping.contains(where: { CacheRecorder.isUnder(path, $0) }) {
                    kept.append(run)
                }
            }
            return (decoded, Inherited(bytes: bytes, runs: kept))
        }
    }

    /// Where each folder's entry lies in the signature index: a count, then each entry after its length, so
    /// the check can hand runs of folders to every core without decoding them first.
    static func folderRuns(_ d: BinaryDecoder, end: Int) throws -> [Range<Int>] {
        let count = Int(try d.read(UInt32.self))
        guard count <= end else { throw BinaryDecoder.damaged() }
        var runs: [Range<Int>] = []
        runs.reserveCapacity(count)
        for _ in 0..<count {
            let length = Int(try d.read(UInt32.self))
            guard d.offset + length <= end else { throw BinaryDecoder.damaged() }
            runs.append(d.offset..<(d.offset + length))
            d.skip(length)
        }
        guard d.offset == end else { throw BinaryDecoder.damaged() }
        return runs
    }

    /// A folder as the signature index holds it.
    typealias FolderEntry = (path: String, signature: FileSignature?, names: [String], files: [(String, FileSignature)])

    /// One folder of the signature index: its path, its signature (when listed), its names, its files' signatures.
    static func folderEntry(_ d: BinaryDecoder, run: Range<Int>) throws -> FolderEntry {
        let end = run.upperBound
        let (path, signature, names) = try folderNames(d, run: run)
        let fileCount = Int(try d.read(UInt32.self))
        guard fileCount <= end else { throw BinaryDecoder.damaged() }
        var files: [(String, FileSignature)] = []
        files.reserveCapacity(fileCount)
        for _ in 0..<fileCount { files.append((try d.readString(), try Self.signature(d))) }
        guard d.offset == end else { throw BinaryDecoder.damaged() }
        return (path, signature, names, files)
    }

    /// The start of a folder's entry: its path, its signature (when listed) and its names (those `wanted`);
    /// the files' signatures after them are left unread.
    static func folderNames(_ d: BinaryDecoder, run: Range<Int>,
                            wanted: (UnsafeBufferPointer<UInt8>) -> Bool = { _ in true }) throws
        -> (path: String, signature: FileSignature?, names: [String]) {
        let path = try d.readString()
        let signature = try d.readBool() ? try Self.signature(d) : nil
        let nameCount = Int(try d.read(UInt32.self))
        guard nameCount <= run.upperBound else { throw BinaryDecoder.damaged() }
        var names: [String] = []
        names.reserveCapacity(nameCount)
        for _ in 0..<nameCount { if let name = try d.readString(if: wanted) { names.append(name) } }
        guard d.offset <= run.upperBound else { throw BinaryDecoder.damaged() }
        return (path, signature, names)
    }

    /// The households, each written as a run of its own, decoded on every core.
    private static func dossiers(_ d: BinaryDecoder, end: Int) throws -> [Dossier] {
        let count = Int(try d.read(UInt32.self))
        guard count <= end else { throw BinaryDecoder.damaged() }
        var starts: [Int] = []
        starts.reserveCapacity(count)
        for _ in 0..<count {
            let length = Int(try d.read(UInt32.self))
            starts.append(d.offset)
            guard d.offset + length <= end else { throw BinaryDecoder.damaged() }
            d.skip(length)
        }
        let ends = starts.dropFirst().map { $0 - 4 } + [d.offset]
        let begins = starts
        nonisolated(unsafe) let bytes = d.bytes
        let decoded = Parallel.map(count) { i -> Dossier? in
            let one = BinaryDecoder(bytes, offset: begins[i])
            guard let dossier = try? one.next(Dossier.self), one.offset == ends[i] else { return nil }
            return dossier
        }
        guard !decoded.contains(where: { $0 == nil }) else { throw BinaryDecoder.damaged() }
        return decoded.map { $0! }
    }

    private static func signature(_ d: BinaryDecoder) throws -> FileSignature {
        FileSignature(modified: try d.read(Int64.self), changed: try d.read(Int64.self), size: try d.read(Int64.self),
                      inode: try d.read(UInt64.self), isDirectory: try d.readBool())
    }

    // MARK: writing

    /// Writes the cache for the store at `root` (owner-only, replaced atomically, not flushed: losing it in
    /// a crash costs one slower start). Returns whether it was written.
    @discardableResult
    public func save(root: String, version: String) -> Bool {
        guard let snapshot, let identity = Self.identity(root: root) else { return false }
        let target = Self.path(root: root)
        do throws(FileError) { try FileSystem.makeDirectories(FileSystem.directory(of: target)) } catch { return false }
        let temporary = FileSystem.temporaryName(for: target)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        var out = CacheEncoder(fd: fd)
        let head = BinaryEncoder()
        head.write(String(decoding: Self.magic, as: UTF8.self))
        head.write(Self.format)
        head.write(version)
        head.write(identity)
        head.write(takenAt)
        do {
            try head.encode(snapshot.info)
            try head.encode(snapshot.workers)
            try head.encode(snapshot.resources)
            try head.encode(snapshot.requests)
            try head.encode(snapshot.meetings)
            try head.encode(snapshot.problems)
            head.write(Int64(snapshot.filesRead))
            head.write(UInt32(snapshot.dossiers.count))
            out.raw(head.bytes)
            for dossier in snapshot.dossiers {
                let one = BinaryEncoder(capacity: 4096)
                one.put(dossier)
                out.integer(UInt32(one.bytes.count))
                out.raw(one.bytes)
            }
            let (snapshotLength, snapshotSum) = out.seal()
            if pendingIndex != nil {
                // Saved again as loaded (another version's name for it): the signatures as they are in the file.
                guard let bytes = undecodedIndex else { throw BinaryDecoder.damaged() }
                out.raw(bytes)
                out.finish(trailer: snapshotLength, snapshotSum)
                close(fd)
                return Self.commit(out, temporary, target)
            }
            // Folder by folder to the file, each after its length: the whole index at once was tens of
            // megabytes beside the snapshot, at the peak of a cold start. Entries taken over go as they are.
            out.integer(UInt32(folders.count + (inherited?.runs.count ?? 0)))
            if let inherited {
                for run in inherited.runs {
                    out.integer(UInt32(run.count))
                    out.raw(inherited.bytes[run])
                }
            }
            let entry = BinaryEncoder(capacity: 4096)
            for (path, folder) in folders {
                entry.bytes.removeAll(keepingCapacity: true)
                entry.write(path)
                entry.bytes.append(folder.signature == nil ? 0 : 1)
                if let signature = folder.signature { Self.write(signature, entry) }
                entry.write(UInt32(folder.names.count))
                for name in folder.names { entry.write(name) }
                entry.write(UInt32(folder.files.count))
                for (name, file) in folder.files {
                    entry.write(name)
                    Self.write(file.signature, entry)
                }
                out.integer(UInt32(entry.bytes.count))
                out.raw(entry.bytes)
            }
            out.finish(trailer: snapshotLength, snapshotSum)
        } catch {
            close(fd)
            unlink(temporary)
            return false
        }
        close(fd)
        return Self.commit(out, temporary, target)
    }

    private static func commit(_ out: CacheEncoder, _ temporary: String, _ target: String) -> Bool {
        guard !out.failed, (try? FileSystem.rename(temporary, to: target)) != nil else {
            unlink(temporary)
            return false
        }
        return true
    }

    private static func write(_ s: FileSignature, _ e: BinaryEncoder) {
        e.write(s.modified)
        e.write(s.changed)
        e.write(s.size)
        e.write(s.inode)
        e.bytes.append(s.isDirectory ? 1 : 0)
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

extension StoreCache.Folder {
    /// The folder as an entry of the signature index holds it.
    init(_ entry: StoreCache.FolderEntry) {
        self.init(signature: entry.signature, names: entry.names)
        files.reserveCapacity(entry.files.count)
        for (name, signature) in entry.files { files[name] = StoreCache.File(signature: signature) }
    }
}
