import WijkDomain
import WijkStore

/// Conflict copies that sync tools leave: merged where they can be, otherwise waiting behind `c`.
extension Workspace {
    /// Merges the conflict copies sync tools left (`paths`, relative to the store); those needing a choice wait.
    mutating func mergeConflictCopies(_ paths: [String]) {
        guard let writer, !paths.isEmpty else { return }
        let report = ConflictMerge(writer: writer).run(paths, at: now.instant)
        for pending in report.pending where !pendingCopies.contains(where: { $0.copy == pending.copy }) {
            pendingCopies.append(pending)
        }
        if !report.merged.isEmpty {
            notice = strings(.conflictsMerged, String(report.merged.count))
            reload(Set(report.merged.flatMap { [$0.original, $0.path] }))
        }
    }

    /// Merges the copies the store shows that are not waiting for a person yet.
    mutating func mergeNewConflictCopies() {
        let new = snapshot.conflictCopies.filter { path in !pendingCopies.contains { $0.copy.path == path } }
        if !new.isEmpty { mergeConflictCopies(new) }
    }

    /// `c`: the first copy that waits for a person's choice, as a conflict form.
    mutating func openNextPendingCopy() {
        guard let pending = pendingCopies.first else { return }
        present(ConflictForm(purpose: .copy(pending), subject: subjectName(pending.copy.original),
                             conflicts: pending.conflicts, merged: pending.merged, disk: pending.disk))
    }

    /// Saves what a person chose for a conflict copy, archives the copy, and records the change.
    mutating func resolve(_ pending: ConflictMerge.Pending, choices: [(FieldConflict, String?)]) throws(StoreWriteError) {
        guard let writer else { return }
        let outcome = try ConflictMerge(writer: writer).resolve(pending, choices: choices, at: now.instant, by: viewer?.id ?? "")
        pendingCopies.removeAll { $0.copy == pending.copy }
        take(outcome, path: pending.copy.original)
    }
}
