import WijkDomain
import WijkStore

/// The root of the app: the gate (sign-in, lock), the workspace every screen shares, and the main screen
/// with its panes. Keys come in here and go to the gate, the top window, or the focused pane; rendering reads
/// this state and never changes it.
public struct AppState: Sendable {
    public internal(set) var workspace: Workspace
    public internal(set) var main: MainScreen
    /// Whether the work shows, or the sign-in or lock screen.
    public internal(set) var gate: Gate = .open
    /// When the last key was pressed, for the idle lock.
    var lastActivity: Timestamp
    /// The household whose opening was last recorded in the audit trail.
    var auditedOpen: String?

    public init(snapshot: StoreSnapshot, viewer: Worker?, isDemo: Bool = false, storeLabel: String,
                strings: Strings = Strings(), keyMap: KeyMap = .standard, workstation: String = "",
                writer: StoreWriter? = nil, audit: AuditLog? = nil, notice: String? = nil, now: LocalTime) {
        workspace = Workspace(snapshot: snapshot, viewer: viewer, isDemo: isDemo, storeLabel: storeLabel,
                              workstation: workstation, strings: strings, keyMap: keyMap, writer: writer, audit: audit,
                              now: now)
        workspace.notice = notice
        main = MainScreen(workspace)
        lastActivity = now.instant
        main.follow(&workspace)
    }

    public var snapshot: StoreSnapshot { workspace.snapshot }
    public var viewer: Worker? { workspace.viewer }

    /// The household this worker is working in: the plan has the focus.
    /// What this workstation has open, for the presence colleagues see: a household, or the team meeting.
    public var openHousehold: String? {
        guard gate == .open else { return nil }
        if let meeting = workspace.layers.lazy.compactMap({ $0 as? MeetingScreen }).first, !meeting.readOnly,
           meeting.meeting.ended == nil {
            return MeetingScreen.presenceMark(meeting.meeting.date)
        }
        return main.openHousehold(workspace)
    }
    /// Whether bars and sparklines are drawn in plain characters (monochrome, `NO_COLOR`).
    public var plainGlyphs: Bool {
        get { workspace.plainGlyphs }
        set { workspace.plainGlyphs = newValue }
    }
    /// Where `I` in the plan writes an inzage (outside the store).
    public var exportFolder: String? {
        get { workspace.exportFolder }
        set { workspace.exportFolder = newValue }
    }
    /// `wijk meeting`: the team meeting opens as soon as someone has signed in.
    public var opensMeeting = false
    /// The day of that meeting, when not today (`wijk meeting --date`).
    public var meetingDate: Day?

    /// Who has which household open where, as read from the store.
    public mutating func setPresence(_ list: [Presence]) { main.update(PlanPane.self) { $0.presence = list } }

    // MARK: keys

    /// Applies one key. Returns false when the user asked to quit.
    public mutating func handle(_ key: Key, size: Size, now: LocalTime) -> Bool {
        workspace.size = size
        workspace.now = now
        if key == .resize {
            main.clamp(&workspace)
            return true
        }
        lastActivity = now.instant
        if gate != .open { return handleGate(key, now: now) }
        workspace.notice = nil
        main.newDay(&workspace)
        // The lock works everywhere, also in the middle of a form: the form waits under the lock screen.
        if workspace.keyMap.command(for: key, in: [.global]) == .lock {
            lock(now: now)
            return true
        }
        // Signing out works from a form too: what is typed next belongs to the sign-in screen, never to the form.
        if let top = workspace.layers.last, top.cancelsOnInterrupt,
           workspace.keyMap.command(for: key, in: [.global]) == .signOut {
            signOut(now: now)
            return true
        }
        if let top = workspace.layers.last {
            if key == .ctrl("c") && !top.cancelsOnInterrupt { return quit(now: now) }
            handleTop(key)
        } else {
            if key == .ctrl("c") && main.focused(workspace).list.isEditingFilter { return quit(now: now) }
            main.handleKey(key, &workspace)
        }
        guard settle() else { return quit(now: now) }
        if gate == .open { recordOpening(now: now) }
        return true
    }

    /// The top window takes the key; it goes back on the stack unless it asked to close.
    private mutating func handleTop(_ key: Key) {
        let position = workspace.layers.count - 1
        var layer = workspace.layers.remove(at: position)
        layer.handle(key, &workspace)
        if let close = workspace.requests.firstIndex(of: .close) {
            workspace.requests.remove(at: close)
        } else {
            // Windows below it may have closed meanwhile (a step done returns to the inbox).
            workspace.layers.insert(layer, at: min(position, workspace.layers.count))
        }
    }

    /// Carries out what handlers asked for and lets the panes catch up with the store. False for quit.
    @discardableResult
    mutating func settle() -> Bool {
        var keepGoing = true
        while workspace.changes.any || !workspace.requests.isEmpty {
            if workspace.changes.any {
                main.catchUp(&workspace)
                workspace.mergeNewConflictCopies()
                continue
            }
            let request = workspace.requests.removeFirst()
            switch request {
            case .close: break
            case .quit: keepGoing = false
            case .lock: lock(now: workspace.now)
            case .lockAfterMeeting: lock(now: workspace.now, message: .meetingLeft)
            case .signOut: signOut(now: workspace.now)
            case .focus(let pane): main.setFocus(pane, &workspace)
            case .openPlan(let id): main.openPlan(id, &workspace)
            }
        }
        main.follow(&workspace)
        return keepGoing
    }

    private mutating func quit(now: LocalTime) -> Bool {
        if workspace.viewer != nil { workspace.record(.signOut, now: now) }
        return false
    }

    // MARK: changes on disk

    /// Reads again the parts of the store under `paths` (relative to the store) after a change on disk,
    /// keeping the selection, the scroll positions and any open form or window.
    public mutating func reload(_ paths: Set<String>, size: Size, now: LocalTime) {
        workspace.size = size
        workspace.now = now
        workspace.reload(paths)
        settle()
    }

    /// The store on screen came from this workstation's snapshot cache: until `checked`, it says so and no
    /// form opens.
    public mutating func beginChecking() { workspace.checking = true }

    /// The store has been compared with the cache it was shown from (or the reading at start): `paths` changed
    /// since, and are read again as a live reload reads them; then work on it may start.
    public mutating func checked(_ paths: Set<String>, size: Size, now: LocalTime) {
        workspace.checking = false
        guard !paths.isEmpty else { return }
        // A caseload still on its first row stays there, as a reading from disk would have started: a household
        // added while Wijkdesk was closed that sorts first is where the worker begins, not one row above.
        var atTop = false
        main.update(CaseloadPane.self) { atTop = $0.list.selected == 0 }
        reload(paths, size: size, now: now)
        if atTop {
            main.update(CaseloadPane.self) { pane in
                pane.list.selected = 0
                pane.list.top = 0
            }
            main.follow(&workspace)
        }
    }

    /// Merges the conflict copies sync tools left (`paths`, relative to the store); those needing a choice wait.
    public mutating func mergeConflictCopies(_ paths: [String], size: Size, now: LocalTime) {
        workspace.size = size
        workspace.now = now
        workspace.mergeConflictCopies(paths)
        settle()
    }
}
