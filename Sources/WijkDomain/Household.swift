/// A household: the people at one address, the unit of work with one plan and one regisseur.
public struct Household: Sendable, Equatable {
    /// Where the household stands in the team's work.
    public enum Status: String, CaseIterable, Sendable, Codable {
        case registered, active, closed
    }

    /// Who may open the household: everyone in the team, or only its
    /// regisseur and the coordinators (afgeschermd).
    public enum Confidentiality: String, CaseIterable, Sendable, Codable {
        case normal, restricted
    }

    /// How the household prefers to be contacted.
    public enum Contact: String, CaseIterable, Sendable, Codable {
        case phone, email, letter, visit
    }

    /// Why a household's file was closed.
    public enum CloseReason: String, CaseIterable, Sendable, Codable {
        case goalsAchieved = "goals-achieved"
        case moved
        case referred
        case noLongerWanted = "no-longer-wanted"
        case deceased
        case other
        /// Found to be the same household as another and merged into it (`mergedInto`): not an outflow.
        case merged
    }

    public var id: String
    public var name: String
    public var street: String
    public var postcode: String
    public var city: String
    public var phone: String
    public var email: String
    public var regisseur: String
    public var status: Status
    public var confidentiality: Confidentiality
    public var start: Day?
    public var evaluation: Day?
    public var crisis: Bool
    public var preferredContact: Contact?
    /// Set when the household was closed.
    public var closed: Day?
    public var closeReason: CloseReason?
    /// The client's satisfaction at closing, 1–10.
    public var satisfaction: Int?
    /// The question a worker wants the team meeting to discuss ("bespreken in teamoverleg"), until it was.
    public var meetingQuestion: MeetingQuestion?
    /// The household this one was merged into, when it turned out to be the same.
    public var mergedInto: String?
    /// Households a coordinator knowingly kept apart from this one (same address or BSN, another household).
    public var apart: [String]

    /// A household put on the next team meeting's agenda, with the question for the team.
    public struct MeetingQuestion: Sendable, Equatable {
        public var text: String
        public var by: String
        public var since: Day

        public init(text: String, by: String, since: Day) {
            self.text = text
            self.by = by
            self.since = since
        }
    }

    public init(id: String, name: String, street: String = "", postcode: String = "", city: String = "",
                phone: String = "", email: String = "", regisseur: String, status: Status = .active,
                confidentiality: Confidentiality = .normal, start: Day? = nil, evaluation: Day? = nil,
                crisis: Bool = false, preferredContact: Contact? = nil, closed: Day? = nil,
                closeReason: CloseReason? = nil, satisfaction: Int? = nil, meetingQuestion: MeetingQuestion? = nil,
                mergedInto: String? = nil, apart: [String] = []) {
        self.id = id
        self.name = name
        self.street = street
        self.postcode = postcode
        self.city = city
        self.phone = phone
        self.email = email
        self.regisseur = regisseur
        self.status = status
        self.confidentiality = confidentiality
        self.start = start
        self.evaluation = evaluation
        self.crisis = crisis
        self.preferredContact = preferredContact
        self.closed = closed
        self.closeReason = closeReason
        self.satisfaction = satisfaction
        self.meetingQuestion = meetingQuestion
        self.mergedInto = mergedInto
        self.apart = apart
    }

    /// Street and place on one line, as shown in lists: `Stationsweg 12, Ten Boer`.
    public var shortAddress: String {
        [street, city].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The full address: `Stationsweg 12, 9791 AB Ten Boer`.
    public var fullAddress: String {
        let place = [postcode, city].filter { !$0.isEmpty }.joined(separator: " ")
        return [street, place].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
