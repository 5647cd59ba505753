/// One casuïstiekoverleg: the day, the chair, who was there, and the agenda with what was decided per item.
/// Saved as the minutes of the meeting, one file per day.
public struct Meeting: Sendable, Equatable, Codable {
    /// Why an item is on the agenda; an item has one or more.
    public enum Reason: Sendable, Equatable, Hashable, Codable {
        /// Put on by the last meeting.
        case postponed(from: Day)
        /// Actions decided last time are due.
        case actionsDue(count: Int)
        /// A request for help not answered yet.
        case newRequest
        case crisis
        /// A worker asked the team ("bespreken in teamoverleg").
        case question(String, by: String)
        case evaluationOverdue(Day)
        case actionsOverdue(count: Int)
        case referralStuck(resource: String)
        /// The ZRM did not improve in six months.
        case noProgress
        case noContact(days: Int)
        /// Added by the chair.
        case added

        /// Earlier on the agenda first: what was left last time, then what cannot wait.
        var rank: Int {
            switch self {
            case .postponed: return 0
            case .actionsDue: return 1
            case .crisis: return 2
            case .newRequest: return 3
            case .question: return 4
            case .evaluationOverdue: return 5
            case .referralStuck: return 6
            case .actionsOverdue: return 7
            case .noProgress: return 8
            case .noContact: return 9
            case .added: return 10
            }
        }
    }

    /// What an item is about.
    public enum Subject: Sendable, Equatable, Hashable, Codable {
        case household(String)
        case request(String)

        public var code: String {
            switch self {
            case .household(let id): return "household:" + id
            case .request(let id): return "request:" + id
            }
        }

        public init?(code: String) {
            if code.hasPrefix("household:") { self = .household(String(code.dropFirst(10))) }
            else if code.hasPrefix("request:") { self = .request(String(code.dropFirst(8))) }
            else { return nil }
        }
    }

    public enum Status: String, CaseIterable, Sendable, Codable {
        case open, discussed, postponed, removed
    }

    public struct Item: Sendable, Equatable, Codable {
        public var subject: Subject
        public var reasons: [Reason]
        /// Planned minutes.
        public var minutes: Int
        public var status: Status
        public var decision: String
        /// Ids of what the decision changed in the store (journal entries, actions, a hand-over).
        public var changes: [String]
        /// Seconds spent on it.
        public var spent: Int

        public init(subject: Subject, reasons: [Reason], minutes: Int, status: Status = .open, decision: String = "",
                    changes: [String] = [], spent: Int = 0) {
            self.subject = subject
            self.reasons = reasons
            self.minutes = minutes
            self.status = status
            self.decision = decision
            self.changes = changes
            self.spent = spent
        }

        /// Over its planned time after `seconds` on it.
        public func isOver(after seconds: Int) -> Bool { seconds > minutes * 60 }
    }

    public var date: Day
    public var chair: String
    public var present: [String]
    public var items: [Item]
    public var started: Timestamp?
    public var ended: Timestamp?
    /// The idle lock the chair set for this meeting, in minutes (longer than the team's, for a long item).
    public var idleLockMinutes: Int?

    public init(date: Day, chair: String, present: [String] = [], items: [Item] = [], started: Timestamp? = nil,
                ended: Timestamp? = nil) {
        self.date = date
        self.chair = chair
        self.present = present
        self.items = items
        self.started = started
        self.ended = ended
    }

    /// Planned minutes of all open and discussed items.
    public var plannedMinutes: Int { items.filter { $0.status != .removed }.reduce(0) { $0 + $1.minutes } }

    /// `m:ss`, or `h:mm:ss` from an hour: for the item's and the meeting's timers.
    public static func clock(_ seconds: Int) -> String {
        let s = max(0, seconds)
        func two(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
        return s >= 3600 ? String(s / 3600) + ":" + two(s / 60 % 60) + ":" + two(s % 60) : String(s / 60) + ":" + two(s % 60)
    }

    /// The agenda Wijkdesk proposes for a meeting on `today`: what the last meeting postponed or decided and is
    /// due, requests still to answer, and every household with something for the team (each once, with all
    /// its reasons), in order of what cannot wait.
    public static func propose(dossiers: [Dossier], requests: [HelpRequest], previous: Meeting?, today: Day,
                               actionsDecided: [String: [String]] = [:]) -> [Item] {
        var reasons: [Subject: [Reason]] = [:]
        var order: [Subject] = []
        func add(_ subject: Subject, _ reason: Reason) {
            if reasons[subject] == nil { order.append(subject) }
            if reasons[subject]?.contains(reason) != true { reasons[subject, default: []].append(reason) }
        }
        if let previous {
            for item in previous.items where item.status == .postponed { add(item.subject, .postponed(from: previous.date)) }
        }
        let open = dossiers.filter { $0.household.status != .closed }
        for dossier in open {
            let due = dossier.actions.filter { action in
                action.status == .open && (actionsDecided[dossier.id]?.contains(action.id) ?? false)
                    && (action.due.map { $0 <= today } ?? false)
            }
            if !due.isEmpty { add(.household(dossier.id), .actionsDue(count: due.count)) }
        }
        for request in requests where request.status.isOpen { add(.request(request.id), .newRequest) }
        for dossier in open {
            let subject = Subject.household(dossier.id)
            let household = dossier.household
            let signals = dossier.signals(on: today)
            if household.crisis { add(subject, .crisis) }
            if let question = household.meetingQuestion { add(subject, .question(question.text, by: question.by)) }
            if signals.contains(.evaluationOverdue), let evaluation = household.evaluation {
                add(subject, .evaluationOverdue(evaluation))
            }
            for referral in dossier.referrals where referral.isStuck(on: today) {
                add(subject, .referralStuck(resource: referral.resource))
            }
            let overdue = dossier.actions.filter { $0.isOverdue(on: today) }.count
            if overdue > 0 { add(subject, .actionsOverdue(count: overdue)) }
            if noProgress(dossier, today: today) { add(subject, .noProgress) }
            if signals.contains(.noRecentContact) {
                let since = dossier.lastContact ?? household.start ?? today
                add(subject, .noContact(days: since.days(until: today)))
            }
        }
        let items = order.map { subject -> Item in
            let found = reasons[subject]!.sorted { $0.rank < $1.rank }
            let weighty = found.contains { if case .crisis = $0 { return true }; if case .question = $0 { return true }; return false }
            return Item(subject: subject, reasons: found, minutes: weighty ? 10 : 5)
        }
        return items.enumerated().sorted { a, b in
            let ra = a.element.reasons[0].rank, rb = b.element.reasons[0].rank
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }

    /// An active plan whose ZRM has not gone up in six months: the latest assessment adds up to no more than
    /// the last one six months before (or there is none since).
    static func noProgress(_ dossier: Dossier, today: Day) -> Bool {
        guard dossier.household.status == .active else { return false }
        let cutoff = today.adding(days: -182)
        let assessments = dossier.assessments.filter { !$0.isFinal }
        guard let reference = assessments.last(where: { $0.date <= cutoff }), let latest = assessments.last else {
            return false
        }
        func total(_ a: Assessment) -> Int { a.scores.values.reduce(0) { $0 + $1.rawValue } }
        return latest.date <= cutoff || total(latest) <= total(reference)
    }
}
