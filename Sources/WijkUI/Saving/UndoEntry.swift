import WijkDomain

/// One thing a person did, as `u` offers to take it back: what it was, when, about which household, and how
/// (`step`); or why it cannot be (`step` nil), in which case `u` says so and does nothing else.
public struct UndoEntry: Sendable, Equatable {
    /// How to take it back; nil when it cannot be.
    var step: UndoStep?
    /// What was done, as the person would name it: `Nieuwe journaalnotitie · Boukema`.
    var what: String
    /// When, `14:02`.
    var time: String
    /// The household it was about, shown again after it is undone.
    var household: String?
    /// Why it cannot be undone, and what to do instead.
    var cannot: String?
}
