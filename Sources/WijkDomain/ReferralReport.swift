/// Referrals per kind of resource, and how they ended: the measure of "laagdrempelig eerst", basic help
/// before maatwerk.
///
/// A referral counts in the period it was made, with the status it has now. A request the inbox referred
/// straight to a resource (`d`, without a household) counts as a referral too, on the day it was referred;
/// how it went on is not known, so it is in none of the outcome columns.
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

        /// A request referred from the inbox: counted by the request, in no outcome.
        mutating func add(request id: String) { referrals.add("request:" + id) }

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

    public init(_ dossiers: [Dossier], resources: [Resource], period: ReportPeriod, requests: [HelpRequest] = []) {
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
        for request in requests where request.status == .referred && request.household == nil {
            guard let resource = request.resource else { continue }
            let day = request.events.last { $0.status == .referred }?.date ?? request.received
            guard period.contains(day) else { continue }
            let kind = kinds[resource]
            byKind[kind, default: Row(kind: kind)].add(request: request.id)
            total.add(request: request.id)
            if let kind {
                if kind.isLowThreshold { lowThreshold.add("request:" + request.id) } else { tailored.add("request:" + request.id) }
            }
        }
        rows = Resource.Kind.allCases.map { byKind[$0] ?? Row(kind: $0) } + (byKind[nil].map { [$0] } ?? [])
    }
}
