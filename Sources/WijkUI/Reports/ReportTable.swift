import WijkDomain

/// One table of a report: a title, columns, rows and an optional total under them.
public struct ReportTable: Sendable {
    /// What a column holds and how it is drawn.
    public struct Column: Sendable {
        public var heading: String
        /// Draws a bar after each figure, to the column's largest (to 100% for a share).
        public var bar: Bool
        /// A trend column: one figure per month, drawn as a sparkline, a column per month in a spreadsheet.
        public var months: [Month]

        public init(_ heading: String, bar: Bool = false, months: [Month] = []) {
            self.heading = heading
            self.bar = bar
            self.months = months
        }

        public var isTrend: Bool { !months.isEmpty }
    }

    /// One cell: the row's label, a figure, or a month's figures.
    public enum Cell: Sendable, Equatable {
        /// Words; `csv` when the spreadsheet must have them otherwise.
        case label(String, csv: String? = nil)
        case figure(ReportFigure)
        case trend([ReportFigure])

        /// A code of a list the municipality uses: `19` on the screen, `WMO588-19` in a spreadsheet, where the
        /// list's name keeps Excel from reading `02` as 2 or `02/02` as a date.
        public static func code(_ code: String, list: String) -> Cell {
            .label(code, csv: code.isEmpty ? "" : list + "-" + code)
        }
    }

    public var title: String
    public var columns: [Column]
    public var rows: [[Cell]]
    /// Drawn under a line, scaled on its own.
    public var total: [Cell]?

    public init(_ title: String, columns: [Column], rows: [[Cell]], total: [Cell]? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.total = total
    }
}
