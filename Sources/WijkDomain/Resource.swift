/// A service or initiative on the sociale kaart, after the Open Referral (HSDS) model: what it is and for whom,
/// where, how a household gets there, how long the wait is, and when the team last checked it.
public struct Resource: Sendable, Equatable, Codable {
    /// What kind of help it is. Everything but maatwerk is low-threshold and comes first ("van zorg naar
    /// welzijn": basic services before specialised care).
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case basic
        case informalCare = "informal-care"
        case volunteers
        case citizenInitiative = "citizen-initiative"
        case tailored

        public var isLowThreshold: Bool { self != .tailored }
    }

    /// How a household gets there.
    public enum Route: String, CaseIterable, Sendable, Codable {
        case selfReferral = "self"
        case team = "via-team"
        case gp = "via-gp"
        /// A beschikking of the municipality is needed first.
        case decision
    }

    public var id: String
    public var name: String
    public var organisation: String
    public var kind: Kind
    /// What it offers, in a word or two: buurthuis, schuldhulp, voedselbank.
    public var category: String
    public var domains: [LifeDomain]
    /// The ages it takes, both ends included; nil is open.
    public var minimumAge: Int?
    public var maximumAge: Int?
    /// Who it is for, in words: mantelzorgers, ouders van jonge kinderen.
    public var audience: String
    public var address: String
    /// The wijk or village it serves; empty for the whole municipality.
    public var area: String
    public var contact: String
    public var phone: String
    public var email: String
    public var website: String
    public var hours: String
    public var costs: String
    public var route: Route?
    /// The waiting time now, in weeks: 0 none, nil not known.
    public var waitWeeks: Int?
    public var capacityNotes: String
    public var description: String
    /// When its details were last checked, and by which worker.
    public var checked: Day?
    public var checkedBy: String

    public init(id: String, name: String, organisation: String = "", kind: Kind = .basic, category: String = "",
                domains: [LifeDomain] = [], minimumAge: Int? = nil, maximumAge: Int? = nil, audience: String = "",
                address: String = "", area: String = "", contact: String = "", phone: String = "", email: String = "",
                website: String = "", hours: String = "", costs: String = "", route: Route? = nil,
                waitWeeks: Int? = nil, capacityNotes: String = "", description: String = "", checked: Day? = nil,
                checkedBy: String = "") {
        self.id = id
        self.name = name
        self.organisation = organisation
        self.kind = kind
        self.category = category
        self.domains = domains
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.audience = audience
        self.address = address
        self.area = area
        self.contact = contact
        self.phone = phone
        self.email = email
        self.website = website
        self.hours = hours
        self.costs = costs
        self.route = route
        self.waitWeeks = waitWeeks
        self.capacityNotes = capacityNotes
        self.description = description
        self.checked = checked
        self.checkedBy = checkedBy
    }

    /// Low-threshold first, then by name as people read it (case and accents aside): the order of every list
    /// of resources.
    public static func inListOrder(_ a: Resource, _ b: Resource) -> Bool {
        if a.kind.isLowThreshold != b.kind.isLowThreshold { return a.kind.isLowThreshold }
        return (Folding.fold(a.name), a.id) < (Folding.fold(b.name), b.id)
    }

    /// `r-` and the name in lower-case ASCII words joined by hyphens, numbered when taken.
    public static func newId(_ name: String, taken: Set<String>) -> String {
        let words = Folding.fold(name).split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.prefix(4)
        let base = "r-" + (words.isEmpty ? "voorziening" : words.joined(separator: "-"))
        var id = base
        var n = 2
        while taken.contains(id) {
            id = base + "-" + String(n)
            n += 1
        }
        return id
    }

    /// Details not checked for a year or more (or never) are to be checked before anyone relies on them.
    public func isStale(on today: Day) -> Bool {
        guard let checked else { return true }
        return checked.age(on: today) >= 1
    }

    /// Whether someone of `age` fits its age range.
    public func takes(age: Int) -> Bool {
        (minimumAge.map { age >= $0 } ?? true) && (maximumAge.map { age <= $0 } ?? true)
    }

    /// Whether it serves `place` (a wijk or village): it names that place, or serves the whole municipality.
    public func serves(area place: String) -> Bool {
        area.isEmpty || Folding.fold(area) == Folding.fold(place)
    }
}
