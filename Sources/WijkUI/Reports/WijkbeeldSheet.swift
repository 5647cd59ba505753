import WijkDomain

/// The wijkbeeld as tables: per postcode area its households, new requests and their months, and referrals
/// to low-threshold help against maatwerk; then the life domains most often scored 1–2 there, with their
/// months.
extension ReportSheet {
    static func wijkbeeld(_ report: WijkbeeldReport, _ period: ReportPeriod, _ t: Strings) -> ReportSheet {
        func name(_ area: WijkbeeldReport.Area) -> String {
            area.postcode.isEmpty ? t(.reportNoPostcode) : [area.postcode, area.place].filter { !$0.isEmpty }.joined(separator: " ")
        }
        let areas = report.areas
        // Each column adds up to the total under it: withheld as a group, column by column.
        let columns = [group(areas.map(\.households)), group(areas.map(\.requests)), group(areas.map(\.lowThreshold)),
                       group(areas.map(\.tailored))]
        let rows: [[ReportTable.Cell]] = areas.enumerated().map { i, area in
            [.label(name(area)), .figure(columns[0][i]), .figure(columns[1][i]),
             .trend(households(area.perMonth.map(\.households.count))), .figure(columns[2][i]), .figure(columns[3][i])]
        }
        func sum(_ tallies: [Tally]) -> Tally {
            tallies.reduce(into: Tally()) { sum, tally in
                sum.count += tally.count
                sum.households.formUnion(tally.households)
            }
        }
        // Low-threshold and maatwerk together are every referral, as the resources report shows them: withheld
        // as a pair the same way there and here, so one report cannot undo the other's marks.
        let split = group([sum(areas.map(\.lowThreshold)), sum(areas.map(\.tailored))])
        let perArea = ReportTable(t(.reportPerArea), columns: [
            .init(t(.columnPostcodeArea)), .init(t(.columnHouseholds)), .init(t(.columnRequestsShort)),
            .init(t(.columnPerMonth), months: report.months), .init(t(.columnLowThresholdShort)), .init(t(.columnTailoredShort)),
        ], rows: rows, total: [.label(t(.reportTotal)), .figure(ReportFigure.count(sum(areas.map(\.households)))),
                               .figure(ReportFigure.count(sum(areas.map(\.requests)))), .label(""),
                               .figure(split[0]), .figure(split[1])])
        var domainRows: [[ReportTable.Cell]] = []
        // A domain is named only where it rests on enough households in an area with enough households: "one
        // of the three families in this village has acute mental-health problems" is the name in all but words.
        for area in areas where !SmallNumbers.withholds(area.households.households.count) {
            for (k, domain) in area.domains.filter({ !$0.households.isSmall }).enumerated() {
                domainRows.append([.label(k == 0 ? name(area) : ""), .label(t(.domain(domain.domain))),
                                   .figure(ReportFigure.count(domain.households)),
                                   .trend(domain.perMonth.map { ReportFigure.count($0) })])
            }
        }
        let low = ReportTable(t(.reportLowDomains), columns: [
            .init(t(.columnPostcodeArea)), .init(t(.columnDomain)), .init(t(.columnHouseholds), bar: true),
            .init(t(.columnPerMonth), months: report.months),
        ], rows: domainRows)
        return ReportSheet(kind: .wijkbeeld, period: period, tables: [perArea, low], notes: [t(.wijkbeeldNote)])
    }
}
