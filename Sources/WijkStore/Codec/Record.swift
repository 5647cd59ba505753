/// A recfile record: an ordered list of fields, names may repeat.
public struct Record: Sendable, Equatable {
    public var fields: [Field]
    /// Line of the first field; 0 for records made in memory.
    public var line: Int

    public init(fields: [Field], line: Int = 0) {
        self.fields = fields
        self.line = line
    }

    /// The first value of field `name`.
    public subscript(name: String) -> String? {
        fields.first(where: { $0.name == name })?.value
    }

    /// Every value of field `name`, in order.
    public func values(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// The field `name`, when present.
    public func field(_ name: String) -> Field? {
        fields.first(where: { $0.name == name })
    }

    /// Whether this record is a record descriptor (`%rec: Type` …).
    public var isDescriptor: Bool { fields.first?.name == "%rec" }

    /// Records are equal when their fields are, in order; line numbers do not matter.
    public static func == (a: Record, b: Record) -> Bool { a.fields == b.fields }
}
