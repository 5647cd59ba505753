import WijkDomain

/// Draws a report's tables as lines: figures right-aligned, a bar after each figure of a bar column, a
/// sparkline per month trend; in block characters, or in plain ones for monochrome and `NO_COLOR`.
public enum ReportSheetView {
    /// The characters bars and sparklines are drawn with.
    public struct Glyphs: Sendable {
        /// Eight heights of a sparkline, lowest first.
        let levels: [Character]
        /// A month whose figure is withheld.
        let withheld: Character
        let full: Character
        /// A bar's last cell in eighths (one to seven); none in plain characters.
        let eighths: [Character]

        public static let blocks = Glyphs(levels: Array("▁▂▃▄▅▆▇█"), withheld: "░", full: "█",
                                          eighths: Array("▏▎▍▌▋▊▉"))
        public static let plain = Glyphs(levels: Array(".:-=+*#@"), withheld: "?", full: "#", eighths: [])
    }

    static let gap = 2
    static let barWidth = 10

    /// The sheet's tables and notes in `width` columns.
    public static func lines(_ sheet: ReportSheet, width: Int, plain: Bool, _ t: Strings) -> [[Span]] {
        let glyphs = plain ? Glyphs.plain : Glyphs.blocks
        var lines: [[Span]] = []
        var trends = false
        for table in sheet.tables {
            lines += self.lines(table, width: width, glyphs, t)
            lines.append([])
            trends = trends || table.columns.contains(where: \.isTrend)
        }
        var legend = sheet.legend(t)
        if trends { legend[0] += " · " + t(plain ? .reportsLegendPlain : .reportsLegendBlocks) }
        for note in sheet.notes + legend {
            lines += DisplayWidth.wrap(paragraphs(note), width: width).map { [Span($0, .dim)] }
        }
        return lines
    }

    /// A note as running text: its lines joined (the string table breaks them for reading the source), an
    /// empty line still a new paragraph, so it is wrapped once, at the width it is shown in.
    static func paragraphs(_ note: String) -> String {
        note.components(separatedBy: "\n\n").map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
    }

    /// One table: its title, the column headings, the rows and the total.
    static func lines(_ table: ReportTable, width: Int, _ glyphs: Glyphs, _ t: Strings) -> [[Span]] {
        let layout = Layout(table, width: width, t)
        var lines: [[Span]] = [[Span(DisplayWidth.truncate(table.title, to: width), .sectionHeader)]]
        var heading: [Span] = []
        for (j, column) in table.columns.enumerated() {
            let w = layout.widths[j]
            // Over words (a label, a code) the heading starts where they do; over figures it ends where they do.
            let words = table.rows.contains { row in
                if j < row.count, case .label = row[j] { return true }
                return false
            }
            let text = j == 0 || words || column.bar || column.isTrend ? DisplayWidth.fit(column.heading, to: w)
                : DisplayWidth.fitRight(column.heading, to: w)
            heading.append(Span(text + (j < table.columns.count - 1 ? String(repeating: " ", count: gap) : ""), .columnHeader))
        }
        if table.columns.contains(where: { !$0.heading.isEmpty }) { lines.append(heading) }
        for row in table.rows { lines.append(spans(row, layout, scale: layout.rowScale, glyphs, t)) }
        if let total = table.total {
            lines.append(spans(total, layout, scale: Layout.scale([total], table.columns), glyphs, t, isTotal: true))
        }
        // Under a trend: which months it runs over and what its highest block stands for.
        if let j = table.columns.firstIndex(where: \.isTrend), layout.widths[j] > 0 {
            let months = table.columns[j].months.suffix(layout.widths[j])
            var x = layout.widths.prefix(j).reduce(0, +) + gap * j
            if let first = months.first, let last = months.last {
                var caption = first.iso + (months.count > 1 ? " – " + last.iso : "")
                if let (unit, highest) = layout.rowScale[j]?.max.first, highest > 0 {
                    caption += " · " + t(.reportsTrendHighest, String(glyphs.full), ReportFigure(highest, unit).text(t))
                }
                // A trend at the right edge: the caption ends there rather than being cut.
                x = max(0, min(x, width - DisplayWidth.of(caption)))
                lines.append([Span(String(repeating: " ", count: x)), Span(DisplayWidth.truncate(caption, to: max(0, width - x)), .dim)])
            }
        }
        return lines
    }

    static func spans(_ row: [ReportTable.Cell], _ layout: Layout, scale: [Int: Scale], _ glyphs: Glyphs, _ t: Strings,
                      isTotal: Bool = false) -> [Span] {
        var spans: [Span] = []
        let base: Style = isTotal ? .columnHeader : .normal
        for (j, cell) in row.enumerated() where j < layout.widths.count {
            if j > 0 { spans.append(Span(String(repeating: " ", count: gap), base)) }
            switch cell {
            case .label(let text, _):
                spans.append(Span(DisplayWidth.fit(text, to: layout.widths[j]), base))
            case .figure(let figure):
                let text = DisplayWidth.fitRight(figure.text(t), to: layout.figureWidths[j])
                spans.append(Span(text, figure.withheld ? .dim : base))
                guard layout.bars[j] > 0 else { continue }
                // A total is the sum of the bars above it: a bar of its own would only dwarf them.
                let bar = isTotal ? "" : self.bar(figure, scale[j]?.max[figure.unit], width: layout.bars[j], glyphs)
                spans.append(Span(" " + bar, .barFilled))
                spans.append(Span(String(repeating: " ", count: max(0, layout.bars[j] - DisplayWidth.of(bar))), base))
            case .trend(let figures):
                let shown = figures.suffix(layout.widths[j])
                var line: [Span] = []
                for figure in shown {
                    let glyph = spark(figure, scale[j]?.max[figure.unit], glyphs)
                    line.append(Span(String(glyph), figure.withheld ? .dim : .barFilled))
                }
                spans += line
                spans.append(Span(String(repeating: " ", count: max(0, layout.widths[j] - shown.count)), base))
            }
        }
        return spans
    }

