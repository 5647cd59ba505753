import Foundation
import WijkDomain
import WijkStore

/// The one way from a form (or a question, or `u`) to the store: its changes → `StoreWriter` → the outcome:
/// saved (recorded, undoable, read again), or a conflict a person resolves.
extension Workspace {
    /// Writes a form's submission. True when the form is done: everything written, or a conflict form now
    /// asks about the fields that collided; false when the write failed (the notice says why). A change that
    /// meets a conflict does not stop the others (each file's own question waits), but what follows the whole
    /// (`then`) waits for a person.
    mutating func submit(_ submission: Submission) -> Bool {
        // Keys that write without a form (a meeting's agenda, `u`) wait too while the store is being checked.
        if checking {
            notice = strings(.stillChecking)
            return false
        }
        // A household merged into another meanwhile (here or elsewhere) lives on there: nothing more goes in.
        for change in submission.changes {
            if case .household(let id)? = StoreReader.part(of: change.path), let keep = dossier(id)?.household.mergedInto {
                notice = strings(.mergedAway, keep)
                return false
            }
        }
        var wrote = false
        // Whatever one form wrote, `u` takes back as one: or says that it cannot, and then nothing older either.
        pendingUndo = []
        defer { if wrote && submission.recordsUndo { recordUndo(submission) } }
        var conflicted = false
        do {
            for change in submission.changes {
                if try write(change) { wrote = true } else { conflicted = true }
            }
        } catch {
            notice = strings(.saveFailed, describe(error))
            return wrote
        }
        if conflicted {
            // Part written, part asked about; when nothing was written, the conflict window says it all.
            notice = wrote ? strings(.savedExceptConflict) : nil
        } else {
            submission.then?(&self)
        }
        return true
    }

    /// One entry for what the submission wrote: its undo steps as one, or why it cannot be undone.
    private mutating func recordUndo(_ submission: Submission) {
        let steps = pendingUndo
        pendingUndo = []
        let step: UndoStep? = steps.isEmpty ? nil : steps.count == 1 ? steps[0] : .group(steps)
        // A change that has no undo makes the whole submission one that cannot be taken back in part.
        let partial = submission.changes.contains { !$0.hasUndo }
        let household = submission.changes.lazy.compactMap { change -> String? in
            if case .household(let id)? = StoreReader.part(of: change.path) { return id }
            return nil
        }.first
        var what = submission.label ?? strings(.undoWhatChange)
        if let household, let name = dossier(household)?.household.name, !what.contains(name) {
            what += " · " + (projector == nil ? name : Pseudonym.initials(name))
        }
        let without = submission.changes.first { !$0.hasUndo }
        let cannot = step == nil || partial ? submission.cannotUndo ?? strings(cannotUndoReason(without?.path)) : nil
        undoStack.append(UndoEntry(step: cannot == nil ? step : nil, what: what, time: now.clock, household: household,
                                   cannot: cannot))
    }

    /// When, where and by whom a save now is made, as the file's trailer keeps it.
    var saved: FileVersion.Saved {
        FileVersion.Saved(time: now.instant, workstation: writer?.workstation ?? workstation, worker: viewer?.id ?? "")
    }

    /// Writes one change. Returns false when it met a conflict, which a conflict form now shows.
    @discardableResult
    mutating func write(_ change: Change) throws(StoreWriteError) -> Bool {
        guard let writer else { return false }
        switch change.kind {
        case .update(let base):
            if let also = change.alsoRecord { record(also.action, object: also.object, now: now) }
            let outcome = try writer.save(change.path, base: base, ours: change.sets, saved: saved)
            if case .saved(let written) = outcome {
                if let undo = change.undo {
                    pendingUndo.append(undo)
                } else if change.undoable {
                    // What undo writes back: the file as saved with only this change taken out. A colleague's change
                    // merged in by this save stays (the records as they were read would take it out too).
                    let reverted = RecordMerge.merge(base: change.sets, ours: base?.sets ?? [], theirs: written.sets)
                    pendingUndo.append(.file(path: change.path, before: reverted.conflicts.isEmpty ? reverted.sets : base?.sets ?? [],
                                             after: written))
                }
            }
            guard take(outcome, path: change.path, journalNote: change.journalNote) else { return false }
        case .create:
            try writer.create(change.path, change.sets)
            if let undo = change.undo { pendingUndo.append(undo) }
            if let created = change.created { record(created.action, object: created.object, now: now) }
            notice = strings(.saved)
            reload([change.path])
        }
        if let note = change.journalNote, case .household(let id)? = StoreReader.part(of: change.path) {
            do {
                // The note goes with the change: undoing it withdraws the note too.
                let entry = try addJournalNote(note, household: id)
                if change.hasUndo, let entry { pendingUndo.append(.journal(household: id, entry: entry)) }
            } catch {
                notice = strings(.saveFailed, describe(error))
            }
        }
        return true
    }

