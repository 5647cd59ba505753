import WijkDomain
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Checking the store against the cache, and bringing the cache up to date with what the check found.
extension StoreCache {
    /// What changed in the store at `root` since this cache was taken, as store-relative paths the way the
    /// watcher reports them (a file changed, added or removed, a folder gone), for the reload to read again.
    /// `[""]` (everything) when the cache's signatures cannot be read or do not decode.
    ///
    /// Every file is looked at (`fstatat` by name in its folder, each folder opened once; no file is opened):
    /// a text editor writing in place changes no folder, and sync tools may keep a file's name and set its
    /// time. A folder is listed again only when its own signature moved, which is how a name comes or goes.
    /// From the file's bytes when they are not decoded yet, so the check builds no dictionary of them.
    public func changes(root: String) -> Set<String> {
        if inherited != nil { return indexed()?.changes(root: root) ?? [""] }
        guard indexInFile else {
            let folders = Array(self.folders)
            return Self.onEveryCore(folders.count) { i, changed in
                let (path, folder) = folders[i]
                check(path, folder.signature, folder.names, folder.files.lazy.map { ($0.key, $0.value.signature) },
                      root: root, into: &changed)
                return true
            } ?? [""]
        }
        // Signatures that cannot be read (the file replaced since) or do not add up: everything is read again.
        guard let index = undecodedIndex else { return [""] }
        return index.withUnsafeBytes { raw -> Set<String>? in
            nonisolated(unsafe) let raw = raw
            guard let runs = try? Self.folderRuns(BinaryDecoder(raw), end: raw.count) else { return nil }
            return Self.onEveryCore(runs.count) { i, changed in
                guard let entry = try? Self.folderEntry(BinaryDecoder(raw, offset: runs[i].lowerBound), run: runs[i])
                else { return false }
                check(entry.path, entry.signature, entry.names, entry.files, root: root, into: &changed)
                return true
            }
        } ?? [""]
    }

    /// `look(i, &changed)` for each folder `i` of `count`, on every core, and what they found together; nil
    /// when any look failed. Looking at a file is a system call that waits on the kernel's lookup of its name,
    /// and the screen is drawn by then and waits for a key.
    private static func onEveryCore(_ count: Int, _ look: @Sendable (Int, inout Set<String>) -> Bool) -> Set<String>? {
        let runs = min(count, 8 * ProcessInfo.processInfo.activeProcessorCount)
        let found = Parallel.map(runs) { run -> Set<String>? in
            var changed: Set<String> = []
            for i in stride(from: run, to: count, by: runs) where !look(i, &changed) { return nil }
            return changed
        }
        var all: Set<String> = []
        for run in found {
            guard let run else { return nil }
            all.formUnion(run)
        }
        return all
    }

    /// Compares one folder of the cache with the disk.
    private func check(_ path: String, _ signature: FileSignature?, _ names: [String],
                       _ files: some Sequence<(String, FileSignature)>, root: String, into changed: inout Set<String>) {
        func inside(_ name: String) -> String { path.isEmpty ? name : path + "/" + name }
        let full = path.isEmpty ? root : root + "/" + path
        let fd = FileSystem.openFolder(full)
        guard fd >= 0 else {
            changed.insert(path)
            for (name, _) in files { changed.insert(inside(name)) }
            return
        }
        defer { close(fd) }
        if let signature, let now = FileSystem.signature(of: fd), now != signature || isRacy(now) {
            // Hidden and temporary names (this workstation's `.wijk`, a sync tool's temporary files) are not
            // the store's: they come and go without anything to read again.
            let listed = Set(FileSystem.list(full) ?? [])
            for name in listed.symmetricDifference(names) where !Self.isScratch(name) { changed.insert(inside(name)) }
        }
        for (name, was) in files {
            guard let now = FileSystem.signature(of: name, in: fd), now == was, !isRacy(now) else {
                changed.insert(inside(name))
                continue
            }
        }
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
        // The top folder and the households folder are listed anew: that is where a household comes or goes.
        let relisted = ["", StoreLayout.households]
        let dropped = parts.map(\.folder)
        let recorder: CacheRecorder
        var inherited: Inherited?
        if indexInFile {
            // The index as it is in the file for the folders not looked at again; only the folders listed anew
            // are decoded, to be brought up to date.
            guard let split = splitIndex(decoding: Set(relisted), dropping: dropped) else { return nil }
            var base = StoreCache(takenAt: takenAt)
            base.folders = split.decoded
            recorder = CacheRecorder(refreshing: base, dropping: [], takenAt: takenAt)
            inherited = split.kept
        } else {
            recorder = CacheRecorder(refreshing: self, dropping: dropped, takenAt: takenAt)
        }
        StoreReader.listAgain(relisted, root: root, into: recorder)
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
        fresh.inherited = inherited
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
