import WijkDomain

/// The outcomes report as tables: the four outcome indicators over the households closed in the period, and
/// who referred the requests of the period by the iJw referrer code.
extension ReportSheet {
    static func outcomes(_ report: OutcomesReport, _ period: ReportPeriod, _ t: Strings) -> ReportSheet {
        let rows: [[ReportTable.Cell]] = report.rows.map { row in
            let answers = group([row.yes, row.no, row.unknown])
            let known = row.yes.households.count + row.no.households.count
            // A share of yes among the known answers gives away a withheld yes or no: it keeps their rule.
            let reason: ReportFigure.Withheld? = SmallNumbers.withholds(known) ? .fewForStatistic
                : (answers[0].reason ?? answers[1].reason).map { $0 == .secondary ? .secondary : .fewForStatistic }
            let share = ReportFigure(known == 0 ? nil : Double(row.yes.count) / Double(known), .percent, reason: reason)
            return [.label(t(.outcomeIndicator(row.indicator))), .figure(answers[0]), .figure(answers[1]),
                    .figure(answers[2]), .figure(share)]
        }
        let indicators = ReportTable(t(.reportOutcomesTable), columns: [
            .init(t(.columnIndicator)), .init(t(.columnYes)), .init(t(.columnNo)), .init(t(.columnUnknown)),
            .init(t(.columnShareYes), bar: true),
        ], rows: rows, total: [.label(t(.reportClosedInPeriod)), .figure(ReportFigure.count(report.closed))])
        let counts = group(report.referrers.map(\.requests))
        let all = Double(report.requests.count)
        let referrers = ReportTable(t(.reportReferrerTable), columns: [
            .init(t(.columnReferrer)), .init(t(.columnCode)), .init(t(.columnRequests), bar: true), .init(t(.columnShare)),
        ], rows: report.referrers.enumerated().map { i, row in
            [.label(row.referrer.map { t(.referrer($0)) } ?? t(.reportUnknownReferrer)), .code(row.referrer?.rawValue ?? "", list: "COD327"),
             .figure(counts[i]),
             .figure(ReportFigure(all == 0 ? nil : counts[i].value.map { $0 / all }, .percent,
                                  reason: counts[i].reason.map { $0 == .secondary ? .secondary : .fewForStatistic }))]
        }, total: [.label(t(.reportTotal)), .label(""), .figure(ReportFigure.count(report.requests))])
        return ReportSheet(kind: .outcomes, period: period, tables: [indicators, referrers], notes: [t(.outcomesNote)])
    }
}
