import WijkDomain
import WijkStore

/// One report as the screen, the terminal and a spreadsheet show it: tables of aggregates, never a name,
/// and how to read them.
public struct ReportSheet: Sendable {
    public var kind: ReportKind
    public var period: ReportPeriod
    public var tables: [ReportTable]
    /// How to read the figures, under the tables.
    public var notes: [String]

    public init(kind: ReportKind, period: ReportPeriod, tables: [ReportTable], notes: [String] = []) {
        self.kind = kind
        self.period = period
        self.tables = tables
        self.notes = notes
    }
}

extension ReportSheet {
    /// The report `kind` over `period`, worked out from the store as it is on `today`.
    public static func make(_ kind: ReportKind, _ snapshot: StoreSnapshot, period: ReportPeriod, today: Day,
                            _ t: Strings) -> ReportSheet {
        switch kind {
        case .caseload: return caseload(CaseloadReport(snapshot.dossiers, workers: snapshot.workers, period: period), period, t)
        case .waiting:
            return waiting(WaitingReport(snapshot.requests, norms: snapshot.info.norms, today: today, from: period.from,
                                         to: period.to), received: snapshot.requests.map(\.received), period, t)
        case .zrm: return zrm(ZRMReport(snapshot.dossiers, period: period), period, t)
        case .outflow: return outflow(OutflowReport(snapshot.dossiers, period: period), period, t)
        case .outcomes:
            return outcomes(OutcomesReport(snapshot.dossiers, requests: snapshot.requests, period: period, today: today), period, t)
        case .budget: return budget(BudgetReport(snapshot.dossiers, period: period), period, t)
        case .satisfaction: return satisfaction(SatisfactionReport(snapshot.dossiers, period: period), period, t)
        case .resources:
            return resources(ReferralReport(snapshot.dossiers, resources: snapshot.resources, period: period,
                                            requests: snapshot.requests), period, t)
        case .wijkbeeld:
            return wijkbeeld(WijkbeeldReport(snapshot.dossiers, requests: snapshot.requests, resources: snapshot.resources,
                                             period: period), period, t)
        }
    }

    /// Counts of a group whose total is shown as well: small ones withheld, and a second one when only one is.
    static func group(_ tallies: [Tally]) -> [ReportFigure] {
        zip(tallies, SmallNumbers.marks(tallies.map(\.households.count))).map { tally, mark in
            ReportFigure(Double(tally.count), mark: mark)
        }
    }

    /// Counts of households of a group whose total is shown (the months of a row, the workers of a team).
    static func households(_ counts: [Int]) -> [ReportFigure] {
        zip(counts, SmallNumbers.marks(counts)).map { ReportFigure(Double($0), mark: $1) }
    }

    /// The rules that withheld a figure of this sheet, each with its mark, in a fixed order.
    public var withheld: [ReportFigure.Withheld] {
        var found = Set<String>()
        for table in tables {
            for row in table.rows + (table.total.map { [$0] } ?? []) {
                for cell in row {
                    switch cell {
                    case .figure(let figure): if let reason = figure.reason { found.insert(reason.mark) }
                    case .trend(let figures): for figure in figures { if let reason = figure.reason { found.insert(reason.mark) } }
                    case .label: break
                    }
                }
            }
        }
        return ReportFigure.Withheld.allCases.filter { found.contains($0.mark) }
    }

    /// How to read the marks: the rule behind each one found, and the threshold; the small rule always.
    public func legend(_ t: Strings) -> [String] {
        let marks = withheld
        return [t(.reportsWithheld)] + (marks.contains(.secondary) ? [t(.reportsWithheldSecondary)] : [])
            + (marks.contains(.fewForStatistic) ? [t(.reportsWithheldStatistic)] : [])
    }
}
