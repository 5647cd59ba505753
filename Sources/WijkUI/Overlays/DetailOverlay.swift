import WijkDomain

/// What Enter opens on a plan row or a resource: its fields and text in full.
struct DetailOverlay: ReadingWindow {
    var detail: Detail
    var scroll = 0

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        let frame = OverlayView.frame(for: screen.size)
        OverlayView.draw(&screen, frame: frame, title: detail.title, lines: detail.lines(width: frame.width - 4),
                         scroll: scroll, hint: Self.closeHint(workspace))
    }
}
