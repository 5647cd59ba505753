import WijkDomain

/// The outflow report as a table: households closed per reason, with its iWmo and iJw code, their months and
/// the median duration.
extension ReportSheet {
    static func outflow(_ report: OutflowReport, _ period: ReportPeriod, _ t: Strings) -> ReportSheet {
        let counts = group(report.rows.map(\.closed))
        func cells(_ row: OutflowReport.Row, _ count: ReportFigure, label: String) -> [ReportTable.Cell] {
            [.label(label), .code(row.reason?.codes?.wmo ?? "", list: "WMO588"), .code(row.reason?.codes?.youth ?? "", list: "JZ588"),
             .figure(count), .figure(ReportFigure(row.medianDays, .days, withheld: row.closed.isSmall)),
             .trend(households(row.perMonth.map(\.households.count)))]
        }
        let rows = report.rows.enumerated().map { i, row in
            cells(row, counts[i], label: row.reason.map { t(.closeReason($0)) } ?? t(.reportNoReason))
        }
        let table = ReportTable(t(.reportOutflowTable), columns: [
            .init(t(.columnReason)), .init("iWmo"), .init("iJw"), .init(t(.columnClosed), bar: true), .init(t(.columnMedianDays)),
            .init(t(.columnPerMonth), months: report.months),
        ], rows: rows, total: cells(report.total, ReportFigure.count(report.total.closed), label: t(.reportTotal)))
        return ReportSheet(kind: .outflow, period: period, tables: [table], notes: [t(.outflowNote)])
    }
}
