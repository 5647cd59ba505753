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
    /// A team change recorded before an update is tried.
    var teamChange: String?
    /// A note the program adds to the household's journal once the change is written.
    var journalNote: String?

    private init(path: String, kind: Kind, sets: [RecordSet], undo: UndoStep? = nil, undoable: Bool = false,
                 created: (action: AuditEvent.Action, object: String)? = nil, teamChange: String? = nil,
                 journalNote: String? = nil) {
        self.path = path
        self.kind = kind
        self.sets = sets
        self.undo = undo
        self.undoable = undoable
        self.created = created
        self.teamChange = teamChange
        self.journalNote = journalNote
    }

    /// The household or plan file at `path`, as read in `base`, now holding `sets`; `u` takes it back.
    static func update(_ path: String, base: FileVersion?, _ sets: [RecordSet], undoable: Bool = true,
                       journalNote: String? = nil) -> Change {
        Change(path: path, kind: .update(base: base), sets: sets, undoable: undoable, journalNote: journalNote)
    }

    /// A team member's or the store's own file: not undoable; a worker's change is recorded as a team change.
    static func team(_ path: String, base: FileVersion?, _ sets: [RecordSet], worker: String?) -> Change {
        Change(path: path, kind: .update(base: base), sets: sets, teamChange: worker)
    }

    /// A new file of its own (a household, a worker), recorded as `action` on `object`.
    static func newFile(_ path: String, _ sets: [RecordSet], recorded action: AuditEvent.Action,
                        object: String) -> Change {
        Change(path: path, kind: .create, sets: sets, created: (action, object))
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

    init(_ changes: [Change], then: (@Sendable (inout Workspace) -> Void)? = nil) {
        self.changes = changes
        self.then = then
    }
}
