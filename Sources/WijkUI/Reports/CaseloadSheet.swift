import WijkDomain

/// The caseload report as tables: open households per worker against capacity, new and closed per month.
extension ReportSheet {
    static func caseload(_ report: CaseloadReport, _ period: ReportPeriod, _ t: Strings) -> ReportSheet {
        let open = households(report.rows.map(\.open) + (report.unassigned > 0 ? [report.unassigned] : []))
        func load(_ count: ReportFigure, capacity: Int?) -> ReportFigure {
            guard let capacity, capacity > 0, let value = count.value else { return ReportFigure(nil, .percent) }
            return ReportFigure(value / Double(capacity), .percent, withheld: count.withheld)
        }
        var rows: [[ReportTable.Cell]] = report.rows.enumerated().map { i, row in
            [.label(Printable.escaped(row.initials)), .figure(open[i]), .figure(ReportFigure(row.capacity.map(Double.init))),
             .figure(load(open[i], capacity: row.capacity))]
        }
        if report.unassigned > 0 {
            rows.append([.label(t(.reportNoRegisseur)), .figure(open[report.rows.count]), .figure(ReportFigure(nil)),
                         .figure(ReportFigure(nil, .percent))])
        }
        let capacity = report.rows.compactMap(\.capacity).reduce(0, +)
        let total = ReportFigure(Double(report.open), withheld: SmallNumbers.withholds(report.open))
        let perWorker = ReportTable(t(.reportOpenPerWorker), columns: [
            .init(t(.columnWorker)), .init(t(.columnOpen)), .init(t(.columnCapacity)), .init(t(.columnLoad), bar: true),
        ], rows: rows, total: [.label(t(.reportTotal)), .figure(total), .figure(ReportFigure(Double(capacity))),
                               .figure(load(total, capacity: capacity))])
        let months = report.months.map(\.month)
        func trend(_ label: Text, _ counts: [Int]) -> [ReportTable.Cell] {
            let sum = counts.reduce(0, +)
            return [.label(t(label)), .figure(ReportFigure(Double(sum), withheld: SmallNumbers.withholds(sum))),
                    .trend(households(counts))]
        }
        let perMonth = ReportTable(t(.reportPerMonth), columns: [
            .init(""), .init(t(.columnCount)), .init(t(.columnPerMonth), months: months),
        ], rows: [trend(.reportStarted, report.months.map(\.started)), trend(.reportClosed, report.months.map(\.closed))])
        return ReportSheet(kind: .caseload, period: period,
                           tables: [perWorker, perMonth], notes: [t(.caseloadNote)])
    }
}
