import WijkDomain

/// `w`: the problems found in the store's files, each with its file and line.
struct ProblemsOverlay: ReadingWindow {
    var scroll = 0

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        let t = workspace.strings
        let frame = OverlayView.frame(for: screen.size)
        let width = frame.width - 4
        var lines: [[Span]] = []
        for problem in workspace.snapshot.problems {
            let text = problem.location + ": " + t(.problem(problem.kind))
            for (i, part) in DisplayWidth.wrap(text, width: width - 2).enumerated() {
                lines.append([Span((i == 0 ? "" : "  ") + part, i == 0 ? .normal : .dim)])
            }
        }
        if lines.isEmpty { lines = [[Span(t(.noProblems), .dim)]] }
        OverlayView.draw(&screen, frame: frame, title: t(.problemsTitle), lines: lines, scroll: scroll,
                         hint: Self.closeHint(workspace))
    }
}
