import WijkDomain

/// The waiting report as tables: working days to the first answer per urgency, requests per month.
extension ReportSheet {
    static func waiting(_ report: WaitingReport, received: [Day], _ period: ReportPeriod, _ t: Strings) -> ReportSheet {
        let urgencies = report.rows.filter { $0.urgency != nil }
        // Each column adds up to the total row: withheld as a group, column by column.
        func column(_ value: (WaitingReport.Row) -> Int) -> [ReportFigure] { households(urgencies.map(value)) }
        let columns = [column(\.received), column(\.answered), column(\.overNorm), column(\.open), column(\.withdrawn)]
        func cells(_ row: WaitingReport.Row, _ counts: [ReportFigure]) -> [ReportTable.Cell] {
            let few = SmallNumbers.withholds(row.answered)
            return [.label(row.urgency.map { t(.urgency($0)) } ?? t(.reportTotal)),
                    .figure(ReportFigure(row.norm.map(Double.init), .days)), .figure(counts[0]), .figure(counts[1]),
                    .figure(ReportFigure(row.median, .days, withheld: few)),
                    .figure(ReportFigure(row.p90, .days, withheld: few)),
                    .figure(counts[2]), .figure(counts[3]), .figure(counts[4])]
        }
        let rows = urgencies.enumerated().map { i, row in cells(row, columns.map { $0[i] }) }
        let all = report.rows.last!
        let totals = [all.received, all.answered, all.overNorm, all.open, all.withdrawn].map {
            ReportFigure(Double($0), withheld: SmallNumbers.withholds($0))
        }
        let table = ReportTable(t(.reportWaitingTable), columns: [
            .init(t(.columnUrgency)), .init(t(.columnNorm)), .init(t(.columnReceived)), .init(t(.columnAnsweredShort)),
            .init(t(.columnMedian)), .init(t(.columnP90)), .init(t(.columnOverNorm)), .init(t(.columnStillOpen)),
            .init(t(.columnWithdrawnShort)),
        ], rows: rows, total: cells(all, totals))
        let months = period.months
        let counts = months.map { month in received.filter { period.contains($0) && Month($0) == month }.count }
        let sum = counts.reduce(0, +)
        let trend = ReportTable(t(.reportPerMonth), columns: [
            .init(""), .init(t(.columnCount)), .init(t(.columnPerMonth), months: months),
        ], rows: [[.label(t(.reportReceived)), .figure(ReportFigure(Double(sum), withheld: SmallNumbers.withholds(sum))),
                   .trend(households(counts))]])
        return ReportSheet(kind: .waiting, period: period, tables: [table, trend], notes: [t(.waitingReportNote)])
    }
}
