import WijkStore

/// Choosing, field by field, between two values after a conflict; nothing is written until it is saved.
public struct ConflictForm: Sendable, Equatable {
    public static func == (a: ConflictForm, b: ConflictForm) -> Bool {
        a.purpose == b.purpose && a.subject == b.subject && a.conflicts == b.conflicts && a.merged == b.merged
            && a.disk == b.disk && a.choices == b.choices && a.focused == b.focused && a.typing == b.typing
            && a.projection == b.projection && a.journalNote == b.journalNote && (a.returnTo == nil) == (b.returnTo == nil)
    }

    /// Where the conflict came from.
    public enum Purpose: Sendable, Equatable {
        /// A save met changes made elsewhere to the same fields.
        case save(path: String)
        /// A sync tool's conflict copy.
        case copy(ConflictMerge.Pending)
    }

    public enum Choice: Sendable, Equatable {
        case ours, theirs
        case own(String)
    }

    public var purpose: Purpose
    /// What the person knows the file as: the household's name, else the path.
    public var subject: String
    public var conflicts: [FieldConflict]
    public var merged: [RecordSet]
    public var disk: FileVersion?
    public var choices: [Choice]
    public var focused = 0
    /// Text being typed as an own value for the focused conflict.
    public var typing: String?
    /// The journal note the interrupted save would have written; written with the choice.
    public var journalNote: String?
    /// The form whose save met the conflict: Esc gives it back as it was typed, so nothing typed is lost.
    var returnTo: Form?
    /// How the values show on the projector; nil off it.
    var projection: FormProjection?

    public init(purpose: Purpose, subject: String, conflicts: [FieldConflict], merged: [RecordSet], disk: FileVersion?) {
        self.purpose = purpose
        self.subject = subject
        self.conflicts = conflicts
        self.merged = merged
        self.disk = disk
        // Default to this workstation's own change, which the person just made.
        self.choices = conflicts.map { _ in .ours }
    }

    public var path: String {
        switch purpose {
        case .save(let path): return path
        case .copy(let pending): return pending.copy.original
        }
    }

    /// The value chosen for each conflict (nil: removed).
    public var resolutions: [(FieldConflict, String?)] {
        zip(conflicts, choices).map { conflict, choice in
            switch choice {
            case .ours: return (conflict, conflict.ours)
            case .theirs: return (conflict, conflict.theirs)
            case .own(let value): return (conflict, value)
            }
        }
    }
}
