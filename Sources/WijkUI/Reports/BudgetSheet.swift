import WijkDomain

/// The budget report as tables: the households' budgets against what was used, spending per life domain and
/// per month. An amount of fewer than five households is withheld like a count.
extension ReportSheet {
    static func budget(_ report: BudgetReport, _ period: ReportPeriod, _ t: Strings) -> ReportSheet {
        let few = report.budgeted.isSmall
        func money(_ cents: Int, withheld: Bool) -> ReportFigure { ReportFigure(Double(cents), .money, withheld: withheld) }
        let used = report.budgets > 0 ? Double(report.used) / Double(report.budgets) : nil
        let budgets = ReportTable(t(.reportBudgetsTable), columns: [.init(""), .init("", bar: true)], rows: [
            [.label(t(.reportBudgeted)), .figure(ReportFigure.count(report.budgeted))],
            [.label(t(.reportBudgetsTotal)), .figure(money(report.budgets, withheld: few))],
            [.label(t(.reportBudgetsUsed)), .figure(money(report.used, withheld: few))],
            [.label(t(.reportBudgetsShare)), .figure(ReportFigure(used, .percent, withheld: few))],
            [.label(t(.reportOverBudget)), .figure(ReportFigure.count(report.overBudget))],
        ])
        let all = report.total.spent.count + report.total.committed.count
        // The domains add up to the total: withheld as a group.
        let hidden = SmallNumbers.withheld(report.perDomain.map(\.row.households.count))
        func cells(_ label: String, _ row: BudgetReport.Row, withheld few: Bool) -> [ReportTable.Cell] {
            let sum = row.spent.count + row.committed.count
            return [.label(label), .figure(money(row.spent.count, withheld: few)),
                    .figure(money(row.committed.count, withheld: few)),
                    .figure(ReportFigure(Double(row.households.count), withheld: few)),
                    .figure(ReportFigure(all == 0 ? nil : Double(sum) / Double(all), .percent, withheld: few))]
        }
        let perDomain = ReportTable(t(.reportPerDomain), columns: [
            .init(t(.columnDomain)), .init(t(.columnSpent)), .init(t(.columnCommitted)), .init(t(.columnHouseholds)),
            .init(t(.columnShare), bar: true),
        ], rows: report.perDomain.enumerated().map { i, line in
            cells(line.domain.map { t(.domain($0)) } ?? t(.reportNoDomain), line.row, withheld: hidden[i])
        }, total: cells(t(.reportTotal), report.total, withheld: SmallNumbers.withholds(report.total.households.count)))
        func trend(_ label: Text, _ tallies: [Tally], total: Tally) -> [ReportTable.Cell] {
            let hidden = SmallNumbers.withheld(tallies.map(\.households.count))
            return [.label(t(label)), .figure(money(total.count, withheld: total.isSmall)),
                    .trend(zip(tallies, hidden).map { money($0.count, withheld: $1) })]
        }
        let perMonth = ReportTable(t(.reportPerMonth), columns: [
            .init(""), .init(t(.columnAmount)), .init(t(.columnPerMonth), months: report.months),
        ], rows: [trend(.columnSpent, report.perMonth.map(\.spent), total: report.total.spent),
                  trend(.columnCommitted, report.perMonth.map(\.committed), total: report.total.committed)])
        return ReportSheet(kind: .budget, period: period, tables: [budgets, perDomain, perMonth], notes: [t(.budgetNote)])
    }
}