    /// A bar for `figure` of `width` cells at most, the largest of its unit (or 100%) filling it.
    static func bar(_ figure: ReportFigure, _ largest: Double?, width: Int, _ glyphs: Glyphs) -> String {
        guard let value = figure.shown, value > 0, let largest, largest > 0 else { return "" }
        let share = min(1, value / largest)
        if glyphs.eighths.isEmpty {
            return String(repeating: glyphs.full, count: max(1, Int((share * Double(width)).rounded())))
        }
        let eighths = max(1, Int((share * Double(width * 8)).rounded()))
        var text = String(repeating: glyphs.full, count: eighths / 8)
        if eighths % 8 > 0 { text.append(glyphs.eighths[eighths % 8 - 1]) }
        return text
    }

    /// One month of a sparkline: nothing for none, a height up to the largest month, a mark when withheld.
    static func spark(_ figure: ReportFigure, _ largest: Double?, _ glyphs: Glyphs) -> Character {
        if figure.withheld { return glyphs.withheld }
        guard let value = figure.value, value > 0, let largest, largest > 0 else { return " " }
        let level = Int((value / largest * Double(glyphs.levels.count)).rounded(.up)) - 1
        return glyphs.levels[min(glyphs.levels.count - 1, max(0, level))]
    }

    /// The largest figure per unit of a column, to which its bars and sparklines are drawn.
    struct Scale {
        var max: [ReportFigure.Unit: Double] = [:]
    }

    /// How wide each column is drawn.
    struct Layout {
        var widths: [Int]
        /// The width of the figure itself in a bar column.
        var figureWidths: [Int]
        /// The bar's width after the figure; 0 for a column without bars.
        var bars: [Int]
        var rowScale: [Int: Scale]

        init(_ table: ReportTable, width: Int, _ t: Strings) {
            let columns = table.columns
            let all = table.rows + (table.total.map { [$0] } ?? [])
            figureWidths = columns.indices.map { j in
                all.map { row -> Int in
                    guard j < row.count else { return 0 }
                    switch row[j] {
                    case .label(let text, _): return DisplayWidth.of(text)
                    case .figure(let figure): return DisplayWidth.of(figure.text(t))
                    case .trend(let figures): return figures.count
                    }
                }.max() ?? 0
            }
            bars = columns.map { $0.bar ? ReportSheetView.barWidth : 0 }
            let figureWidths = figureWidths
            let bars = bars
            func natural(_ j: Int) -> Int {
                let column = columns[j]
                if column.isTrend { return max(figureWidths[j], DisplayWidth.of(column.heading)) }
                let content = figureWidths[j] + (bars[j] > 0 ? 1 + bars[j] : 0)
                return max(content, DisplayWidth.of(column.heading))
            }
            widths = columns.indices.map(natural)
            let room = width - ReportSheetView.gap * max(0, columns.count - 1)
            // Too wide: the labels give way first, then the bars, then the oldest months of a trend.
            var over = widths.reduce(0, +) - room
            if over > 0, !columns.isEmpty {
                let cut = min(over, max(0, widths[0] - 8))
                widths[0] -= cut
                over -= cut
            }
            for j in columns.indices where over > 0 && self.bars[j] > 3 {
                let before = widths[j]
                self.bars[j] -= min(over, self.bars[j] - 3)
                widths[j] = figureWidths[j] + 1 + self.bars[j]
                over -= before - widths[j]
            }
            for j in columns.indices where over > 0 && columns[j].isTrend {
                let cut = min(over, widths[j] - 3)
                widths[j] -= cut
                over -= cut
            }
            for j in columns.indices where !columns[j].bar && !columns[j].isTrend && j > 0 {
                self.figureWidths[j] = widths[j]
            }
            rowScale = Layout.scale(table.rows, columns)
        }

        /// The largest shown figure per unit in each bar or trend column of `rows`; shares to at least 100%.
        static func scale(_ rows: [[ReportTable.Cell]], _ columns: [ReportTable.Column]) -> [Int: Scale] {
            var scales: [Int: Scale] = [:]
            for row in rows {
                for (j, cell) in row.enumerated() where j < columns.count && (columns[j].bar || columns[j].isTrend) {
                    let figures: [ReportFigure]
                    switch cell {
                    case .figure(let figure): figures = [figure]
                    case .trend(let list): figures = list
                    case .label: figures = []
                    }
                    for figure in figures {
                        guard let value = figure.shown else { continue }
                        let floor = figure.unit == .percent ? 1.0 : 0
                        scales[j, default: Scale()].max[figure.unit] = Swift.max(scales[j]?.max[figure.unit] ?? floor, value)
                    }
                }
            }
            return scales
        }
    }
}
