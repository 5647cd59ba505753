import WijkDomain

/// What the sociale kaart is narrowed to besides the typed search: a life domain, a kind, someone's age, a
/// village. Empty parts let everything through.
public struct ResourceFilter: Sendable, Equatable {
    public var domain: LifeDomain?
    public var kind: Resource.Kind?
    /// Only resources whose age range takes this age.
    public var age: Int?
    /// Only resources for this village (or the whole municipality).
    public var area: String?

    public init(domain: LifeDomain? = nil, kind: Resource.Kind? = nil, age: Int? = nil, area: String? = nil) {
        self.domain = domain
        self.kind = kind
        self.age = age
        self.area = area
    }

    public var isEmpty: Bool { domain == nil && kind == nil && age == nil && area == nil }

    public func admits(_ resource: Resource) -> Bool {
        (domain.map { resource.domains.contains($0) } ?? true)
            && (kind.map { resource.kind == $0 } ?? true)
            && (age.map(resource.takes(age:)) ?? true)
            && (area.map(resource.serves(area:)) ?? true)
    }

    /// `Financiën · basisvoorziening · 41 jr · Ten Boer`, for the pane's title.
    func label(_ t: Strings) -> String {
        [domain.map { t(.domain($0)) }, kind.map { t(.resourceKind($0)) }, age.map { t(.years, String($0)) }, area]
            .compactMap { $0 }.joined(separator: " · ")
    }
}
