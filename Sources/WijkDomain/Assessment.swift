/// A dated ZRM assessment: scores per life domain for the household or one member.
///
/// Assessments are never changed after they are made; progress is read from
/// their history.
public struct Assessment: Sendable, Equatable, Codable {
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

extension Assessment {
    private enum CodingKeys: String, CodingKey { case id, date, assessor, subject, scores, isFinal, withdraws }

    /// The scores as one number per life domain in their fixed order (0: not scored): a dictionary decodes
    /// key by key with hashing, and the snapshot cache holds a hundred thousand assessments.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(date, forKey: .date)
        try c.encode(assessor, forKey: .assessor)
        try c.encode(subject, forKey: .subject)
        try c.encode(LifeDomain.allCases.map { scores[$0]?.rawValue ?? 0 }, forKey: .scores)
        try c.encode(isFinal, forKey: .isFinal)
        try c.encodeIfPresent(withdraws, forKey: .withdraws)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        date = try c.decode(Day.self, forKey: .date)
        assessor = try c.decode(String.self, forKey: .assessor)
        subject = try c.decode(String.self, forKey: .subject)
        let numbers = try c.decode([Int].self, forKey: .scores)
        scores = [:]
        for (domain, number) in zip(LifeDomain.allCases, numbers) where number != 0 {
            scores[domain] = ZRMScore(rawValue: number)
        }
        isFinal = try c.decode(Bool.self, forKey: .isFinal)
        withdraws = try c.decodeIfPresent(String.self, forKey: .withdraws)
    }
}
