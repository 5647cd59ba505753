#if canImport(Glibc)
import Glibc
#endif

/// Checking the store against the cache, and bringing the cache up to date with what the check found.
extension StoreCache {
    /// What changed in the store at `root` since this cache was taken, as store-relative paths the way the
    /// watcher reports them (a file changed, added or removed, a folder gone), for the reload to read again.
    ///
    /// Every file is looked at (`stat`, no open): a text editor writing in place changes no folder, and sync
    /// tools may keep a file's name and set its time. A folder is listed again only when its own signature
    /// moved, which is how a name comes or goes.
    public func changes(root: String) -> Set<String> {
        // Each folder is opened once and its files looked up by name in it: a whole path per file spends most
        // of the check walking the same folders again.
        var inFolder: [String: [(name: String, signature: FileSignature)]] = [:]
        for (path, file) in files {
            let utf8 = path.utf8
            if let slash = utf8.lastIndex(of: UInt8(ascii: "/")) {
                let folder = String(path[..<slash])
                inFolder[folder, default: []].append((String(path[path.index(after: slash)...]), file.signature))
            } else {
                inFolder["", default: []].append((path, file.signature))
            }
        }
        var changed: Set<String> = []
        for folder in Set(folders.keys).union(inFolder.keys) {
            let full = folder.isEmpty ? root : root + "/" + folder
            let fd = FileSystem.openFolder(full)
            guard fd >= 0 else {
                changed.insert(folder)
                for entry in inFolder[folder] ?? [] { changed.insert(folder + "/" + entry.name) }
                continue
            }
            defer { close(fd) }
            if let listed = folders[folder], let now = FileSystem.signature(of: fd),
               now != listed.signature || isRacy(now) {
                // Hidden and temporary names (this workstation's `.wijk`, a sync tool's temporary files) are
                // not the store's: they come and go without anything to read again.
                let names = Set(FileSystem.list(full) ?? [])
                for name in names.symmetricDifference(listed.names) where !Self.isScratch(name) {
                    changed.insert(folder.isEmpty ? name : folder + "/" + name)
                }
            }
            for entry in inFolder[folder] ?? [] {
                guard let now = FileSystem.signature(of: entry.name, in: fd), now == entry.signature, !isRacy(now) else {
                    changed.insert(folder.isEmpty ? entry.name : folder + "/" + entry.name)
                    continue
                }
            }
        }
        return changed
    }

    static func isScratch(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("~") || name.hasSuffix("~") || name.hasSuffix(".tmp")
    }

    /// This cache brought up to date with `changes` (found by `changes(root:)` from `takenAt` on): the parts of
    /// the store they are in read again from disk and taken into the snapshot as a live reload takes them, the
    /// rest kept. Nil when the store's own file or its top changed: then the store is read whole again anyway.
    public func refreshed(root: String, changes: Set<String>, takenAt: Int64) -> StoreCache? {
        guard var snapshot else { return nil }
        var parts: Set<StoreReader.Part> = []
        for path in changes {
            if path.isEmpty || path == StoreLayout.infoFile { return nil }
            if let part = StoreReader.part(of: path) { parts.insert(part) }
        }
        let recorder = CacheRecorder(refreshing: self, dropping: parts.map(\.folder), takenAt: takenAt)
        // The top folder and the households folder are listed anew: that is where a household comes or goes.
        StoreReader.listAgain(["", StoreLayout.households], root: root, into: recorder)
        var index = Dictionary(snapshot.dossiers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var added = false
        for part in parts {
            var at: Int?
            if case .household(let id) = part { at = index[id] }
            switch snapshot.take(StoreReader.read(part, in: root, recorder: recorder), at: at) {
            case .household(let i) where at == nil:
                index[snapshot.dossiers[i].id] = i
                added = true
            case .removed:
                index = Dictionary(snapshot.dossiers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            default: break
            }
        }
        // In the order a whole reading gives, so the next start shows what a reading from disk would.
        if added { snapshot.dossiers.sort { $0.id < $1.id } }
        snapshot.problems.sort { ($0.path, $0.line) < ($1.path, $1.line) }
        var fresh = recorder.recorded
        fresh.snapshot = snapshot
        return fresh
    }
}

extension StoreReader.Part {
    /// The folder this part of the store is, relative to the store.
    var folder: String {
        switch self {
        case .team: StoreLayout.team
        case .resources: StoreLayout.resources
        case .requests: StoreLayout.requests
        case .meetings: StoreLayout.meetings
        case .household(let id): StoreLayout.households + "/" + id
        }
    }
}
