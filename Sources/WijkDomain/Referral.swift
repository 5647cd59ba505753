/// A household sent to a resource on the sociale kaart (optionally for one member and one goal), with the
/// client's consent to share their details, and each step from proposed to its end.
public struct Referral: Sendable, Equatable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case proposed, registered, started, completed, rejected, stopped

        /// Still under way: not completed, rejected or stopped.
        public var isOpen: Bool { self == .proposed || self == .registered || self == .started }

        /// The statuses a referral may go to from this one.
        public var next: [Status] {
            switch self {
            case .proposed: return [.registered, .rejected, .stopped]
            case .registered: return [.started, .rejected, .stopped]
            case .started: return [.completed, .stopped]
            case .completed, .rejected, .stopped: return []
            }
        }

        /// An end that needs an outcome in words.
        public var needsOutcome: Bool { !isOpen }
    }

    /// How the client gave consent.
    public enum ConsentForm: String, CaseIterable, Sendable, Codable {
        case oral, written, digital
    }

    /// The client's consent to share their details with the resource.
    public struct Consent: Sendable, Equatable {
        public var given: Bool
        public var date: Day?
        public var form: ConsentForm?

        public init(given: Bool, date: Day? = nil, form: ConsentForm? = nil) {
            self.given = given
            self.date = date
            self.form = form
        }
    }

    /// One step: who moved the referral to which status, when, and why.
    public struct Step: Sendable, Equatable {
        public var id: String
        public var date: Day
        public var worker: String
        public var status: Status
        public var note: String

        public init(id: String, date: Day, worker: String, status: Status, note: String = "") {
            self.id = id
            self.date = date
            self.worker = worker
            self.status = status
            self.note = note
        }
    }

    /// What is wrong with a referral as written.
    public enum Problem: Sendable, Equatable, Codable {
        /// Details marked as shared without the client's consent.
        case sharedWithoutConsent
        /// Consent given without a date or the way it was given.
        case consentIncomplete
        /// A step to a status the one before cannot go to.
        case skipped(from: Status, to: Status)
        /// An end (afgerond, afgewezen, gestopt) without an outcome.
        case missingOutcome
    }

    public var id: String
    public var household: String
    public var date: Day
    public var worker: String
    public var resource: String
    public var member: String?
    public var goal: String?
    public var reason: String
    public var consent: Consent
    public var detailsShared: Bool
    public var status: Status
    public var outcome: String
    public var steps: [Step]

    public init(id: String, household: String, date: Day, worker: String, resource: String, member: String? = nil,
                goal: String? = nil, reason: String = "", consent: Consent = Consent(given: false),
                detailsShared: Bool = false, status: Status = .proposed, outcome: String = "", steps: [Step] = []) {
        self.id = id
        self.household = household
        self.date = date
        self.worker = worker
        self.resource = resource
        self.member = member
        self.goal = goal
        self.reason = reason
        self.consent = consent
        self.detailsShared = detailsShared
        self.status = status
        self.outcome = outcome
        self.steps = steps
    }

    /// Without consent a referral is advice to the client only: the team contacts no one on their behalf.
    public var isAdviceOnly: Bool { !consent.given }

    /// The day its status last moved.
    public var lastMoved: Day { steps.map(\.date).max() ?? date }

    /// Open and not moved for four weeks or more: someone should ask how it is going.
    public func isStuck(on today: Day) -> Bool {
        status.isOpen && lastMoved.days(until: today) >= 28
    }

    /// Whether it may go to `status` now.
    public func mayMove(to status: Status) -> Bool { self.status.next.contains(status) }

    /// What is wrong with it; empty when it may be saved.
    public var problems: [Problem] {
        var found: [Problem] = []
        if detailsShared && !consent.given { found.append(.sharedWithoutConsent) }
        if consent.given && (consent.date == nil || consent.form == nil) { found.append(.consentIncomplete) }
        var previous: Status?
        for step in steps {
            if let previous, !previous.next.contains(step.status) {
                found.append(.skipped(from: previous, to: step.status))
            }
            previous = step.status
        }
        if status.needsOutcome && outcome.isEmpty { found.append(.missingOutcome) }
        return found
    }
}
