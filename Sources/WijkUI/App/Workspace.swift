import WijkDomain
import WijkStore

/// What every screen shares: the store as read, who is signed in, the services that write, the windows open
/// over the panes, the status line, and the requests a handler leaves for the root.
///
/// Each screen keeps its own state (`CaseloadPane`, `TeamScreen`, …) and is handed the workspace with every
/// key; nothing here belongs to one screen alone.
public struct Workspace: Sendable {
    public internal(set) var snapshot: StoreSnapshot
    public internal(set) var viewer: Worker?
    /// Restricted households opened through emergency access in this session.
    public internal(set) var grants: Set<String> = []
    public let isDemo: Bool
    /// The store as shown in the top bar (home folder abbreviated).
    public let storeLabel: String
    /// This workstation's name, as other workstations see it in presence and the audit trail.
    public let workstation: String
    public let strings: Strings
    public let keyMap: KeyMap
    /// Writes to the store; nil where the store is only looked at (screen tests).
    public let writer: StoreWriter?
    /// Where every sign-in, opening, search and change is recorded; nil in screen tests.
    public let audit: AuditLog?
    /// The folder outside the store under which `I` in the plan writes an inzage (`~/wijkdesk-inzage`); nil
    /// where there is none (screen tests), and the key says so.
    public var exportFolder: String?
    /// A one-off notice for the status bar (cleared by the next key).
    public internal(set) var notice: String?
    /// What is shown came from this workstation's snapshot cache and is still being compared with the disk:
    /// the status bar says so, and nothing opens that could change the store until the comparison is done.
    public internal(set) var checking = false

    /// Windows over the panes (forms, conflicts, overlays, questions), the top one takes the keys.
    public internal(set) var layers: [any Layer] = []
    /// The pane with the focus.
    public internal(set) var focus: Pane = .caseload
    /// The household selected in the caseload: the one the plan shows.
    public internal(set) var selection: Selection?
    /// A row the plan selects next, once the store has been read again (the referral just made).
    var planReveal: PlanRow.Ref?
    /// What the sociale kaart is narrowed to (set by its filter form, followed by the pane).
    public internal(set) var resourceFilter = ResourceFilter()
    /// The period the reports screen counts (set by its period form); nil for the last twelve months.
    public internal(set) var reportPeriod: ReportPeriod?
    /// Bars and sparklines in plain characters: a monochrome theme or `NO_COLOR`.
    public internal(set) var plainGlyphs = false
    /// Conflict copies of sync tools that need a person's choice.
    public internal(set) var pendingCopies: [ConflictMerge.Pending] = []
    /// What this session's worker did, last on top: `u` offers to take back the top one, or says why not.
    var undoStack: [UndoEntry] = []
    /// The undo steps of the writes of the submission being saved, made one entry when it is done.
    var pendingUndo: [UndoStep] = []
    /// The form whose submission is being saved: a conflict window gives it back on Esc, as typed.
    var formBeingSaved: Form?
    /// Projector mode: the team meeting is on the screen, and nothing drawn shows a client's name until a person
    /// leaves the meeting on purpose (`MeetingExit`) or signs out.
    public internal(set) var projector: Projector?

    /// The screen size and time of the key being handled; views draw with the size and time they are given.
    public internal(set) var size: Size
    public internal(set) var now: LocalTime
    /// Parts of the store read again since the panes last caught up.
    var changes = StoreChanges()
    /// What handlers asked of the root, carried out once the handler returns.
    var requests: [Request] = []
    /// Where each household is in `snapshot.dossiers`.
    var dossierIndex: [String: Int] = [:]
    /// Counts the times anything was read again from the store: what a pane worked out from the snapshot
    /// (the plan's rows) is good while this stays the same.
    var revision = 0

    init(snapshot: StoreSnapshot, viewer: Worker?, isDemo: Bool, storeLabel: String, workstation: String,
         strings: Strings, keyMap: KeyMap, writer: StoreWriter?, audit: AuditLog?, now: LocalTime) {
        self.snapshot = snapshot
        self.viewer = viewer
        self.isDemo = isDemo
        self.storeLabel = storeLabel
        self.workstation = workstation
        self.strings = strings
        self.keyMap = keyMap
        self.writer = writer
        self.audit = audit
        self.now = now
        self.size = Size.minimum
        indexDossiers()
    }

    /// The household selected in the caseload, with what the viewer may see of it.
    public struct Selection: Sendable, Equatable {
        public var household: String
        /// Whether the viewer may open it (restricted households only for their regisseur and coordinators).
        public var isOpen: Bool
    }

    /// Asks the root for something outside the handler's own state.
    public enum Request: Sendable, Equatable {
        /// Close the window that handled the key.
        case close
        case quit
        case lock
        /// Lock after leaving the team meeting: the PIN of whoever goes on working opens their own work.
        case lockAfterMeeting
        case signOut
        case focus(Pane)
        /// Select this household in the caseload and show its plan.
        case openPlan(household: String)
    }

    mutating func request(_ request: Request) { requests.append(request) }

    /// Opens `layer` over everything else; a form, a question or a conflict waits until the store on screen
    /// is confirmed (`checking`), so no change is ever made on what may no longer be on disk.
    mutating func present(_ layer: any Layer) {
        if checking && (layer is Form || layer is Question || layer is ConflictForm) {
            notice = strings(.stillChecking)
            return
        }
        // On the projector a form and a conflict show the names of the meeting's clients as initials.
        if let projector {
            if var form = layer as? Form {
                if form.projection == nil { form.projection = FormProjection(names: projector.pseudonymiser(self)) }
                layers.append(form)
                return
            }
            if var conflict = layer as? ConflictForm {
                conflict.projection = FormProjection(names: projector.pseudonymiser(self))
                layers.append(conflict)
                return
            }
        }
        layers.append(layer)
    }

    /// Changes the topmost open window of type `L` (a question's answer reaching the window below it).
    mutating func updateLayer<L: Layer>(_ type: L.Type, _ change: (inout L, inout Workspace) -> Void) {
        guard let i = layers.lastIndex(where: { $0 is L }), var layer = layers[i] as? L else { return }
        change(&layer, &self)
        if i < layers.count, layers[i] is L { layers[i] = layer }
    }

    // MARK: the store

    /// The dossier of household `id`.
    public func dossier(_ id: String) -> Dossier? { dossierIndex[id].map { snapshot.dossiers[$0] } }

    /// The dossier of the selected household, when the viewer may open it.
    public var selectedDossier: Dossier? {
        guard let selection, selection.isOpen else { return nil }
        return dossier(selection.household)
    }

    /// The layout of the main screen at the current size and focus.
    var layout: Layout { Layout.compute(size: size, focus: focus) }

    mutating func indexDossiers() {
        dossierIndex = Dictionary(snapshot.dossiers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
