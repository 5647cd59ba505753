import WijkDomain

/// The resources report as tables: referrals per kind of resource and how they stand, and the share that
/// went to low-threshold help first.
extension ReportSheet {
    static func resources(_ report: ReferralReport, _ period: ReportPeriod, _ t: Strings) -> ReportSheet {
        let all = Double(report.total.referrals.count)
        func share(_ figure: ReportFigure) -> ReportFigure {
            ReportFigure(all == 0 ? nil : figure.value.map { $0 / all }, .percent, withheld: figure.withheld)
        }
        // Each column adds up to the total: withheld as a group, column by column.
        let columns = [group(report.rows.map(\.referrals)), group(report.rows.map(\.open)),
                       group(report.rows.map(\.completed)), group(report.rows.map(\.rejected)),
                       group(report.rows.map(\.stopped))]
        func cells(_ label: String, _ counts: [ReportFigure]) -> [ReportTable.Cell] {
            [.label(label), .figure(counts[0]), .figure(share(counts[0]))] + counts.dropFirst().map { .figure($0) }
        }
        let rows = report.rows.enumerated().map { i, row in
            cells(row.kind.map { t(.resourceKind($0)) } ?? t(.reportUnknownResource), columns.map { $0[i] })
        }
        let total = report.total
        let perKind = ReportTable(t(.reportPerKind), columns: [
            .init(t(.columnKind)), .init(t(.columnReferrals)), .init(t(.columnShare), bar: true),
            .init(t(.columnStillOpen)), .init(t(.columnCompleted)), .init(t(.columnRejected)), .init(t(.columnStopped)),
        ], rows: rows, total: cells(t(.reportTotal), [total.referrals, total.open, total.completed, total.rejected,
                                                       total.stopped].map(ReportFigure.count)))
        let split = group([report.lowThreshold, report.tailored])
        let first = ReportTable(t(.reportLowThresholdFirst), columns: [
            .init(""), .init(t(.columnReferrals)), .init(t(.columnShare), bar: true),
        ], rows: [[.label(t(.reportLowThreshold)), .figure(split[0]), .figure(share(split[0]))],
                  [.label(t(.reportTailored)), .figure(split[1]), .figure(share(split[1]))]])
        return ReportSheet(kind: .resources, period: period, tables: [perKind, first], notes: [t(.resourcesNote)])
    }
}
