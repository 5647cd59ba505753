/// Resources on the sociale kaart that fit a household's plan: the life domains that score low or have an open
/// goal, the members' ages, the household's village. Low-threshold kinds come first, then maatwerk ("van zorg
/// naar welzijn"); each suggestion carries why it fits, so the worker weighs it rather than a number.
public enum ResourceSuggestions {
    /// One life domain the plan needs help with: its latest ZRM score (1–3) and the open goals in it.
    public struct Need: Sendable, Equatable {
        public var domain: LifeDomain
        public var score: ZRMScore?
        public var goals: [Goal]
    }

    public struct Suggestion: Sendable, Equatable {
        public var resource: Resource
        /// The plan's needs it serves, lowest score first.
        public var needs: [Need]
        /// It is for the household's own village (or the whole municipality).
        public var nearby: Bool
        /// Its details are over a year old.
        public var stale: Bool
        /// How well it fits within its group (low-threshold or maatwerk): higher first.
        public var fit: Int
    }

    /// The domains the plan needs help with: a latest score of 1 to 3, or an open goal.
    public static func needs(of dossier: Dossier) -> [Need] {
        let latest = Dictionary(dossier.progress.map { ($0.domain, $0.latest) }, uniquingKeysWith: { a, _ in a })
        let open = dossier.goals.filter { $0.status == .open }
        return LifeDomain.allCases.compactMap { domain in
            let score = latest[domain]
            let goals = open.filter { $0.domain == domain }
            guard goals.count > 0 || (score.map { $0.rawValue <= 3 } ?? false) else { return nil }
            return Need(domain: domain, score: score, goals: goals)
        }.sorted { ($0.score?.rawValue ?? 6, $0.domain.rawValue) < ($1.score?.rawValue ?? 6, $1.domain.rawValue) }
    }

    /// The resources in `resources` that fit `dossier` on `today`, in the order to show them. Resources the
    /// household is already referred to (and still under way) are left out, as are those whose age range takes
    /// none of its members.
    public static func suggest(for dossier: Dossier, resources: [Resource], today: Day) -> [Suggestion] {
        let needs = needs(of: dossier)
        let referred = Set(dossier.referrals.filter(\.status.isOpen).map(\.resource))
        let ages = dossier.members.compactMap { $0.age(on: today) }
        var found: [Suggestion] = []
        for resource in resources where !referred.contains(resource.id) {
            let served = needs.filter { resource.domains.contains($0.domain) }
            guard !served.isEmpty else { continue }
            if resource.minimumAge != nil || resource.maximumAge != nil, !ages.isEmpty,
               !ages.contains(where: resource.takes(age:)) { continue }
            let nearby = resource.serves(area: dossier.household.city)
            let stale = resource.isStale(on: today)
            var fit = served.reduce(0) { $0 + 3 + (3 - min(3, ($1.score?.rawValue ?? 3) - 1)) + $1.goals.count * 2 }
            if nearby { fit += 3 }
            if resource.waitWeeks == 0 { fit += 1 } else if let weeks = resource.waitWeeks, weeks >= 4 { fit -= 2 }
            if stale { fit -= 1 }
            found.append(Suggestion(resource: resource, needs: served, nearby: nearby, stale: stale, fit: fit))
        }
        return found.sorted { a, b in
            if a.resource.kind.isLowThreshold != b.resource.kind.isLowThreshold { return a.resource.kind.isLowThreshold }
            if a.fit != b.fit { return a.fit > b.fit }
            return Resource.inListOrder(a.resource, b.resource)
        }
    }
}
