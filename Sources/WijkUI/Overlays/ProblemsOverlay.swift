import WijkDomain
import WijkStore

/// `w`: the problems found in the store's files, each with its file and line.
struct ProblemsOverlay: ReadingWindow {
    /// Problems listed per file; `wijk check --all` lists every one.
    static let perFile = 20
    var scroll = 0

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        let t = workspace.strings
        let frame = OverlayView.frame(for: screen.size)
        let width = frame.width - 4
        var lines: [[Span]] = []
        func add(_ text: String, _ style: Style = .normal) {
            for (i, part) in DisplayWidth.wrap(text, width: width - 2).enumerated() {
                lines.append([Span((i == 0 ? "" : "  ") + part, i == 0 ? style : .dim)])
            }
        }
        for file in StoreProblem.byFile(workspace.snapshot.problems, limit: ProblemsOverlay.perFile) {
            for problem in file.problems { add(problem.location + ": " + t(.problem(problem.kind))) }
            if file.more > 0, let first = file.problems.first {
                add(t(.moreProblems, Printable.escaped(first.path), String(file.more)), .dim)
            }
        }
        if lines.isEmpty { lines = [[Span(t(.noProblems), .dim)]] }
        OverlayView.draw(&screen, frame: frame, title: t(.problemsTitle), lines: lines, scroll: scroll,
                         hint: Self.closeHint(workspace))
    }
}
