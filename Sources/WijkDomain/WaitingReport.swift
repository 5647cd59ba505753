/// How long requests for help waited for their first answer, per urgency, over a period: counts and working
/// days only, for the team and the municipality.
///
/// A request counts in the period it came in. The clock stops at its first answer (a regisseur assigned, a
/// referral, not for the team); a withdrawn request has no answer and is counted apart, not in the waiting
/// times. Over the norm are the answered requests answered late and the open ones already past their norm.
public struct WaitingReport: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// Nil for the row over all urgencies.
        public var urgency: HelpRequest.Urgency?
        /// The norm in working days; nil for the total.
        public var norm: Int?
        public var received = 0
        public var answered = 0
        /// Working days to the first answer, over the answered requests.
        public var median: Double?
        public var p90: Double?
        public var overNorm = 0
        public var open = 0
        public var withdrawn = 0
    }

    /// The first and last day requests came in that count (nil: no bound).
    public var from: Day?
    public var to: Day?
    /// Crisis, urgent, regular, then the total.
    public var rows: [Row]

    public init(_ requests: [HelpRequest], norms: TriageNorms, today: Day, from: Day? = nil, to: Day? = nil) {
        self.from = from
        self.to = to
        let counted = requests.filter { r in (from.map { r.received >= $0 } ?? true) && (to.map { r.received <= $0 } ?? true) }
        func row(_ urgency: HelpRequest.Urgency?) -> Row {
            let mine = counted.filter { urgency == nil || $0.urgency == urgency }
            var row = Row(urgency: urgency, norm: urgency.map(norms.days(for:)), received: mine.count)
            var days: [Int] = []
            for request in mine {
                let waiting = norms.waiting(request, today: today)
                if waiting.isAnswered {
                    row.answered += 1
                    days.append(waiting.days)
                    if waiting.isOver { row.overNorm += 1 }
                } else if request.status == .withdrawn {
                    row.withdrawn += 1
                } else {
                    row.open += 1
                    if waiting.isOver { row.overNorm += 1 }
                }
            }
            days.sort()
            row.median = WaitingReport.percentile(days, 0.5)
            row.p90 = WaitingReport.percentile(days, 0.9)
            return row
        }
        rows = HelpRequest.Urgency.allCases.map(row) + [row(nil)]
    }

    /// The `p` quantile of `sorted` by linear interpolation between the nearest ranks (as spreadsheets'
    /// PERCENTILE.INC does, so a municipality's analyst gets the same figure); nil when empty.
    public static func percentile(_ sorted: [Int], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = p * Double(sorted.count - 1)
        let low = Int(rank.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        return Double(sorted[low]) + (rank - Double(low)) * Double(sorted[high] - sorted[low])
    }
}
