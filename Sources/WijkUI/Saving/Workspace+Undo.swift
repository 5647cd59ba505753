import WijkDomain
import WijkStore

/// `u`: taking back the last change of this session, always by writing something new.
extension Workspace {
    mutating func undoLast() {
        guard let step = undoStack.popLast(), writer != nil, viewer != nil else {
            notice = strings(.nothingToUndo)
            return
        }
        do throws(StoreWriteError) {
            try undo(step)
            if notice == strings(.saved) { notice = strings(.undone) }
        } catch {
            if case .changedSince = error { notice = strings(.undoChangedSince) } else { notice = strings(.saveFailed, describe(error)) }
        }
    }

    /// Takes back one step by writing what reverses it.
    private mutating func undo(_ step: UndoStep) throws(StoreWriteError) {
        guard let worker = viewer else { return }
        switch step {
        case .file(let path, let before, let after):
            // Saving the old records against the version we wrote merges in whatever others changed since.
            try write(.update(path, base: after, before, undoable: false))
        case .journal(let household, let entry):
            let stamp = newStamp()
            let correction = JournalEntry(id: stamp, date: now.day, kind: .note, author: worker.id, corrects: entry,
                                          text: strings(.journalWithdrawn))
            try write(.entry(household: household, folder: StoreLayout.journal, stamp: stamp,
                             Schema.set("JournalEntry", [StoreEncoder.journalEntry(correction)]), undo: nil))
        case .expense(let household, let expense):
            let stamp = newStamp()
            let reversal = Expense(id: stamp, date: now.day, kind: expense.kind, amount: Money(cents: -expense.amount.cents),
                                   description: strings(.reversalOf, expense.description), domain: expense.domain,
                                   resource: expense.resource, author: worker.id, reverses: expense.id)
            try write(.entry(household: household, folder: StoreLayout.expenses, stamp: stamp,
                             Schema.set("Expense", [StoreEncoder.expense(reversal)]), undo: nil))
        case .assessment(let household, let assessment):
            let stamp = newStamp()
            let withdrawal = Assessment(id: stamp, date: now.day, assessor: worker.id, scores: [:], withdraws: assessment)
            try write(.entry(household: household, folder: StoreLayout.assessments, stamp: stamp,
                             Schema.set("Assessment", [StoreEncoder.assessment(withdrawal)]), undo: nil))
        case .merge(let merge):
            try merge.undo(root: snapshot.root, workstation: workstation, worker: worker.id, at: now.instant)
            reload(merge.paths)
            notice = strings(.mergeUndone)
            // The household that was merged away is back: show it, as the merge showed the one kept.
            request(.openPlan(household: merge.other))
        case .group(let steps):
            // A step that meets a change made elsewhere asks about it; the others are undone all the same.
            for step in steps.reversed() { try undo(step) }
        }
    }
}
