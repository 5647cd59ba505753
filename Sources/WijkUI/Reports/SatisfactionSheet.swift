import WijkDomain

/// The satisfaction report as tables: the scores at closing summed up, and how they are spread.
extension ReportSheet {
    /// Below this many scored households a mean and median are withheld when a score beside them is.
    static let statisticsBesideWithheld = 20

    static func satisfaction(_ report: SatisfactionReport, _ period: ReportPeriod, _ t: Strings) -> ReportSheet {
        let few = report.scored.isSmall
        let spread = group(report.distribution)
        // Beside a distribution with withheld scores, a mean and a median over few households give them away
        // (five closings: scores 7, 8, 9 each <5, mean 7,8, median 8 fit one set only): they wait for more.
        let givesAway = !few && spread.contains { $0.withheld }
            && report.scored.households.count < Self.statisticsBesideWithheld
        let reason: ReportFigure.Withheld? = few ? .fewForStatistic : givesAway ? .secondary : nil
        let summary = ReportTable(t(.reportSatisfactionTable), columns: [.init(""), .init("")], rows: [
            [.label(t(.reportScored)), .figure(ReportFigure.count(report.scored))],
            [.label(t(.reportMean)), .figure(ReportFigure(report.mean, .decimal, reason: reason))],
            [.label(t(.reportMedian)), .figure(ReportFigure(report.median, .decimal, reason: reason))],
            [.label(t(.reportUnscored)), .figure(ReportFigure.count(report.unscored))],
        ])
        let distribution = ReportTable(t(.reportDistribution), columns: [
            .init(t(.columnScore)), .init(t(.columnHouseholds), bar: true),
        ], rows: spread.enumerated().map { i, count in [.label(String(i + 1)), .figure(count)] })
        return ReportSheet(kind: .satisfaction, period: period, tables: [summary, distribution],
                           notes: [t(.satisfactionNote)])
    }
}
