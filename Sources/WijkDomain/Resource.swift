/// A service or initiative on the sociale kaart: from buurthuis to specialist care.
public struct Resource: Sendable, Equatable {
    /// Low-threshold basic services come before specialised ones (preventie en laagdrempelig).
    public enum Level: String, CaseIterable, Sendable {
        case basic, specialised
    }

    public var id: String
    public var name: String
    public var kind: String
    public var level: Level
    public var domains: [LifeDomain]
    public var phone: String
    public var email: String
    public var address: String
    public var hours: String
    public var description: String

    public init(id: String, name: String, kind: String, level: Level = .basic, domains: [LifeDomain] = [],
                phone: String = "", email: String = "", address: String = "", hours: String = "",
                description: String = "") {
        self.id = id
        self.name = name
        self.kind = kind
        self.level = level
        self.domains = domains
        self.phone = phone
        self.email = email
        self.address = address
        self.hours = hours
        self.description = description
    }
}
