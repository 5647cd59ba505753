import WijkStore
import WijkUI
import CursesTerminal

/// The interactive loop: draw, wait a quarter second for a key, take in changes made elsewhere, apply the key.
struct Session {
    var state: AppState
    let terminal: CursesTerminal
    let watcher: StoreWatcher

    /// The worker and household last announced as open here, and when.
    private var announced: (worker: String?, household: String?, at: Int64) = (nil, nil, 0)

    init(state: AppState, terminal: CursesTerminal, watcher: StoreWatcher) {
        self.state = state
        self.terminal = terminal
        self.watcher = watcher
    }

    mutating func run() {
        watcher.start()
        state.setPresence(Presence.readAll(in: state.snapshot.root))
        _ = state.workspace.writer?.removeStaleTemporaries(now: SystemClock.now().instant)
        state.mergeConflictCopies(state.snapshot.conflictCopies, size: terminal.size, now: SystemClock.now())
        defer {
            watcher.stop()
            if let worker = announced.worker {
                Presence.clear(worker: worker, workstation: state.workspace.workstation, in: state.snapshot.root)
            }
            terminal.shutdown()
        }
        while true {
            state.tick(now: SystemClock.now())
            announcePresence()
            terminal.draw(AppView.render(state, size: terminal.size, now: SystemClock.now()))
            let key = terminal.readKey(timeoutMilliseconds: 250)
            let changes = watcher.takeChanges()
            if !changes.isEmpty { state.reload(changes, size: terminal.size, now: SystemClock.now()) }
            guard let key else { continue }
            if !state.handle(key, size: terminal.size, now: SystemClock.now()) { return }
        }
    }

    /// Tells other workstations which household is open here: when it changes, and every heartbeat.
    private mutating func announcePresence() {
        let worker = state.viewer?.id
        let now = SystemClock.now().instant
        let open = state.openHousehold
        guard open != announced.household || worker != announced.worker
                || (open != nil && now.seconds - announced.at >= Presence.heartbeat) else {
            return
        }
        if let previous = announced.worker, previous != worker || open == nil {
            Presence.clear(worker: previous, workstation: state.workspace.workstation, in: state.snapshot.root)
        }
        announced = (worker, open, now.seconds)
        if let worker, open != nil {
            // Presence is a courtesy: a failed write must not stop the work.
            try? Presence(worker: worker, workstation: state.workspace.workstation, household: open, seen: now)
                .write(in: state.snapshot.root)
        }
    }
}
