import WijkDomain

/// A report as rows for a Dutch spreadsheet: the report and its period first, then each table under its
/// title, a month trend spread over a column per month.
public enum ReportCSV {
    public static func rows(_ sheet: ReportSheet, team: String, today: Day, _ t: Strings) -> [[String]] {
        var rows: [[String]] = [
            [t(sheet.kind.title), team],
            [t(.reportsPeriod, sheet.period.from.dutch, sheet.period.to.dutch, today.dutch)],
            // The rule and its threshold before any figure: whoever opens only the top of the sheet reads it.
            [t(.reportsRule, String(SmallNumbers.threshold))],
        ]
        for table in sheet.tables {
            rows.append([])
            rows.append([table.title])
            rows.append(table.columns.flatMap { column in
                column.isTrend ? column.months.map(\.iso) : [column.heading]
            })
            for row in table.rows + (table.total.map { [$0] } ?? []) {
                rows.append(row.enumerated().flatMap { j, cell -> [String] in
                    switch cell {
                    case .label(let text, let csv):
                        // Under a trend's months (a total without one) the row keeps a column per month.
                        let months = j < table.columns.count ? table.columns[j].months.count : 0
                        return [csv ?? text] + Array(repeating: "", count: max(0, months - 1))
                    case .figure(let figure): return [figure.csv]
                    case .trend(let figures): return figures.map(\.csv)
                    }
                })
            }
        }
        rows.append([])
        for line in sheet.legend(t) { rows.append([line]) }
        return rows
    }
}
