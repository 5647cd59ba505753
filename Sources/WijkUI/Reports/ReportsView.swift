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
        var tabs: [Span] = []
        for kind in ReportKind.allCases {
            if !tabs.isEmpty { tabs.append(Span("  ")) }
            tabs.append(Span(t(kind.title), kind == state.kind ? .selected : .dim))
        }
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
}
