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

    /// Why a household's file was closed: the reasons for ending of the iWmo and iJw code lists (WMO588 and
    /// JZ588, release 3.2) a wijkteam can give, so outflow goes to the municipality as it is.
    ///
    /// `moved` and `deceased` kept their names from before the lists; closings with one of the four other
    /// earlier reasons still read, and count as "onbekend" where a code is asked.
    public enum CloseReason: String, CaseIterable, Sendable, Codable {
        case perPlan = "per-plan"
        case byAgreement = "by-agreement"
        case byClient = "by-client"
        case byTeam = "by-team"
        case moved
        case otherProvider = "other-provider"
        case otherDomain = "other-domain"
        case deceased
        case goalsAchieved = "goals-achieved"
        case referred
        case noLongerWanted = "no-longer-wanted"
        case other
        /// Found to be the same household as another and merged into it (`mergedInto`): not an outflow.
        case merged

        /// The reasons a worker chooses from when closing, in the lists' order.
        public static let standard: [CloseReason] = [.perPlan, .byAgreement, .byClient, .byTeam, .moved,
                                                      .otherProvider, .otherDomain, .deceased]

        /// The code in iWmo's WMO588 and in iJw's JZ588; nil for a reason from before the lists.
        public var codes: (wmo: String, youth: String)? {
            switch self {
            case .perPlan: return ("19", "31")
            case .byAgreement: return ("23", "34")
            case .byClient: return ("21", "32")
            case .byTeam: return ("22", "33")
            case .moved: return ("31", "35")
            case .otherProvider: return ("38", "38")
            case .otherDomain: return ("39", "39")
            case .deceased: return ("02", "02")
            case .goalsAchieved, .referred, .noLongerWanted, .other, .merged: return nil
            }
        }
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
    /// Whether the household can carry on without help, as the worker judged at closing; nil when not asked
    /// (closings before 2026-12-08) or not known.
    public var selfReliant: Bool?
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
                closeReason: CloseReason? = nil, satisfaction: Int? = nil, selfReliant: Bool? = nil, meetingQuestion: MeetingQuestion? = nil,
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
        self.selfReliant = selfReliant
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
