import WijkDomain

/// The `?` help: every binding in effect, generated from the key map, and the caseload's markers.
struct HelpOverlay: ReadingWindow {
    var scroll = 0

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        let frame = OverlayView.frame(for: screen.size)
        OverlayView.draw(&screen, frame: frame, title: workspace.strings(.helpTitle),
                         lines: HelpView.lines(keyMap: workspace.keyMap, strings: workspace.strings, width: frame.width - 4),
                         scroll: scroll, hint: Self.scrollHint(workspace))
    }
}
