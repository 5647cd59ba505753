import WijkStore
import WijkUI
import CursesTerminal

/// The interactive loop: draw, wait a quarter second for a key, take in changes made elsewhere, apply the key.
struct Session {
    var state: AppState
    let terminal: CursesTerminal
    let watcher: StoreWatcher

    mutating func run() {
        watcher.start()
        defer {
            watcher.stop()
            terminal.shutdown()
        }
        while true {
            terminal.draw(AppView.render(state, size: terminal.size, now: SystemClock.now()))
            let key = terminal.readKey(timeoutMilliseconds: 250)
            let changes = watcher.takeChanges()
            if !changes.isEmpty { state.reload(changes, size: terminal.size, now: SystemClock.now()) }
            guard let key else { continue }
            if !state.handle(key, size: terminal.size, now: SystemClock.now()) { return }
        }
    }
}
