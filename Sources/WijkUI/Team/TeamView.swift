import WijkDomain

/// The team screen: workers with their role, capacity and whether they can sign in.
enum TeamView {
    static func draw(_ screen: inout Screen, workers: [Worker], selected: Int, strings t: Strings, frame: Rect) {
        var lines: [[Span]] = []
        for (i, worker) in workers.enumerated() {
            let text = DisplayWidth.fit(worker.initials, to: 5) + DisplayWidth.fit(worker.name, to: 28)
                + DisplayWidth.fit(t(.role(worker.role)), to: 14) + DisplayWidth.fitRight(worker.capacity.map(String.init) ?? "", to: 4)
                + (worker.active ? "" : "  " + t(.inactive))
            lines.append([Span((i == selected ? PaneChrome.marker : "  ") + text, i == selected ? .selected : (worker.active ? .normal : .dim))])
        }
        let top = OverlayView.draw(&screen, frame: frame, title: t(.teamTitle), lines: lines,
                                   scroll: max(0, selected - (frame.height - 3)), hint: t(.teamHint))
        screen.cursor = (frame.x + 2, frame.y + 1 + selected - top)
    }
}
