/// Something a key asks for, named as key-binding files name it (`move-down`, `new-journal`).
///
/// Each screen declares its commands beside its bindings (`Plan/PlanBindings.swift` has `score`); two
/// contexts may share a command (`save` in a form and in a conflict) and still do different things.
public struct Command: Hashable, Sendable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }

    public var description: String { name }
}
