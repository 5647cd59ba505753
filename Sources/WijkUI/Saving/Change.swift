import WijkDomain
import WijkStore

/// One write the save pipeline carries out: a file that changes, saved against the version it was read as,
/// or a new file; with what the audit trail, the undo stack and the journal get once it is written.
public struct Change: Sendable {
    public enum Kind: Sendable {
        /// Saved against `base` (nil: a file made anew); a change made elsewhere meanwhile is merged.
        case update(base: FileVersion?)
        /// A new file, for things that only grow.
        case create
    }

    public var path: String
    public var kind: Kind
    public var sets: [RecordSet]
    /// What `u` does to take a new file back; updates are undone by saving the records as they were.
    var undo: UndoStep?
    /// Whether `u` may take an update back (team and settings changes are not part of undo).
    var undoable: Bool
    /// What the audit trail records once a new file is written, and about what.
    var created: (action: AuditEvent.Action, object: String)?
    /// Recorded in the audit trail before an update is tried, besides the change itself (a team change, a
    /// triage step).
    var alsoRecord: (action: AuditEvent.Action, object: String)?
    /// A note the program adds to the household's journal once the change is written.
    var journalNote: String?

    private init(path: String, kind: Kind, sets: [RecordSet], undo: UndoStep? = nil, undoable: Bool = false,
                 created: (action: AuditEvent.Action, object: String)? = nil,
                 alsoRecord: (action: AuditEvent.Action, object: String)? = nil,
                 journalNote: String? = nil) {
        self.path = path
        self.kind = kind
        self.sets = sets
        self.undo = undo
        self.undoable = undoable
        self.created = created
        self.alsoRecord = alsoRecord
        self.journalNote = journalNote
    }

    /// Whether `u` can take this change back.
    var hasUndo: Bool {
        if undo != nil { return true }
        if case .update = kind { return undoable }
        return false
    }

    /// The household or plan file at `path`, as read in `base`, now holding `sets`; `u` takes it back.
    static func update(_ path: String, base: FileVersion?, _ sets: [RecordSet], undoable: Bool = true,
                       journalNote: String? = nil) -> Change {
        Change(path: path, kind: .update(base: base), sets: sets, undoable: undoable, journalNote: journalNote)
    }

    /// A team member's or the store's own file: not undoable; a worker's change is recorded as a team change.
    static func team(_ path: String, base: FileVersion?, _ sets: [RecordSet], worker: String?) -> Change {
        Change(path: path, kind: .update(base: base), sets: sets, alsoRecord: worker.map { (.teamChange, $0) })
    }

    /// A request's file after a triage step: not undoable (the step stays in its history); the audit trail
    /// records the change of the request, by id.
    static func triage(_ path: String, base: FileVersion?, _ sets: [RecordSet]) -> Change {
        Change(path: path, kind: .update(base: base), sets: sets)
    }

    /// A new request's file, recorded as created.
    static func newRequest(_ path: String, _ sets: [RecordSet], request: String) -> Change {
        Change(path: path, kind: .create, sets: sets, created: (.create, request))
    }

    /// A new file of its own (a household, a worker), recorded as `action` on `object`.
    static func newFile(_ path: String, _ sets: [RecordSet], recorded action: AuditEvent.Action,
                        object: String) -> Change {
        Change(path: path, kind: .create, sets: sets, created: (action, object))
    }

    /// A referral's file, new or after a step, with the journal note that says what happened; not undoable (a
    /// step stays in its history, the next step corrects it).
    static func referral(_ path: String, base: FileVersion?, new: Bool, _ sets: [RecordSet], journalNote: String?,
                         undo: UndoStep? = nil) -> Change {
        Change(path: path, kind: new ? .create : .update(base: base), sets: sets, undo: undo,
               created: new ? (.create, Workspace.objectId(of: path)) : nil, journalNote: journalNote)
    }

    /// A new entry in a household's folder (journal, assessments, expenses) that `undo` takes back.
    static func entry(household: String, folder: String, stamp: String, _ set: RecordSet, undo: UndoStep?) -> Change {
        let path = StoreLayout.households + "/" + household + "/" + folder + "/" + stamp + StoreLayout.recordExtension
        return Change(path: path, kind: .create, sets: [set], undo: undo, created: (.create, household))
    }
}

/// What saving a form writes, in order, and what follows once all of it is written.
public struct Submission: Sendable {
    var changes: [Change]
    /// Run after the last change is written (the final ZRM after closing, the new household's plan).
    var then: (@Sendable (inout Workspace) -> Void)?
    /// What `u` calls it: the form's title unless said otherwise.
    var label: String?
    /// False for bookkeeping no person did on purpose (the meeting's place in its minutes): `u` passes it by.
    var recordsUndo = true
    /// Why `u` cannot take it back, when a change of it has no undo (a triage step, a new household, a team
    /// change); nil: the general reason.
    var cannotUndo: String?

    init(_ changes: [Change], then: (@Sendable (inout Workspace) -> Void)? = nil) {
        self.changes = changes
        self.then = then
    }
}
