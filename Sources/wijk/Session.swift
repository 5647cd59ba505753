import WijkUI
import CursesTerminal

/// The interactive loop: draw, wait for a key (or a second, for the clock), apply it.
struct Session {
    var state: AppState
    let terminal: CursesTerminal

    mutating func run() {
        defer { terminal.shutdown() }
        while true {
            terminal.draw(AppView.render(state, size: terminal.size, now: SystemClock.now()))
            guard let key = terminal.readKey(timeoutMilliseconds: 1000) else { continue }
            if !state.handle(key, size: terminal.size, now: SystemClock.now()) { return }
        }
    }
}
