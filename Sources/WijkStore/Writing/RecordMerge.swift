/// Three-way, field-by-field merge of two versions of a store file against their common ancestor.
///
/// Records are matched by type and `Id` (records without one by position).
/// For each field: the same on both sides, or changed on one side only, is
/// taken; changed differently on both sides is a `FieldConflict`, and the
/// merged result keeps the disk's value (`theirs`) until a person decides.
/// Without an ancestor (`base` nil) every difference is a conflict: nothing
/// is ever decided silently.
public enum RecordMerge {
    public struct Result: Sendable, Equatable {
        public var sets: [RecordSet]
        public var conflicts: [FieldConflict]
    }

    /// Field names whose several values form one list.
    static let repeatable = FieldReader.repeatable

    public static func merge(base: [RecordSet]?, ours: [RecordSet], theirs: [RecordSet]) -> Result {
        var conflicts: [FieldConflict] = []
        var types: [String] = []
        for set in theirs + ours where !types.contains(typeName(set)) { types.append(typeName(set)) }
        var sets: [RecordSet] = []
        for type in types {
            let b = base.flatMap { find(type, in: $0) }
            let o = find(type, in: ours)
            let t = find(type, in: theirs)
            // Descriptors are written by the program: take the side that changed it, else ours.
            let theirsChanged = base != nil && o?.descriptor == b?.descriptor
            let descriptor = theirsChanged ? (t?.descriptor ?? o?.descriptor) : (o?.descriptor ?? t?.descriptor)
            let records = mergeRecords(type: type, base: base == nil ? nil : (b?.records ?? []),
                                       ours: o?.records ?? [], theirs: t?.records ?? [], &conflicts)
            sets.append(RecordSet(descriptor: descriptor, records: records))
        }
        return Result(sets: sets, conflicts: conflicts)
    }

    /// Applies a person's choices: for each conflict the value to keep (nil: remove the field or record).
    public static func resolve(_ merged: [RecordSet], _ choices: [(FieldConflict, String?)]) -> [RecordSet] {
        var sets = merged
        for (conflict, value) in choices {
            guard let s = sets.firstIndex(where: { typeName($0) == conflict.type }) else { continue }
            let keys = sets[s].records.enumerated().map { key(of: $1, at: $0) }
            if conflict.field.isEmpty {
                if value == nil, let r = keys.firstIndex(of: conflict.key) { sets[s].records.remove(at: r) }
                continue
            }
            guard let r = keys.firstIndex(of: conflict.key) else { continue }
            sets[s].records[r] = setting(conflict.field, to: value, in: sets[s].records[r])
        }
        return sets
    }

    // MARK: records

    private static func mergeRecords(type: String, base: [Record]?, ours: [Record], theirs: [Record],
                                     _ conflicts: inout [FieldConflict]) -> [Record] {
        let b = base.map(keyed) ?? [:]
        let o = keyed(ours)
        let t = keyed(theirs)
        var order = theirs.enumerated().map { key(of: $1, at: $0) }
        for (i, record) in ours.enumerated() where !order.contains(key(of: record, at: i)) {
            order.append(key(of: record, at: i))
        }
        var result: [Record] = []
        for k in order {
            let (bv, ov, tv) = (b[k], o[k], t[k])
            if ov == tv { if let ov { result.append(ov) }; continue }
            if base != nil && ov == bv { if let tv { result.append(tv) }; continue }
            if base != nil && tv == bv { if let ov { result.append(ov) }; continue }
            if base == nil && (ov == nil || tv == nil) {
                // Without an ancestor a record on one side only is added, not removed.
                if let kept = ov ?? tv { result.append(kept) }
                continue
            }
            guard let ov, let tv else {
                // Removed on one side, changed (or added) on the other: keep it, ask.
                var conflict = FieldConflict(type: type, key: k, field: "", base: nil,
                                             ours: ov.map(RecfileWriter.format), theirs: tv.map(RecfileWriter.format))
                conflict.hasBase = base != nil
                conflicts.append(conflict)
                if let kept = tv ?? ov { result.append(kept) }
                continue
            }
            result.append(mergeFields(type: type, key: k, base: base == nil ? nil : bv, ours: ov, theirs: tv,
                                      &conflicts))
        }
        return result
    }

    private static func mergeFields(type: String, key: String, base: Record?, ours: Record, theirs: Record,
                                    _ conflicts: inout [FieldConflict]) -> Record {
        var names: [String] = []
        for f in theirs.fields + ours.fields where !names.contains(f.name) { names.append(f.name) }
        var merged = theirs
        for name in names {
            let bv = base.flatMap { value(name, $0) }
            let ov = value(name, ours)
            let tv = value(name, theirs)
            if ov == tv { continue }
            if base != nil && tv == bv { merged = setting(name, to: ov, in: merged); continue }
            if base != nil && ov == bv { continue }
            if base == nil && (ov == nil || tv == nil) {
                // Without an ancestor a field on one side only is added, not removed.
                merged = setting(name, to: ov ?? tv, in: merged)
                continue
            }
            var conflict = FieldConflict(type: type, key: key, field: name, base: bv, ours: ov, theirs: tv)
            conflict.hasBase = base != nil
            conflicts.append(conflict)
        }
        return merged
    }

    /// What `sets` hold where `conflict` is: the field's value, or the whole record for a record's conflict;
    /// nil when it is not there.
    static func value(of conflict: FieldConflict, in sets: [RecordSet]) -> String? {
        guard let set = find(conflict.type, in: sets),
              let record = set.records.enumerated().first(where: { key(of: $1, at: $0) == conflict.key })?.element
        else { return nil }
        return conflict.field.isEmpty ? RecfileWriter.format(record) : value(conflict.field, record)
    }

    // MARK: helpers

    private static func typeName(_ set: RecordSet) -> String { set.type ?? "" }

    private static func find(_ type: String, in sets: [RecordSet]) -> RecordSet? {
        sets.first { typeName($0) == type }
    }

    static func key(of record: Record, at index: Int) -> String {
        record["Id"].map { "Id:" + $0.trimmed } ?? "#\(index)"
    }

    private static func keyed(_ records: [Record]) -> [String: Record] {
        var result: [String: Record] = [:]
        for (i, r) in records.enumerated() { result[key(of: r, at: i)] = r }
        return result
    }

    /// The field's value; repeated fields as their values joined by newlines.
    static func value(_ name: String, _ record: Record) -> String? {
        let values = record.values(name)
        if values.isEmpty { return nil }
        return repeatable.contains(name) ? values.joined(separator: "\n") : values[0]
    }

    /// `record` with field `name` set to `value` (nil removes it), in place when it exists, else at the end.
    static func setting(_ name: String, to value: String?, in record: Record) -> Record {
        var r = record
        let positions = r.fields.indices.filter { r.fields[$0].name == name }
        let newFields: [Field]
        if let value {
            newFields = repeatable.contains(name)
                ? value.split(separator: "\n").map { Field(name: name, value: String($0)) }
                : [Field(name: name, value: value)]
        } else {
            newFields = []
        }
        if let first = positions.first {
            r.fields.removeAll { $0.name == name }
            r.fields.insert(contentsOf: newFields, at: min(first, r.fields.count))
        } else {
            r.fields += newFields
        }
        return r
    }
}
