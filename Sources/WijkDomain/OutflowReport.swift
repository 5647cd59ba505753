/// Outflow: the households closed in a period, per reason and per month, and how long their cases ran.
public struct OutflowReport: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// Nil for households closed without a reason from the code lists (none, or one from before them).
        public var reason: Household.CloseReason?
        public var closed: Tally
        /// Closed per month of the period, oldest first.
        public var perMonth: [Tally]
        /// Days from the start of the case to its closing, over the households with a start date.
        public var medianDays: Double?
    }

    public var months: [Month]
    /// The reasons of the code lists in their order, then closings without one ("onbekend") when there are any.
    public var rows: [Row]
    public var total: Row

    public init(_ dossiers: [Dossier], period: ReportPeriod) {
        let months = period.months
        self.months = months
        let index = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        func row(_ reason: Household.CloseReason?, _ closed: [Household]) -> Row {
            var row = Row(reason: reason, closed: Tally(), perMonth: Array(repeating: Tally(), count: months.count))
            var durations: [Int] = []
            for household in closed {
                row.closed.add(household.id)
                row.perMonth[index[Month(household.closed!)]!].add(household.id)
                if let start = household.start { durations.append(max(0, start.days(until: household.closed!))) }
            }
            row.medianDays = WaitingReport.percentile(durations.sorted(), 0.5)
            return row
        }
        // A household merged into another did not leave the team's work: it was the other one all along.
        let closed = dossiers.map(\.household).filter { h in
            h.status == .closed && h.closeReason != .merged && h.closed.map(period.contains) == true
        }
        var rows = Household.CloseReason.standard.map { reason in row(reason, closed.filter { $0.closeReason == reason }) }
        let unexplained = closed.filter { $0.closeReason?.codes == nil }
        if !unexplained.isEmpty { rows.append(row(nil, unexplained)) }
        self.rows = rows
        total = row(nil, closed)
    }
}
