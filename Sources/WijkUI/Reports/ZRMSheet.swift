import WijkDomain

/// The ZRM report as a table: per life domain the households assessed twice, their mean first and latest
/// score, and the share that improved, stayed or went back.
extension ReportSheet {
    static func zrm(_ report: ZRMReport, _ period: ReportPeriod, _ t: Strings) -> ReportSheet {
        let rows: [[ReportTable.Cell]] = report.rows.map { row in
            let n = row.households.count
            let few = row.households.isSmall
            let changes = group([row.improved, row.same, row.worse])
            func share(_ i: Int) -> ReportTable.Cell {
                let count = changes[i]
                // A share keeps the rule of the count it rests on: withheld as small reads `n<5` (not `<5%`).
                let reason: ReportFigure.Withheld? = few ? .fewForStatistic
                    : count.reason == .secondary ? .secondary : count.reason.map { _ in .fewForStatistic }
                return .figure(ReportFigure(n == 0 ? nil : count.value.map { $0 / Double(n) }, .percent, reason: reason))
            }
            return [.label(t(.domain(row.domain))), .figure(ReportFigure.count(row.households)),
                    .figure(ReportFigure(row.meanFirst, .decimal, withheld: few)),
                    .figure(ReportFigure(row.meanLatest, .decimal, withheld: few)), share(0), share(1), share(2)]
        }
        let table = ReportTable(t(.reportZRMTable), columns: [
            .init(t(.columnDomain)), .init(t(.columnHouseholds)), .init(t(.columnFirst)), .init(t(.columnLatest)),
            .init(t(.columnImproved), bar: true), .init(t(.columnSame)), .init(t(.columnWorse)),
        ], rows: rows)
        return ReportSheet(kind: .zrm, period: period, tables: [table], notes: [t(.zrmNote)])
    }
}
