import Foundation

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

extension Array where Element == RecordSet {
    /// These sets with the first record of `type` changed by `change`.
    public func updating(_ type: String, _ change: (Record) -> Record) -> [RecordSet] {
        map { set in
            guard set.type == type, !set.records.isEmpty else { return set }
            var set = set
            set.records[0] = change(set.records[0])
            return set
        }
    }

    /// These sets with the record of `type` whose `Id` is `id` (nil: the first record) replaced by `change` of
    /// it, or added; the record set is created with its descriptor when missing.
    public func upserting(_ type: String, id: String?, _ change: (Record) -> Record) -> [RecordSet] {
        var sets = ensuring(type)
        let s = sets.firstIndex { $0.type == type }!
        let index = id.map { id in sets[s].records.firstIndex { $0.id == id } } ?? (sets[s].records.isEmpty ? nil : 0)
        if let index {
            sets[s].records[index] = change(sets[s].records[index])
        } else {
            sets[s].records.append(change(Record(fields: [])))
        }
        return sets
    }

    /// These sets without the records of `type` whose `Id` is `id`.
    public func removing(_ type: String, id: String) -> [RecordSet] {
        map { set in
            guard set.type == type else { return set }
            var set = set
            set.records.removeAll { $0.id == id }
            return set
        }
    }

    /// These sets with a (possibly empty) record set of `type`.
    public func ensuring(_ type: String) -> [RecordSet] {
        contains { $0.type == type } ? self : self + [Schema.set(type, [])]
    }
}

extension Record {
    /// The record's `Id`, without surrounding spaces.
    var id: String? { self["Id"]?.trimmingCharacters(in: .whitespaces) }
}
