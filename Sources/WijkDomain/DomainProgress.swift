/// The first and the latest ZRM score of one life domain, so progress shows at a glance.
public struct DomainProgress: Sendable, Equatable {
    public var domain: LifeDomain
    public var first: ZRMScore
    public var latest: ZRMScore
    public var firstDate: Day
    public var latestDate: Day

    public init(domain: LifeDomain, first: ZRMScore, latest: ZRMScore, firstDate: Day, latestDate: Day) {
        self.domain = domain
        self.first = first
        self.latest = latest
        self.firstDate = firstDate
        self.latestDate = latestDate
    }

    /// Latest minus first: positive is progress.
    public var change: Int { latest.rawValue - first.rawValue }

    /// Progress per domain over `assessments` of one subject, in ZRM order;
    /// domains never scored are left out.
    public static func of(_ assessments: [Assessment]) -> [DomainProgress] {
        let ordered = assessments.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        return LifeDomain.allCases.compactMap { domain in
            let scored = ordered.filter { $0.scores[domain] != nil }
            guard let first = scored.first, let last = scored.last else { return nil }
            return DomainProgress(domain: domain, first: first.scores[domain]!, latest: last.scores[domain]!,
                                  firstDate: first.date, latestDate: last.date)
        }
    }
}
