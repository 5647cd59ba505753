import WijkDomain
import WijkStore

/// Renders the whole screen from the app state, the screen size and the time: a pure function.
public enum AppView {
    public static func render(_ state: AppState, size: Size, now: LocalTime) -> Screen {
        var screen = Screen(size: size)
        let t = state.strings
        if size.isBelowMinimum {
            drawTooSmall(&screen, t)
            return screen
        }
        switch state.gate {
        case .open: break
        case .signIn(let signIn), .locked(let signIn):
            SignInView.draw(&screen, state: state, signIn: signIn, now: now)
            return screen
        }
        let layout = Layout.compute(size: size, focus: state.focus)
        TopBar.draw(&screen, state: state, rect: layout.topBar, now: now)
        for pane in Pane.allCases {
            guard let rect = layout.panes[pane] else { continue }
            let focused = pane == state.focus
            switch pane {
            case .caseload: CaseloadView.draw(&screen, state: state, rect: rect, focused: focused)
            case .plan: PlanView.draw(&screen, state: state, rect: rect, focused: focused, now: now)
            case .resources: ResourcesView.draw(&screen, state: state, rect: rect, focused: focused)
            }
        }
        for separator in layout.separators {
            for y in separator.y..<separator.maxY {
                screen.put("│", x: separator.x, y: y, style: .border)
            }
        }
        // The cursor follows the focus: the selected row of the focused pane.
        if let rect = layout.panes[state.focus] {
            let list = state.list(state.focus)
            let firstRow = rect.y + (state.focus == .plan ? 1 : 2)
            screen.cursor = (rect.x, min(rect.maxY - 1, firstRow + max(0, list.selected - list.top)))
        }
        StatusBar.draw(&screen, state: state, rect: layout.statusBar)
        if let overlay = state.overlay { drawOverlay(&screen, overlay, state: state) }
        if let form = state.form { FormView.draw(&screen, form, strings: t) }
        if let conflict = state.conflict { ConflictView.draw(&screen, conflict, strings: t) }
        return screen
    }

    static func drawOverlay(_ screen: inout Screen, _ overlay: Overlay, state: AppState) {
        let t = state.strings
        let frame = OverlayView.frame(for: screen.size)
        let width = frame.width - 4
        let closeKey = state.keyMap.bindings.first { $0.context == .overlay && $0.command == .close }?.keys.first
        let hint = (closeKey.map { $0.label + " " } ?? "") + t(.hintClose)
        switch overlay {
        case .help(let scroll):
            OverlayView.draw(&screen, frame: frame, title: t(.helpTitle),
                             lines: HelpView.lines(keyMap: state.keyMap, strings: t, width: width),
                             scroll: scroll, hint: "↑↓ " + t(.hintScroll) + " · " + hint)
        case .detail(let detail, let scroll):
            OverlayView.draw(&screen, frame: frame, title: detail.title, lines: detail.lines(width: width),
                             scroll: scroll, hint: hint)
        case .problems(let scroll):
            var lines: [[Span]] = []
            for problem in state.snapshot.problems {
                let text = problem.location + ": " + t(.problem(problem.kind))
                for (i, part) in DisplayWidth.wrap(text, width: width - 2).enumerated() {
                    lines.append([Span((i == 0 ? "" : "  ") + part, i == 0 ? .normal : .dim)])
                }
            }
            if lines.isEmpty { lines = [[Span(t(.noProblems), .dim)]] }
            OverlayView.draw(&screen, frame: frame, title: t(.problemsTitle), lines: lines, scroll: scroll, hint: hint)
        case .team(let selected):
            TeamView.draw(&screen, state: state, frame: frame, selected: selected)
        case .audit(let scroll):
            AuditView.draw(&screen, state: state, frame: frame, scroll: scroll, hint: "↑↓ " + t(.hintScroll) + " · " + hint)
        case .confirm(let confirmation):
            let question: String
            switch confirmation {
            case .removeMember(_, _, let name): question = t(.confirmRemoveMember, name)
            case .reopen: question = t(.confirmReopen)
            }
            let box = Rect(x: frame.x + 4, y: frame.y + frame.height / 2 - 3, width: frame.width - 8, height: 6)
            let lines = DisplayWidth.wrap(question, width: box.width - 4).map { [Span($0)] }
            OverlayView.draw(&screen, frame: box, title: t(.appName), lines: lines, scroll: 0, hint: t(.confirmHint))
        }
    }

    static func drawTooSmall(_ screen: inout Screen, _ t: Strings) {
        let size = screen.size
        let message = t(.tooSmall, String(size.columns), String(size.rows))
        let lines = DisplayWidth.wrap(message, width: max(1, size.columns - 2))
        let top = max(0, (size.rows - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (size.columns - DisplayWidth.of(line)) / 2)
            screen.put(line, x: x, y: top + i, style: .warning)
        }
        screen.cursor = (0, 0)
    }
}
