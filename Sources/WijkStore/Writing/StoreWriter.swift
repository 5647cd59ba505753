import WijkDomain
#if canImport(Glibc)
import Glibc
#endif

/// The store's write path: atomic, durable writes that never lose a change made elsewhere.
///
/// Files that change are saved against the version they were read as: if
/// the file on disk is still that version, it is replaced atomically;
/// otherwise the three versions are merged field by field, and a field
/// changed on both sides stops the save until a person chooses. Files that
/// only grow are created under names no other workstation can make. A
/// file that does not parse is never overwritten.
public struct StoreWriter: Sendable {
    public let root: String
    public let workstation: String

    public init(root: String, workstation: String) {
        self.root = root
        self.workstation = workstation
    }

    /// The file at `path` (relative to the store) as it is now; nil when it does not exist.
    public func read(_ path: String) throws(StoreWriteError) -> FileVersion? {
        let full = root + "/" + path
        guard FileSystem.exists(full) else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(full, limit: RecfileParser.maxFileBytes)
        } catch {
            throw .io(path: path, reason: error.message)
        }
        do {
            return try FileVersion(bytes: bytes)
        } catch {
            throw .unreadableOnDisk(StoreProblem(path: path, line: error.line, kind: error.kind))
        }
    }

    /// Saves `ours` to `path`, made from `base` (nil for a new file), and with `merged` for a merge of a
    /// conflict copy; `saved` says when and by whom (nil: not said, as by a test or a tool).
    public func save(_ path: String, base: FileVersion?, ours: [RecordSet], merged: FileVersion? = nil,
                     saved: FileVersion.Saved? = nil) throws(StoreWriteError) -> SaveOutcome {
        try refuseUnreadable(path, ours)
        let history = VersionHistory(root: root)
        return try StoreLock(root: root).withLock { () throws(StoreWriteError) -> SaveOutcome in
            let disk = try read(path)
            let sets: [RecordSet]
            // What the new version came from, nearest first: the file it replaces, then what was merged in.
            let parents: [FileVersion]
            if disk?.hash == base?.hash {
                sets = ours
                parents = [base, merged].compactMap { $0 }
            } else {
                // A file removed on disk since it was read: merge against nothing there.
                // Without a base (both sides made the file anew): every difference is asked about.
                let result = RecordMerge.merge(base: base?.sets, ours: ours, theirs: disk?.sets ?? [])
                if !result.conflicts.isEmpty {
                    let conflicts = result.conflicts.map { conflict in
                        var conflict = history.annotate(conflict, path: path, ours: nil, theirs: disk, base: base)
                        conflict.oursSaved = saved
                        return conflict
                    }
                    return .conflicts(merged: result.sets, conflicts: conflicts, disk: disk)
                }
                sets = result.sets
                parents = [disk, base, merged].compactMap { $0 }
            }
            let bytes = FileVersion.encode(sets, from: parents, saved: saved)
            do throws(FileError) {
                try FileSystem.makeDirectories(FileSystem.directory(of: root + "/" + path))
                try FileSystem.replaceAtomically(root + "/" + path, bytes: bytes)
            } catch {
                throw .io(path: path, reason: error.message)
            }
            let written = try! FileVersion(bytes: bytes)
            for version in parents + [written] { history.put(version, path: path) }
            // Pruning lists and stats the file's history: one save in sixteen does it (picked by the content
            // hash, so the same on every workstation), which keeps a save's cost flat however long the history.
            if let saved, written.hash.hasPrefix("0") { history.prune(path: path, keeping: written, now: saved.time) }
            return .saved(written)
        }
    }

    /// Creates the new file `path` holding `sets`; fails when it exists. For files that only grow.
    public func create(_ path: String, _ sets: [RecordSet]) throws(StoreWriteError) {
        try refuseUnreadable(path, sets)
        let full = root + "/" + path
        do throws(FileError) {
            try FileSystem.makeDirectories(FileSystem.directory(of: full))
            try FileSystem.createAtomically(full, bytes: Array(RecfileWriter.format(sets).utf8))
        } catch {
            if error.errno == EEXIST { throw .exists(path: path) }
            throw .io(path: path, reason: error.message)
        }
    }

    /// Refuses what the parser would refuse to read back: every file Wijkdesk writes must open again.
    private func refuseUnreadable(_ path: String, _ sets: [RecordSet]) throws(StoreWriteError) {
        for set in sets {
            for record in set.records {
                for field in record.fields where field.value.utf8.count > RecfileParser.maxValueBytes {
                    throw .refused(StoreProblem(path: path, line: 0,
                                                kind: .valueTooLong(field: field.name, limitBytes: RecfileParser.maxValueBytes)))
                }
            }
        }
    }

    /// Removes temporary files an interrupted write left behind (`.NAME.wijk-RANDOM.tmp`) that are older
    /// than `age` seconds at `now`; returns how many. Such a file never holds an acknowledged save: that
    /// was renamed or linked into place before it was acknowledged.
    @discardableResult
    public func removeStaleTemporaries(now: Timestamp, age: Int64 = 600) -> Int {
        var removed = 0
        func sweep(_ folder: String, depth: Int) {
            for name in FileSystem.list(root + (folder.isEmpty ? "" : "/" + folder)) ?? [] {
                let path = folder.isEmpty ? name : folder + "/" + name
                if name.hasPrefix(".") && name.contains(".wijk-") && name.hasSuffix(".tmp") {
                    if let signature = FileSystem.signature(root + "/" + path),
                       now.seconds - signature.modified / 1_000_000_000 > age {
                        FileSystem.remove(root + "/" + path)
                        removed += 1
                    }
                } else if depth < 3, !name.hasPrefix("."), name != StoreLayout.archive,
                          FileSystem.isDirectory(root + "/" + path) {
                    sweep(path, depth: depth + 1)
                }
            }
        }
        sweep("", depth: 0)
        // The workstation's own folder is hidden but written the same way (the version cache, the audit heads).
        sweep(StoreLayout.localFolder, depth: 1)
        // The history lies deeper: a folder per file below the file's own path.
        sweep(StoreLayout.history, depth: -1)
        return removed
    }
}
