import Foundation
import WijkStore
import WijkUI
import CursesTerminal

/// The interactive loop: draw, wait a quarter second for a key, take in changes made elsewhere, apply the key.
///
/// The first frame is drawn at once from what `StoreStart` read (often the snapshot cache); a second thread
/// then starts the watcher, compares the store with what was read, and sweeps up temporary files, so opening
/// costs no more than reading the cache. What the comparison found is read again before anything is edited.
struct Session {
    var state: AppState
    let terminal: CursesTerminal
    let watcher: StoreWatcher
    let start: StoreStart

    /// The worker and household last announced as open here, and when.
    private var announced: (worker: String?, household: String?, at: Int64) = (nil, nil, 0)

    init(state: AppState, terminal: CursesTerminal, watcher: StoreWatcher, start: StoreStart) {
        self.state = state
        self.terminal = terminal
        self.watcher = watcher
        self.start = start
    }

    mutating func run() {
        let checked = Checked()
        let (root, start, watcher, writer) = (state.snapshot.root, start, watcher, state.workspace.writer)
        let finished = DispatchSemaphore(value: 0)
        let background = Thread {
            watcher.start()
            start.check(root: root, version: Wijk.version) { checked.put($0) }
            _ = writer?.removeStaleTemporaries(now: SystemClock.now().instant)
            finished.signal()
        }
        background.name = "wijk-store-check"
        background.start()
        state.setPresence(Presence.readAll(in: state.snapshot.root))
        defer {
            watcher.stop()
            if let worker = announced.worker {
                Presence.clear(worker: worker, workstation: state.workspace.workstation, in: state.snapshot.root)
            }
            terminal.shutdown()
            // A quick quit lets the cache be written first (a second or two on the city store at most), or the
            // next start reads every file again; the terminal is already given back.
            _ = finished.wait(timeout: .now() + 10)
        }
        var waiting = true
        while true {
            state.tick(now: SystemClock.now())
            announcePresence()
            terminal.draw(AppView.render(state, size: terminal.size, now: SystemClock.now()))
            // While the check runs, look for its answer often: it decides when work may start.
            let key = terminal.readKey(timeoutMilliseconds: waiting ? 20 : 250)
            if waiting, let paths = checked.take() {
                waiting = false
                state.checked(paths, size: terminal.size, now: SystemClock.now())
                state.mergeConflictCopies(state.snapshot.conflictCopies, size: terminal.size, now: SystemClock.now())
            }
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

/// The check's answer, handed from its thread to the loop.
private final class Checked: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String>?

    func put(_ found: Set<String>) {
        lock.lock()
        paths = found
        lock.unlock()
    }

    func take() -> Set<String>? {
        lock.lock()
        defer { lock.unlock() }
        return paths
    }
}
