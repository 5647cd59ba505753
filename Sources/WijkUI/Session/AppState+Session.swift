import WijkDomain
import WijkStore

/// Signing in, locking and signing out: who is at the keyboard. The sign-in and lock screens show no client
/// data and take their keys directly (a name typed, then a PIN).
extension AppState {
    /// Shows the sign-in screen instead of the work; `preselect` is a worker id whose PIN is asked at once.
    public mutating func requireSignIn(preselect: String? = nil) {
        var state = SignInState()
        if let id = preselect, workspace.snapshot.worker(id)?.active == true { state.chosen = id }
        workspace.viewer = nil
        gate = .signIn(state)
    }

    /// Records the automatic sign-in of the demo's worker.
    public mutating func beginDemoSession(now: LocalTime) {
        workspace.now = now
        workspace.record(.signIn, now: now)
        workspace.changes.access = true
        workspace.changes.any = true
        settle()
        openStartScreen()
    }

    /// The screen the command line asked to start in, once someone is signed in (`wijk meeting`).
    mutating func openStartScreen() {
        guard opensMeeting, gate == .open else { return }
        opensMeeting = false
        MeetingScreen.open(&workspace, date: meetingDate)
    }

    /// Locks the screen when no key was pressed for the team's idle time.
    public mutating func tick(now: LocalTime) {
        guard gate == .open, workspace.viewer != nil else { return }
        // The chair may give a meeting a longer idle time than the team's, never a shorter one.
        let meeting = workspace.layers.lazy.compactMap { ($0 as? MeetingScreen)?.meeting.idleLockMinutes }.first ?? 0
        let idle = max(workspace.snapshot.info.idleLockSeconds, meeting * 60)
        if now.instant.seconds - lastActivity.seconds >= Int64(idle) { lock(now: now) }
    }

    /// Locks at once: the work leaves the screen; the same worker's PIN, or another worker's sign-in, opens it.
    mutating func lock(now: LocalTime, message: SignInState.Message? = nil) {
        guard let worker = workspace.viewer else { return }
        workspace.record(.lock, now: now)
        var state = SignInState(lockedBy: worker.id, appearingAt: now.instant)
        state.message = message
        gate = .locked(state)
    }

    /// Ends this worker's session and shows the sign-in screen for the next one.
    mutating func signOut(now: LocalTime) {
        if workspace.viewer != nil { workspace.record(.signOut, now: now) }
        endSession()
        var state = SignInState(appearingAt: now.instant)
        state.message = .signedOut
        gate = .signIn(state)
    }

    /// Forgets everything of the worker who was signed in.
    private mutating func endSession() {
        workspace.viewer = nil
        workspace.grants = []
        workspace.layers = []
        workspace.projector = nil
        // What `u` takes back is this worker's own: the next one starts without.
        workspace.undoStack = []
        auditedOpen = nil
        main.sessionChanged(&workspace)
    }

    /// Keys on the sign-in or lock screen. Returns false to quit.
    mutating func handleGate(_ key: Key, now: LocalTime) -> Bool {
        let locked: Bool
        var state: SignInState
        switch gate {
        case .open: return true
        case .signIn(let s): state = s; locked = false
        case .locked(let s): state = s; locked = true
        }
        switch state.take(key, at: now.instant, workers: workspace.snapshot.workers) {
        case .quit:
            if locked, workspace.viewer != nil { workspace.record(.signOut, now: now) }
            return false
        case .signIn(let pin):
            attemptSignIn(&state, pin: pin, locked: locked, now: now)
            if gate == .open { return true }
        case .none:
            break
        }
        gate = locked ? .locked(state) : .signIn(state)
        return true
    }

    /// Checks the PIN typed for the chosen worker against its hash, minding the wait after wrong PINs.
    private mutating func attemptSignIn(_ state: inout SignInState, pin: String, locked: Bool, now: LocalTime) {
        guard let id = state.chosen, let worker = workspace.snapshot.worker(id), worker.active else {
            state.chosen = nil
            return
        }
        guard !worker.pinHash.isEmpty else {
            state.message = .noPin
            return
        }
        let failures = recentFailures(of: worker.id, now: now)
        if let until = SignInPolicy.lockedUntil(failures: failures, now: now.instant) {
            workspace.record(.signInFailed, worker: worker.id, outcome: .denied, now: now)
            state.message = .lockedOut(until: until)
            return
        }
        guard PinHash.verify(pin, against: worker.pinHash) else {
            workspace.record(.signInFailed, worker: worker.id, outcome: .failed, now: now)
            let count = failures.count + 1
            if let until = SignInPolicy.lockedUntil(failures: failures + [now.instant], now: now.instant) {
                state.message = .lockedOut(until: until)
            } else {
                state.message = .wrongPin(attemptsLeft: SignInPolicy.attemptsLeft(failures: count))
            }
            return
        }
        lastActivity = now.instant
        if locked, worker.id == state.lockedBy, workspace.viewer?.id == worker.id {
            workspace.record(.unlock, now: now)
            gate = .open
            return
        }
        if locked, workspace.viewer != nil { workspace.record(.signOut, now: now) }
        // A colleague signing in while the meeting is on the projector takes it over: the projector stays on.
        let projected = workspace.projector
        endSession()
        workspace.viewer = worker
        workspace.focus = .caseload
        gate = .open
        workspace.record(.signIn, now: now)
        workspace.changes.access = true
        workspace.changes.any = true
        settle()
        if let projected {
            MeetingScreen.open(&workspace, date: projected.meeting, resuming: true)
        } else {
            openStartScreen()
        }
    }

    /// Wrong PINs of a worker since their last sign-in, on every workstation (the audit trail of the last
    /// two months).
    private func recentFailures(of worker: String, now: LocalTime) -> [Timestamp] {
        AuditEvent.failuresSinceSignIn(of: worker, in: workspace.auditEvents(since: now.day.adding(days: -40)))
    }

    /// Records the opening of a household when the plan of another one takes the focus.
    mutating func recordOpening(now: LocalTime) {
        let open = openHousehold
        if open != auditedOpen, let open { workspace.record(.open, object: open, now: now) }
        auditedOpen = open
    }
}