    /// After a save: record it and read it again, or ask about the fields that collided. True when saved.
    @discardableResult
    mutating func take(_ outcome: SaveOutcome, path: String, journalNote: String? = nil) -> Bool {
        switch outcome {
        case .saved:
            record(.change, object: Workspace.objectId(of: path), now: now)
            notice = strings(.saved)
            reload([path])
            return true
        case .conflicts(let merged, let conflicts, let disk):
            record(.change, object: Workspace.objectId(of: path), outcome: .conflict, now: now)
            var form = ConflictForm(purpose: .save(path: path), subject: subjectName(path), conflicts: conflicts,
                                    merged: merged, disk: disk)
            // The note the form meant to write goes with the choice, once it is saved.
            form.journalNote = journalNote
            form.returnTo = formBeingSaved
            present(form)
            return false
        }
    }

    /// Adds a note to household `id`'s journal, written by the program on the worker's behalf (a member
    /// removed, the household closed or handed over); not undoable on its own.
    @discardableResult
    mutating func addJournalNote(_ text: String, household id: String) throws(StoreWriteError) -> String? {
        guard let writer, let worker = viewer else { return nil }
        let stamp = newStamp()
        let entry = JournalEntry(id: stamp, date: now.day, kind: .note, author: worker.id, text: text)
        let path = StoreLayout.households + "/" + id + "/" + StoreLayout.journal + "/" + stamp + StoreLayout.recordExtension
        try writer.create(path, [Schema.set("JournalEntry", [StoreEncoder.journalEntry(entry)])])
        reload([path])
        return stamp
    }

    /// Reads the file at `path` as it is now, for a form or question that changes it; nil (with a notice
    /// when reading failed) when it cannot be had.
    mutating func readForChange(_ path: String) -> FileVersion? {
        do {
            return try writer?.read(path)
        } catch {
            notice = strings(.saveFailed, describe(error))
            return nil
        }
    }

    /// Opens `form` on the file at `path`, remembering the version it was read as.
    mutating func open(_ form: Form, on path: String) {
        do {
            var form = form
            form.path = path
            form.base = try writer?.read(path)
            present(form)
        } catch {
            notice = strings(.saveFailed, describe(error))
        }
    }

    /// A name for a new entry that no other workstation can make (time, worker, workstation, random).
    func newStamp() -> String {
        var random = SystemRandomNumberGenerator()
        return Stamp.make(at: now.instant, worker: viewer?.id ?? "", workstation: workstation, using: &random)
    }

    /// Random lower-case base-32 characters for new ids, so two workstations never pick the same one.
    static func randomSuffix(_ count: Int) -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        var random = SystemRandomNumberGenerator()
        return String((0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
    }

    /// The id an audit line names for a written file: the household, the worker, or the file's name.
    static func objectId(of path: String) -> String {
        if case .household(let id)? = StoreReader.part(of: path) { return id }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(StoreLayout.recordExtension) ? String(name.dropLast(4)) : name
    }

    static func householdPath(_ id: String) -> String { StoreLayout.households + "/" + id + "/" + StoreLayout.householdFile }
    static func planPath(_ id: String) -> String { StoreLayout.households + "/" + id + "/" + StoreLayout.planFile }
    static func budgetPath(_ id: String) -> String { StoreLayout.households + "/" + id + "/" + StoreLayout.budgetFile }

    /// Why a change of the file at `path` cannot be taken back with `u`, and what to do instead.
    func cannotUndoReason(_ path: String?) -> Text {
        guard let path else { return .cannotUndoGeneric }
        if path.hasPrefix(StoreLayout.requests + "/") { return .cannotUndoTriage }
        if path.hasPrefix(StoreLayout.team + "/") || path == StoreLayout.infoFile { return .cannotUndoTeam }
        if path.hasPrefix(StoreLayout.resources + "/") { return .cannotUndoResource }
        if path.hasSuffix("/" + StoreLayout.householdFile) { return .cannotUndoNewHousehold }
        return .cannotUndoGeneric
    }
}
