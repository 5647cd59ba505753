import WijkDomain

/// The plan's rows as last worked out, and what for: the pane asks for them several times a key (the count,
/// the selection, the frame), and working them out (every goal, action, referral and journal entry, wrapped
/// and dated) was a third of drawing a 200×60 screen.
typealias PlanRowsMemo = Memo<PlanRowsKey, [PlanRow]>

/// Everything the plan's rows depend on.
struct PlanRowsKey: Equatable {
    var household: String
    /// `Workspace.revision`: changes whenever anything from the store is read again.
    var revision: Int
    var day: Day
    var viewer: String?
    var language: Language
    var filter: String
    var accesses: Int
}
