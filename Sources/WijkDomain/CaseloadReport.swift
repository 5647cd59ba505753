/// The team's caseload: open households per worker against their capacity, and the households that came
/// in and were closed per month.
public struct CaseloadReport: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var worker: String
        public var initials: String
        /// Households not closed with this worker as regisseur.
        public var open: Int
        public var capacity: Int?

        /// Open households as a share of the capacity; nil without a capacity.
        public var load: Double? { capacity.flatMap { $0 > 0 ? Double(open) / Double($0) : nil } }
    }

    public struct MonthRow: Sendable, Equatable {
        public var month: Month
        /// Households whose case started this month.
        public var started: Int
        public var closed: Int
    }

    /// Active workers who take households (beheerders only with a capacity), in the order of their initials,
    /// and anyone else who is still some household's regisseur.
    public var rows: [Row]
    /// Open households whose regisseur is not on the team.
    public var unassigned: Int
    /// Every household not closed.
    public var open: Int
    public var months: [MonthRow]

    public init(_ dossiers: [Dossier], workers: [Worker], period: ReportPeriod) {
        var openBy: [String: Int] = [:]
        var started: [Month: Int] = [:]
        var closed: [Month: Int] = [:]
        open = 0
        for dossier in dossiers {
            let household = dossier.household
            if household.status != .closed {
                open += 1
                openBy[household.regisseur, default: 0] += 1
            }
            if let start = household.start, period.contains(start) { started[Month(start), default: 0] += 1 }
            if household.status == .closed, let end = household.closed, period.contains(end) {
                closed[Month(end), default: 0] += 1
            }
        }
        let known = Set(workers.map(\.id))
        rows = workers.filter { ($0.active && ($0.role != .admin || $0.capacity != nil)) || openBy[$0.id] != nil }
            .sorted { ($0.initials, $0.id) < ($1.initials, $1.id) }
            .map { Row(worker: $0.id, initials: $0.initials, open: openBy[$0.id] ?? 0, capacity: $0.capacity) }
        unassigned = openBy.filter { !known.contains($0.key) }.values.reduce(0, +)
        months = period.months.map { MonthRow(month: $0, started: started[$0] ?? 0, closed: closed[$0] ?? 0) }
    }
}
