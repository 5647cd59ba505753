/// Everything the store holds about one household: the household, its members, plan, budget and history.
public struct Dossier: Sendable, Equatable {
    public var household: Household
    public var members: [Member]
    public var goals: [Goal]
    public var actions: [Action]
    public var budget: Budget?
    public var expenses: [Expense]
    /// Oldest first.
    public var journal: [JournalEntry]
    /// Oldest first.
    public var assessments: [Assessment]
    /// Oldest first.
    public var referrals: [Referral]

    public init(household: Household, members: [Member] = [], goals: [Goal] = [], actions: [Action] = [],
                budget: Budget? = nil, expenses: [Expense] = [], journal: [JournalEntry] = [],
                assessments: [Assessment] = [], referrals: [Referral] = []) {
        self.household = household
        self.members = members
        self.goals = goals
        self.actions = actions
        self.budget = budget
        self.expenses = expenses
        self.journal = journal.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        // A withdrawal (an undo) takes an assessment out of the history; both files stay.
        let withdrawn = Set(assessments.compactMap(\.withdraws))
        self.assessments = assessments.filter { $0.withdraws == nil && !withdrawn.contains($0.id) }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        self.referrals = referrals.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    public var id: String { household.id }

    /// The day of the latest contact moment in the journal.
    public var lastContact: Day? {
        journal.last(where: { $0.isContact })?.date
    }

    /// What needs attention on `day`. Closed households raise no signals.
    public func signals(on day: Day) -> Set<Signal> {
        guard household.status != .closed else { return [] }
        var result: Set<Signal> = []
        if household.crisis { result.insert(.crisis) }
        if let evaluation = household.evaluation, evaluation < day { result.insert(.evaluationOverdue) }
        if household.status == .active {
            if let last = lastContact {
                if last.days(until: day) >= Signal.contactWindowDays { result.insert(.noRecentContact) }
            } else if let start = household.start, start.days(until: day) >= Signal.contactWindowDays {
                result.insert(.noRecentContact)
            }
        }
        if actions.contains(where: { $0.isOverdue(on: day) }) { result.insert(.actionOverdue) }
        if referrals.contains(where: { $0.isStuck(on: day) }) { result.insert(.referralStuck) }
        return result
    }

    /// The subject whose ZRM history the plan shows: the household when it
    /// was assessed as a whole, else the member assessed most often.
    public var mainAssessmentSubject: String? {
        if assessments.contains(where: { $0.subject == Assessment.householdSubject }) {
            return Assessment.householdSubject
        }
        var counts: [String: Int] = [:]
        for a in assessments { counts[a.subject, default: 0] += 1 }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// ZRM progress per domain for the main subject.
    public var progress: [DomainProgress] {
        guard let subject = mainAssessmentSubject else { return [] }
        return DomainProgress.of(assessments.filter { $0.subject == subject })
    }

    /// Spent plus committed.
    public var spent: Money {
        expenses.reduce(Money.zero) { $0 + $1.amount }
    }

    /// Budget minus everything spent or committed; nil without a budget.
    public var balance: Money? {
        budget.map { $0.amount - spent }
    }

    /// The entries that correct `entry`, oldest first.
    public func corrections(of entry: JournalEntry) -> [JournalEntry] {
        journal.filter { $0.corrects == entry.id }
    }
}
