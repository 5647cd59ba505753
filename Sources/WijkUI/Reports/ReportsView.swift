import WijkDomain

/// Draws the reports screen: the reports as tabs, the period and what is due for destruction, then the
/// report's tables, scrolled.
enum ReportsView {
    /// Lines above the report: the tabs, the period, the files due for destruction (or a blank).
    static let headerHeight = 3

    /// Rows the report itself gets on a screen of `size`.
    static func bodyHeight(_ size: Size) -> Int {
        max(1, OverlayView.frame(for: size).height - 2 - headerHeight)
    }

    static func innerWidth(_ size: Size) -> Int { OverlayView.frame(for: size).width - 4 }

    static func draw(_ screen: inout Screen, _ state: ReportsScreen, _ shown: ReportsScreen.Shown,
                     _ workspace: Workspace, now: LocalTime) {
        let sheet = shown.sheet
        let t = workspace.strings
        let frame = OverlayView.frame(for: screen.size)
        let tabs = self.tabs(ReportKind.allCases.map { t($0.title) }, selected: ReportKind.allCases.firstIndex(of: state.kind) ?? 0,
                             width: innerWidth(screen.size))
        let period = sheet.period
        let about = [Span(t(.reportsPeriod, period.from.dutch, period.to.dutch, now.day.dutch))]
        let due = state.due
        let retention = due == 0 ? [] : [Span(due == 1 ? t(.reportsRetentionDueOne) : t(.reportsRetentionDue, String(due)),
                                               .warning)]
        let body = shown.lines
        let height = bodyHeight(screen.size)
        let top = min(state.scroll, max(0, body.count - height))
        var hint = StatusBar.hintText(ReportsScreen.hints, workspace, context: .reports, width: frame.width - 20)
        if body.count > height {
            hint = "\(top + 1)–\(min(body.count, top + height))/\(body.count) · ↑↓ " + t(.hintScroll) + " · " + hint
        }
        OverlayView.draw(&screen, frame: frame, title: t(.reportsTitle) + " · " + t(sheet.kind.title),
                         lines: [tabs, about, retention] + body.dropFirst(top).prefix(height), scroll: 0, hint: hint)
    }

    /// The reports' words as tabs in `width` columns: all of them when they fit, else as many around the
    /// selected one as fit, with `‹` and `›` where more are.
    static func tabs(_ titles: [String], selected: Int, width: Int) -> [Span] {
        let gap = 2
        func size(_ range: ClosedRange<Int>) -> Int {
            range.map { DisplayWidth.of(titles[$0]) }.reduce(0, +) + gap * (range.count - 1)
                + (range.lowerBound > 0 ? 2 : 0) + (range.upperBound < titles.count - 1 ? 2 : 0)
        }
        var shown = selected...selected
        var grew = true
        while grew {
            grew = false
            // Rightwards first: the next report is the one Tab brings.
            if shown.upperBound < titles.count - 1, size(shown.lowerBound...shown.upperBound + 1) <= width {
                shown = shown.lowerBound...shown.upperBound + 1
                grew = true
            }
            if shown.lowerBound > 0, size(shown.lowerBound - 1...shown.upperBound) <= width {
                shown = shown.lowerBound - 1...shown.upperBound
                grew = true
            }
        }
        var spans: [Span] = shown.lowerBound > 0 ? [Span("‹ ", .dim)] : []
        for i in shown {
            if i > shown.lowerBound { spans.append(Span(String(repeating: " ", count: gap))) }
            spans.append(Span(titles[i], i == selected ? .selected : .dim))
        }
        if shown.upperBound < titles.count - 1 { spans.append(Span(" ›", .dim)) }
        return spans
    }
}
