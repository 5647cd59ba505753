import WijkDomain

/// The team screen: workers with their role, capacity, the domains they know best, and whether they can sign in.
enum TeamView {
    static func draw(_ screen: inout Screen, workers: [Worker], selected: Int, strings t: Strings, frame: Rect) {
        var lines: [[Span]] = []
        // The domains a worker knows best take what the columns before them leave.
        let domainsWidth = max(0, frame.width - 4 - 2 - 5 - 28 - 14 - 4 - 2)
        for (i, worker) in workers.enumerated() {
            let domains = worker.active ? worker.domains.map { t(.domain($0)) }.joined(separator: ", ") : t(.inactive)
            let text = DisplayWidth.fit(worker.initials, to: 5) + DisplayWidth.fit(worker.name, to: 28)
                + DisplayWidth.fit(t(.role(worker.role)), to: 14) + DisplayWidth.fitRight(worker.capacity.map(String.init) ?? "", to: 4)
                + "  " + DisplayWidth.truncate(domains, to: domainsWidth)
            lines.append([Span((i == selected ? PaneChrome.marker : "  ") + text, i == selected ? .selected : (worker.active ? .normal : .dim))])
        }
        let top = OverlayView.draw(&screen, frame: frame, title: t(.teamTitle), lines: lines,
                                   scroll: max(0, selected - (frame.height - 3)), hint: t(.teamHint))
        screen.cursor = (frame.x + 2, frame.y + 1 + selected - top)
    }
}
