/// A dated ZRM assessment: scores per life domain for the household or one member.
///
/// Assessments are never changed after they are made; progress is read from
/// their history.
public struct Assessment: Sendable, Equatable {
    /// The subject code for an assessment of the household as a whole.
    public static let householdSubject = "household"

    public var id: String
    public var date: Day
    public var assessor: String
    /// `household`, or the id of the member assessed.
    public var subject: String
    public var scores: [LifeDomain: ZRMScore]
    /// The assessment made at closing.
    public var isFinal: Bool
    /// Set on a withdrawal: the id of the assessment this one takes back (an undo). It has no scores.
    public var withdraws: String?

    public init(id: String, date: Day, assessor: String, subject: String = Assessment.householdSubject,
                scores: [LifeDomain: ZRMScore], isFinal: Bool = false, withdraws: String? = nil) {
        self.id = id
        self.date = date
        self.assessor = assessor
        self.subject = subject
        self.scores = scores
        self.isFinal = isFinal
        self.withdraws = withdraws
    }
}
