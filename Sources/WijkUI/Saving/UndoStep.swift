import WijkDomain
import WijkStore

/// One change this session can take back with `u`, always by writing something new.
public enum UndoStep: Sendable, Equatable {
    /// A file that changes was saved: undo saves the records as they were before (merged with later changes).
    case file(path: String, before: [RecordSet], after: FileVersion)
    /// A journal entry was added: undo adds a correction saying it is withdrawn.
    case journal(household: String, entry: String)
    /// An expense was booked: undo books the counter-entry.
    case expense(household: String, expense: Expense)
    /// An assessment was made: undo adds a withdrawal of it.
    case assessment(household: String, assessment: String)
    /// Several changes saved by one form (a meeting's decision: the journal entry, the plan, the household,
    /// the minutes): undone together, the last one first.
    indirect case group([UndoStep])
    /// Two households were merged: undo puts every file back as it was, all or none.
    case merge(HouseholdMerge)
    /// A referral made (`back` nil: undo withdraws it with a step `stopped`) or moved a step on (undo adds a
    /// step back to `back`, with the outcome it had): its history keeps both.
    case referral(path: String, back: Referral.Status?, outcome: String?)
}
