/// A field changed differently here and on disk (another workstation): a person must choose.
public struct FieldConflict: Sendable, Equatable {
    /// The record type, `Household`, `Member`…
    public var type: String
    /// The record's `Id` (or its position for records without one).
    public var key: String
    /// The field; empty for a whole record removed on one side and changed on the other.
    public var field: String
    public var base: String?
    /// The value this workstation wants to write (nil: removed).
    public var ours: String?
    /// The value on disk (nil: removed).
    public var theirs: String?

    public init(type: String, key: String, field: String, base: String?, ours: String?, theirs: String?) {
        self.type = type
        self.key = key
        self.field = field
        self.base = base
        self.ours = ours
        self.theirs = theirs
    }
}
