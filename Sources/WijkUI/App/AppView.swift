import WijkDomain
import WijkStore

/// Renders the whole screen from the app state, the screen size and the time: a pure function.
public enum AppView {
    public static func render(_ state: AppState, size: Size, now: LocalTime) -> Screen {
        var screen = Screen(size: size)
        let workspace = state.workspace
        if size.isBelowMinimum {
            drawTooSmall(&screen, workspace.strings)
            return screen
        }
        switch state.gate {
        case .open: break
        case .signIn(let signIn), .locked(let signIn):
            SignInView.draw(&screen, workspace, signIn: signIn, now: now)
            return screen
        }
        let layout = Layout.compute(size: size, focus: workspace.focus)
        TopBar.draw(&screen, workspace, rect: layout.topBar, now: now)
        // On the projector the panes are never drawn: only the meeting and what opens over it.
        if workspace.projector == nil { state.main.draw(&screen, workspace, layout: layout, now: now) }
        StatusBar.draw(&screen, workspace, focused: state.main.focused(workspace), rect: layout.statusBar, now: now)
        for layer in workspace.layers { layer.draw(&screen, workspace, now: now) }
        return screen
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
