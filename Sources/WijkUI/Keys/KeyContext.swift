/// Where a set of key bindings applies (the caseload, a form, everywhere); the `?` help has a section for each.
///
/// Contexts are named as key-binding files name them (`plan`, `list`); each screen declares its own
/// beside its bindings. Two contexts are the same when their names are.
public struct KeyContext: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    /// The help's heading for this context's bindings.
    public let heading: Text
    /// A paragraph the help shows under the heading, where the keys alone do not explain the screen.
    public let note: Text?

    public init(_ name: String, heading: Text, note: Text? = nil) {
        self.name = name
        self.heading = heading
        self.note = note
    }

    public static func == (a: KeyContext, b: KeyContext) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
    public var description: String { name }
}
