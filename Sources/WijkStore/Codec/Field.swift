/// One `Name: value` field of a recfile record, with the line it starts on.
public struct Field: Sendable, Equatable {
    public var name: String
    public var value: String
    /// 1-based line number in the file; 0 for fields made in memory.
    public var line: Int

    public init(name: String, value: String, line: Int = 0) {
        self.name = name
        self.value = value
        self.line = line
    }

    /// Fields are equal when name and value are; where they stand in a file does not matter.
    public static func == (a: Field, b: Field) -> Bool { a.name == b.name && a.value == b.value }
}
