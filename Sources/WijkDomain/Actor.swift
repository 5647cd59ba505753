/// Who carries out an action: the regisseur, a member, the household's own network, or a resource.
public enum Actor: Sendable, Equatable, Codable {
    case regisseur
    case member(String)
    case network
    case resource(String)

    /// Reads the stored form: `regisseur`, `netwerk`, `member:m-1`, `resource:r-id`.
    public init?(code: String) {
        switch code {
        case "regisseur": self = .regisseur
        case "netwerk", "network": self = .network
        default:
            if code.hasPrefix("member:"), code.count > 7 {
                self = .member(String(code.dropFirst(7)))
            } else if code.hasPrefix("resource:"), code.count > 9 {
                self = .resource(String(code.dropFirst(9)))
            } else {
                return nil
            }
        }
    }

    /// The stored form.
    public var code: String {
        switch self {
        case .regisseur: return "regisseur"
        case .network: return "netwerk"
        case .member(let id): return "member:" + id
        case .resource(let id): return "resource:" + id
        }
    }
}
