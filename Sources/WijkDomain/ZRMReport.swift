/// ZRM progress per life domain: for households assessed at least twice, the mean first and latest score and
/// how many improved, stayed the same or went back.
///
/// A household counts for a domain when its main subject (the household, or the member assessed most) was
/// scored on it in two assessments or more up to the end of the period, the latest of them in the period.
public struct ZRMReport: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var domain: LifeDomain
        public var households: Tally
        public var meanFirst: Double?
        public var meanLatest: Double?
        public var improved: Tally
        public var same: Tally
        public var worse: Tally
    }

    /// The thirteen domains in the matrix's order, each with its households (possibly none).
    public var rows: [Row]

    public init(_ dossiers: [Dossier], period: ReportPeriod) {
        var rows = LifeDomain.allCases.map {
            Row(domain: $0, households: Tally(), improved: Tally(), same: Tally(), worse: Tally())
        }
        var firstSums = Array(repeating: 0, count: rows.count)
        var latestSums = Array(repeating: 0, count: rows.count)
        for dossier in dossiers {
            guard let subject = dossier.mainAssessmentSubject else { continue }
            let assessed = dossier.assessments.filter { $0.subject == subject && $0.date <= period.to }
            guard assessed.count >= 2 else { continue }
            for (i, domain) in LifeDomain.allCases.enumerated() {
                let scored = assessed.filter { $0.scores[domain] != nil }
                guard scored.count >= 2, let first = scored.first?.scores[domain], let last = scored.last,
                      let latest = last.scores[domain], period.contains(last.date) else { continue }
                let id = dossier.id
                rows[i].households.add(id)
                firstSums[i] += first.rawValue
                latestSums[i] += latest.rawValue
                if latest > first { rows[i].improved.add(id) } else if latest < first { rows[i].worse.add(id) } else {
                    rows[i].same.add(id)
                }
            }
        }
        for i in rows.indices where rows[i].households.count > 0 {
            let n = Double(rows[i].households.count)
            rows[i].meanFirst = Double(firstSums[i]) / n
            rows[i].meanLatest = Double(latestSums[i]) / n
        }
        self.rows = rows
    }
}
