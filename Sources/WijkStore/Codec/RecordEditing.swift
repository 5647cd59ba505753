extension Record {
    /// A record from `(name, value)` pairs, leaving out empty values.
    public init(_ pairs: [(String, String)]) {
        self.init(fields: pairs.filter { !$0.1.isEmpty }.map { Field(name: $0.0, value: $0.1) })
    }

    /// This record with field `name` set to `value` where it stands (at the end when new); an empty or nil
    /// value removes the field. Fields the program does not know are kept as they are.
    public func setting(_ name: String, to value: String?) -> Record {
        RecordMerge.setting(name, to: value.flatMap { $0.isEmpty ? nil : $0 }, in: self)
    }

    /// Sets several fields at once, in order.
    public func setting(_ pairs: [(String, String?)]) -> Record {
        pairs.reduce(self) { $0.setting($1.0, to: $1.1) }
    }
}
