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

    public init(id: String, date: Day, assessor: String, subject: String = Assessment.householdSubject,
                scores: [LifeDomain: ZRMScore]) {
        self.id = id
        self.date = date
        self.assessor = assessor
        self.subject = subject
        self.scores = scores
    }
}
