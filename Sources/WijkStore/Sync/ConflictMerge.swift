import WijkDomain

/// Merges the conflict copies sync tools leave in the store, with the same field rules as a save, and archives them.
///
/// Each copy is merged into its file three-way when this workstation knows
/// the version both came from, two-way otherwise. Without a field changed
/// on both sides the result is saved and the copy moved to
/// `archive/conflicts/DAY/WORKSTATION/…`, never deleted. Otherwise nothing
/// is written and the copy stays, as a `Pending` conflict for a person.
public struct ConflictMerge: Sendable {
    public let writer: StoreWriter

    public init(writer: StoreWriter) { self.writer = writer }

    /// A conflict copy that needs a person's choice.
    public struct Pending: Sendable, Equatable {
        public var copy: ConflictCopy
        public var merged: [RecordSet]
        public var conflicts: [FieldConflict]
        public var disk: FileVersion?
        /// The copy as it was read: the merge's second parent once a person chose.
        public var theirs: FileVersion?

        public init(copy: ConflictCopy, merged: [RecordSet], conflicts: [FieldConflict], disk: FileVersion?,
                    theirs: FileVersion? = nil) {
            self.copy = copy
            self.merged = merged
            self.conflicts = conflicts
            self.disk = disk
            self.theirs = theirs
        }
    }

    /// What one pass did.
    public struct Report: Sendable, Equatable {
        public var merged: [ConflictCopy] = []
        public var pending: [Pending] = []
        public var problems: [StoreProblem] = []
    }

    /// Merges every copy in `copies` (paths relative to the store); with `dryRun` only says what it would do.
    public func run(_ copies: [String], at time: Timestamp, dryRun: Bool = false) -> Report {
        var report = Report()
        let history = VersionHistory(root: writer.root)
        let saved = FileVersion.Saved(time: time, workstation: writer.workstation)
        // A dry run keeps what it would have written, so a second copy of the same file is judged against it.
        var written: [String: FileVersion] = [:]
        for path in copies.sorted() {
            guard let copy = ConflictCopy(path: path) else { continue }
            do throws(StoreWriteError) {
                guard let theirs = try writer.read(copy.path) else { continue }
                let onDisk: FileVersion?
                if let simulated = written[copy.original] { onDisk = simulated } else { onDisk = try writer.read(copy.original) }
                guard let disk = onDisk else {
                    // The file itself is gone: the copy is all there is.
                    if dryRun {
                        written[copy.original] = theirs
                        report.merged.append(copy)
                    } else if case .saved = try writer.save(copy.original, base: nil, ours: theirs.sets, merged: theirs,
                                                            saved: saved) {
                        try archive(copy, at: time)
                        report.merged.append(copy)
                    }
                    continue
                }
                let ancestor = history.commonAncestor(disk, theirs, path: copy.original)
                let merge = RecordMerge.merge(base: ancestor?.sets, ours: theirs.sets, theirs: disk.sets)
                if !merge.conflicts.isEmpty {
                    let conflicts = merge.conflicts.map {
                        history.annotate($0, path: copy.original, ours: theirs, theirs: disk, base: ancestor)
                    }
                    report.pending.append(Pending(copy: copy, merged: merge.sets, conflicts: conflicts, disk: disk,
                                                  theirs: theirs))
                    continue
                }
                if dryRun {
                    written[copy.original] = try? FileVersion(bytes: FileVersion.encode(merge.sets, from: [disk, theirs], saved: saved))
                    report.merged.append(copy)
                    continue
                }
                guard case .saved = try writer.save(copy.original, base: disk, ours: merge.sets, merged: theirs,
                                                    saved: saved) else { continue }
                try archive(copy, at: time)
                report.merged.append(copy)
            } catch {
                switch error {
                case .unreadableOnDisk(let problem), .refused(let problem): report.problems.append(problem)
                case .io(let p, let reason): report.problems.append(StoreProblem(path: p, line: 0, kind: .unreadable(reason: reason)))
                case .exists(let p), .changedSince(let p):
                    report.problems.append(StoreProblem(path: p, line: 0, kind: .conflictCopy))
                }
            }
        }
        return report
    }

    /// Saves a person's choices for a pending copy and archives the copy.
    /// Returns the new conflicts when the file changed again meanwhile.
    public func resolve(_ pending: Pending, choices: [(FieldConflict, String?)], at time: Timestamp, by worker: String = "")
        throws(StoreWriteError) -> SaveOutcome {
        let outcome = try writer.save(pending.copy.original, base: pending.disk,
                                      ours: RecordMerge.resolve(pending.merged, choices), merged: pending.theirs,
                                      saved: FileVersion.Saved(time: time, workstation: writer.workstation, worker: worker))
        if case .saved = outcome { try archive(pending.copy, at: time) }
        return outcome
    }

    /// Moves the copy into the archive, keeping its path below the store.
    func archive(_ copy: ConflictCopy, at time: Timestamp) throws(StoreWriteError) {
        let target = StoreLayout.archive + "/conflicts/" + time.day.iso + "/" + Stamp.safe(writer.workstation) + "/"
            + copy.path
        let from = writer.root + "/" + copy.path
        let to = writer.root + "/" + target
        do throws(FileError) {
            try FileSystem.makeDirectories(FileSystem.directory(of: to))
            if FileSystem.exists(to) {
                try FileSystem.rename(from, to: to + "." + String(time.seconds))
            } else {
                try FileSystem.rename(from, to: to)
            }
            try FileSystem.syncDirectory(of: from)
        } catch {
            throw .io(path: copy.path, reason: error.message)
        }
    }
}
