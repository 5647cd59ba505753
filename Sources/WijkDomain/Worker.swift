/// A member of the team: a regisseur, a coordinator or a beheerder.
public struct Worker: Sendable, Equatable, Codable {
    public enum Role: String, CaseIterable, Sendable, Codable {
        case worker, coordinator, admin
    }

    public var id: String
    public var name: String
    public var initials: String
    public var role: Role
    /// How many households this worker can carry.
    public var capacity: Int?
    public var domains: [LifeDomain]
    /// A worker who left stays as author of what they wrote but cannot be chosen or sign in.
    public var active: Bool
    /// The crypt(3) hash of the worker's PIN; empty when none is set. Never shown, never logged.
    public var pinHash: String

    public init(id: String, name: String, initials: String, role: Role = .worker, capacity: Int? = nil,
                domains: [LifeDomain] = [], active: Bool = true, pinHash: String = "") {
        self.id = id
        self.name = name
        self.initials = initials
        self.role = role
        self.capacity = capacity
        self.domains = domains
        self.active = active
        self.pinHash = pinHash
    }

    /// What the worker may do, by role.
    public func may(_ permission: Permission) -> Bool { role.allows(permission) }
}
