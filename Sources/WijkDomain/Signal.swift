/// Something about a household that needs attention, shown as a marker in the caseload.
public enum Signal: String, CaseIterable, Sendable, Hashable {
    /// Marked as crisis by the regisseur.
    case crisis
    /// The evaluation date has passed.
    case evaluationOverdue
    /// No contact moment in the journal for 30 days or more.
    case noRecentContact
    /// An open action is past its due date.
    case actionOverdue
    /// A referral to a resource has not moved for four weeks.
    case referralStuck
    /// A request for help was linked to the household and its regisseur has not written in its journal since.
    case newRequest

    /// Days without contact after which `noRecentContact` shows.
    public static let contactWindowDays = 30
}
