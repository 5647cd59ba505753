/// Which households the caseload lists.
public enum CaseloadScope: String, CaseIterable, Sendable {
    /// Every open (registered or active) household of the team.
    case team
    /// Open households whose regisseur is the signed-in worker.
    case mine
    /// Closed households: out of the active caseload, still findable.
    case closed
}
