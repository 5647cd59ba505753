import WijkDomain
import WijkStore

/// `u`: taking back the last change of this session, always by writing something new.
extension Workspace {
    /// `u`: names the last thing done and asks; one that cannot be undone is named with why, and nothing
    /// older is offered instead. Only entries above `floor` (the meeting's own) count.
    mutating func askUndo(floor: Int = 0, nothing: Text = .nothingToUndo) {
        guard undoStack.count > floor, let entry = undoStack.last, writer != nil, viewer != nil else {
            notice = strings(nothing)
            return
        }
        guard entry.step != nil else {
            // In a window: the reason is the point, and the status line has room for half of it.
            present(DetailOverlay(detail: Detail(title: strings(.undoCannotTitle),
                                                 body: strings(.undoCannot, entry.what, entry.time,
                                                               entry.cannot ?? strings(.cannotUndoGeneric)))))
            return
        }
        present(Question(text: strings(.undoQuestion, entry.what, entry.time)) { ws in ws.undoLast() })
    }

    /// Takes back the last thing done (after `askUndo`'s question), then shows the household it was about.
    mutating func undoLast() {
        guard let entry = undoStack.last, let step = entry.step, writer != nil, viewer != nil else {
            notice = strings(.nothingToUndo)
            return
        }
        undoStack.removeLast()
        do throws(StoreWriteError) {
            try undo(step)
            pendingUndo = []
            // A conflict window asks about a field changed elsewhere: nothing is undone until it is answered.
            if layers.last is ConflictForm {
                notice = nil
            } else if notice == strings(.saved) || notice == nil {
                notice = strings(.undoneWhat, entry.what)
            }
            if let household = entry.household, projector == nil, dossier(household) != nil {
                request(.openPlan(household: household))
            }
        } catch {
            pendingUndo = []
            if case .changedSince = error {
                notice = strings(.undoChangedSince)
            } else {
                // A disk that failed may work the next time: the entry stays to try again.
                undoStack.append(entry)
                notice = strings(.saveFailed, describe(error))
            }
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
            try merge.undo(root: snapshot.root, workstation: workstation, worker: worker.id, at: now.instant, today: now.day,
                           stamps: merge.notes.map { _ in newStamp() }, withdrawn: strings(.journalWithdrawn))
            reload(merge.paths)
            notice = strings(.mergeUndone)
            // The household that was merged away is back: show it, as the merge showed the one kept.
            request(.openPlan(household: merge.other))
        case .referral(let path, let back, let outcome):
            guard let base = readForChange(path) else { return }
            let status = back ?? .stopped
            let note = strings(back == nil ? .journalReferralWithdrawn : .referralStepWithdrawn)
            let step = Referral.Step(id: newStamp(), date: now.day, worker: worker.id, status: status, note: note)
            let sets = base.sets.updating("Referral") {
                $0.setting([("Status", status.rawValue), ("Outcome", back == nil ? note : outcome)])
            }.upserting("ReferralStep", id: step.id) { _ in StoreEncoder.referralStep(step) }
            // The journal's note of the referral is withdrawn by its own step of the undo.
            try write(.referral(path, base: base, new: false, sets, journalNote: nil))
        case .group(let steps):
            // A step that meets a change made elsewhere asks about it; the others are undone all the same.
            for step in steps.reversed() { try undo(step) }
        }
    }
}
