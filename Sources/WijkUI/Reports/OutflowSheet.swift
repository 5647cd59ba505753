import WijkDomain

/// The outflow report as a table: households closed per reason, with its iWmo and iJw code, their months and
/// the median duration.
extension ReportSheet {
    static func outflow(_ report: OutflowReport, _ period: ReportPeriod, _ t: Strings) -> ReportSheet {
        let counts = group(report.rows.map(\.closed))
        func cells(_ row: OutflowReport.Row, _ count: ReportFigure, label: String, code: String) -> [ReportTable.Cell] {
            [.label(label), .label(code), .figure(count), .figure(ReportFigure(row.medianDays, .days, withheld: row.closed.isSmall)),
             .trend(households(row.perMonth.map(\.households.count)))]
        }
        let rows = report.rows.enumerated().map { i, row in
            cells(row, counts[i], label: row.reason.map { t(.closeReason($0)) } ?? t(.reportNoReason),
                  code: row.reason?.codes.map { $0.wmo + "/" + $0.youth } ?? "")
        }
        let table = ReportTable(t(.reportOutflowTable), columns: [
            .init(t(.columnReason)), .init(t(.columnCodes)), .init(t(.columnClosed), bar: true), .init(t(.columnMedianDays)),
            .init(t(.columnPerMonth), months: report.months),
        ], rows: rows, total: cells(report.total, ReportFigure.count(report.total.closed), label: t(.reportTotal), code: ""))
        return ReportSheet(kind: .outflow, period: period, tables: [table], notes: [t(.outflowNote)])
    }
}
