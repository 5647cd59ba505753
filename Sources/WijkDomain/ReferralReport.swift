/// Referrals per kind of resource, and how they ended: the measure of "laagdrempelig eerst", basic help
/// before maatwerk.
///
/// A referral counts in the period it was made, with the status it has now.
public struct ReferralReport: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// Nil for referrals to a resource no longer on the sociale kaart.
        public var kind: Resource.Kind?
        public var referrals: Tally
        /// Still proposed, registered or started.
        public var open: Tally
        public var completed: Tally
        public var rejected: Tally
        public var stopped: Tally

        init(kind: Resource.Kind?) {
            self.kind = kind
            referrals = Tally()
            open = Tally()
            completed = Tally()
            rejected = Tally()
            stopped = Tally()
        }

        mutating func add(_ referral: Referral) {
            let id = referral.household
            referrals.add(id)
            switch referral.status {
            case .proposed, .registered, .started: open.add(id)
            case .completed: completed.add(id)
            case .rejected: rejected.add(id)
            case .stopped: stopped.add(id)
            }
        }
    }

    /// The five kinds in their order, then referrals to resources no longer known when there are any.
    public var rows: [Row]
    public var total: Row
    /// Referrals to low-threshold help (everything but maatwerk).
    public var lowThreshold: Tally
    public var tailored: Tally

    public init(_ dossiers: [Dossier], resources: [Resource], period: ReportPeriod) {
        let kinds = Dictionary(resources.map { ($0.id, $0.kind) }) { a, _ in a }
        var byKind: [Resource.Kind?: Row] = [:]
        total = Row(kind: nil)
        lowThreshold = Tally()
        tailored = Tally()
        for dossier in dossiers {
            for referral in dossier.referrals where period.contains(referral.date) {
                let kind = kinds[referral.resource]
                byKind[kind, default: Row(kind: kind)].add(referral)
                total.add(referral)
                if let kind {
                    if kind.isLowThreshold { lowThreshold.add(referral.household) } else { tailored.add(referral.household) }
                }
            }
        }
        rows = Resource.Kind.allCases.map { byKind[$0] ?? Row(kind: $0) } + (byKind[nil].map { [$0] } ?? [])
    }
}
