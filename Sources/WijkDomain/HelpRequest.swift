/// A request for help (hulpvraag) as it came in, and what the team did with it.
public struct HelpRequest: Sendable, Equatable, Codable {
    /// Where a request stands: new, being looked at, or answered one of four ways.
    public enum Status: String, CaseIterable, Sendable, Codable {
        case new
        case inProgress = "in-progress"
        /// Linked to a household (an existing one, or one made from the request) and so to its regisseur.
        case linked
        /// Referred straight to a resource, without a plan.
        case referred
        /// Not for the team, with a reason.
        case notForTeam = "not-for-team"
        /// Withdrawn by whoever asked.
        case withdrawn

        /// Still waiting for the team.
        public var isOpen: Bool { self == .new || self == .inProgress }
        /// Whether reaching this status answers the request, so the waiting clock stops.
        public var answers: Bool { self == .linked || self == .referred || self == .notForTeam }
    }

    /// How the request reached the team.
    public enum Channel: String, CaseIterable, Sendable, Codable {
        case phone, walkIn = "walk-in", email, gp, school, districtNurse = "district-nurse", housing, police
        case selfReferral = "self", other
    }

    /// How soon the team must answer, by the team's norms.
    public enum Urgency: String, CaseIterable, Sendable, Comparable, Codable {
        case crisis, urgent, regular

        public static func < (a: Urgency, b: Urgency) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// One step in the request's history: who did what, when (the local day and time).
    public struct Event: Sendable, Equatable, Codable {
        public var id: String
        public var date: Day
        public var time: String
        public var worker: String
        public var status: Status
        /// The regisseur the request went to, when this step assigned one.
        public var regisseur: String?
        public var note: String

        public init(id: String, date: Day, time: String = "", worker: String, status: Status, regisseur: String? = nil,
                    note: String = "") {
            self.id = id
            self.date = date
            self.time = time
            self.worker = worker
            self.status = status
            self.regisseur = regisseur
            self.note = note
        }
    }

    public var id: String
    public var received: Day
    /// The wall-clock time it came in, `09:25`.
    public var time: String
    public var channel: Channel
    public var urgency: Urgency
    /// The household: its name and address as the requester gave them.
    public var name: String
    public var street: String
    public var postcode: String
    public var city: String
    public var phone: String
    public var email: String
    /// A member's BSN, when the requester gave it (checked with the elfproef).
    public var bsn: String
    /// Who asked on the household's behalf (a GP, a school); empty when the person asked themselves.
    public var requester: String
    public var requesterOrganisation: String
    public var requesterPhone: String
    public var requesterEmail: String
    /// The question in the requester's words.
    public var question: String
    public var domains: [LifeDomain]
    /// The worker who took the request in.
    public var takenBy: String
    public var status: Status
    /// The household it is linked to.
    public var household: String?
    /// The resource it was referred to.
    public var resource: String?
    /// Why it is not for the team, or was withdrawn.
    public var reason: String
    public var events: [Event]

    public init(id: String, received: Day, time: String = "", channel: Channel = .other, urgency: Urgency = .regular,
                name: String, street: String = "", postcode: String = "", city: String = "", phone: String = "",
                email: String = "", bsn: String = "", requester: String = "", requesterOrganisation: String = "",
                requesterPhone: String = "", requesterEmail: String = "", question: String, domains: [LifeDomain] = [],
                takenBy: String = "", status: Status = .new, household: String? = nil, resource: String? = nil,
                reason: String = "", events: [Event] = []) {
        self.id = id
        self.received = received
        self.time = time
        self.channel = channel
        self.urgency = urgency
        self.name = name
        self.street = street
        self.postcode = postcode
        self.city = city
        self.phone = phone
        self.email = email
        self.bsn = bsn
        self.requester = requester
        self.requesterOrganisation = requesterOrganisation
        self.requesterPhone = requesterPhone
        self.requesterEmail = requesterEmail
        self.question = question
        self.domains = domains
        self.takenBy = takenBy
        self.status = status
        self.household = household
        self.resource = resource
        self.reason = reason
        self.events = events
    }

    /// The day the request was answered: its first step that assigned a regisseur, referred it, or found it
    /// not for the team; nil while it waits.
    public var answered: Day? {
        events.filter { $0.status.answers || $0.regisseur != nil }.map(\.date).min()
    }

    /// `street, postcode city`.
    public var address: String {
        let place = [postcode, city].filter { !$0.isEmpty }.joined(separator: " ")
        return [street, place].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
