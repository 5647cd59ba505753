import WijkDomain

/// The satisfaction report as tables: the scores at closing summed up, and how they are spread.
extension ReportSheet {
    static func satisfaction(_ report: SatisfactionReport, _ period: ReportPeriod, _ t: Strings) -> ReportSheet {
        let few = report.scored.isSmall
        let summary = ReportTable(t(.reportSatisfactionTable), columns: [.init(""), .init("")], rows: [
            [.label(t(.reportScored)), .figure(ReportFigure.count(report.scored))],
            [.label(t(.reportMean)), .figure(ReportFigure(report.mean, .decimal, withheld: few))],
            [.label(t(.reportMedian)), .figure(ReportFigure(report.median, .decimal, withheld: few))],
            [.label(t(.reportUnscored)), .figure(ReportFigure.count(report.unscored))],
        ])
        let spread = group(report.distribution)
        let distribution = ReportTable(t(.reportDistribution), columns: [
            .init(t(.columnScore)), .init(t(.columnHouseholds), bar: true),
        ], rows: spread.enumerated().map { i, count in [.label(String(i + 1)), .figure(count)] })
        return ReportSheet(kind: .satisfaction, period: period, tables: [summary, distribution],
                           notes: [t(.satisfactionNote)])
    }
}
