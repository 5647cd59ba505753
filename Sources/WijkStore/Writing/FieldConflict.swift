/// A field changed differently here and on disk (another workstation): a person must choose.
public struct FieldConflict: Sendable, Equatable {
    /// The record type, `Household`, `Member`…
    public var type: String
    /// The record's `Id` (or its position for records without one).
    public var key: String
    /// The field; empty for a whole record removed on one side and changed on the other.
    public var field: String
    /// The value in the version both sides started from (nil: not there, or `hasBase` false).
    public var base: String?
    /// Whether the version both sides started from was known; without it every difference is asked about.
    public var hasBase = true
    /// The value this workstation wants to write (nil: removed).
    public var ours: String?
    /// The value on disk (nil: removed).
    public var theirs: String?
    /// When and by whom this workstation's value was made, when known.
    public var oursSaved: FileVersion.Saved?
    /// When and by whom the value on disk was made, when known.
    public var theirsSaved: FileVersion.Saved?

    /// Which side's value was made later; nil when either time is unknown or both are the same.
    public var theirsIsNewer: Bool? {
        guard let ours = oursSaved?.time, let theirs = theirsSaved?.time, ours != theirs else { return nil }
        return theirs > ours
    }

    public init(type: String, key: String, field: String, base: String?, ours: String?, theirs: String?) {
        self.type = type
        self.key = key
        self.field = field
        self.base = base
        self.ours = ours
        self.theirs = theirs
    }
}
