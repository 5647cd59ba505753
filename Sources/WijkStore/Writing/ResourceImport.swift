import WijkDomain

/// Brings a spreadsheet of the sociale kaart into the store. Each row is matched to a resource (by its id,
/// else by name and organisation) and added or updated, never duplicated; only the sheet's columns are
/// touched. A field the team changed in Wijkdesk since the last import is kept unless forced: the values last
/// imported stay in the resource's file as an `Imported` record, so the next import tells the team's change
/// from the sheet's.
public enum ResourceImport {
    public enum Outcome: Sendable, Equatable {
        case added, updated, unchanged
    }

    /// What one row does: to which resource, and which fields it changes or keeps.
    public struct Step: Sendable {
        public var line: Int
        public var id: String
        public var outcome: Outcome
        /// Fields the row changes.
        public var changed: [String]
        /// Fields the team changed since the last import (or filled before any): left as they are.
        public var kept: [String]
        public var path: String
        var base: FileVersion?
        var sets: [RecordSet]
        /// Whether the file is written (an unchanged row still records what was imported, once).
        var writes: Bool
    }

    /// What importing `rows` would do to the store read by `writer`, resource by resource; nothing is written.
    public static func plan(_ rows: [ResourceSheet.Row], existing: [Resource], writer: StoreWriter, force: Bool,
                            today: Day) throws(StoreWriteError) -> [Step] {
        let byKey = Dictionary(existing.map { (key($0.name, $0.organisation), $0) }, uniquingKeysWith: { first, _ in first })
        var ids = Set(existing.map(\.id))
        var steps: [Step] = []
        for row in rows {
            let match = row.id.flatMap { id in existing.first { $0.id == id } } ?? byKey[key(row.name, row.organisation)]
            if let match {
                steps.append(try update(match.id, row: row, writer: writer, force: force, today: today))
            } else {
                let id = row.id.flatMap { isStorable($0) && !ids.contains($0) ? $0 : nil }
                    ?? Resource.newId(row.name, taken: ids)
                ids.insert(id)
                // A sheet without a kind column gives basic services: the kind is the one field a resource must have.
                var record = Record(fields: []).setting([("Id", id), ("Kind", Resource.Kind.basic.rawValue)])
                for field in row.fields { record = record.setting(field.name, to: field.value) }
                let path = StoreLayout.resources + "/" + id + StoreLayout.recordExtension
                steps.append(Step(line: row.line, id: id, outcome: .added, changed: row.fields.map(\.name), kept: [],
                                  path: path, base: nil,
                                  sets: [Schema.set("Resource", [record]), Schema.set("Imported", [imported(row, over: nil, today)])],
                                  writes: true))
            }
        }
        return steps
    }

    private static func update(_ id: String, row: ResourceSheet.Row, writer: StoreWriter, force: Bool,
                               today: Day) throws(StoreWriteError) -> Step {
        let path = StoreLayout.resources + "/" + id + StoreLayout.recordExtension
        let version = try writer.read(path)
        let sets = version?.sets ?? []
        let current = sets.first { $0.type == "Resource" }?.records.first ?? Record(fields: [])
        let last = sets.first { $0.type == "Imported" }?.records.first
        var record = current
        var changed: [String] = []
        var kept: [String] = []
        for field in row.fields {
            let ours = current.values(field.name).joined(separator: "\n")
            guard field.value != ours else { continue }
            let protected = last.map { $0.values(field.name).joined(separator: "\n") != ours } ?? !ours.isEmpty
            if protected && !force {
                kept.append(field.name)
            } else {
                record = record.setting(field.name, to: field.value)
                changed.append(field.name)
            }
        }
        let newImported = imported(row, over: last, today)
        let importedChanged = last.map { without(["Date"], $0) != without(["Date"], newImported) } ?? true
        var newSets = sets.updating("Resource") { _ in record }
        if newSets.contains(where: { $0.type == "Imported" }) {
            newSets = newSets.updating("Imported") { _ in newImported }
        } else {
            newSets.append(Schema.set("Imported", [newImported]))
        }
        return Step(line: row.line, id: id, outcome: changed.isEmpty ? .unchanged : .updated, changed: changed, kept: kept,
                    path: path, base: version, sets: newSets, writes: !changed.isEmpty || importedChanged)
    }

    /// Writes what `plan` worked out: new files made, changed ones saved against the version planned on (a
    /// change made meanwhile is merged). Returns the steps not written because someone changed the same
    /// field of that resource between the plan and the write: importing again sorts them out.
    @discardableResult
    public static func apply(_ steps: [Step], writer: StoreWriter) throws(StoreWriteError) -> [Step] {
        var collided: [Step] = []
        for step in steps where step.writes {
            if step.base == nil {
                try writer.create(step.path, step.sets)
            } else if case .conflicts = try writer.save(step.path, base: step.base, ours: step.sets) {
                collided.append(step)
            }
        }
        return collided
    }

    /// The values the sheet gave, over those of the import before: what the next import compares with.
    private static func imported(_ row: ResourceSheet.Row, over last: Record?, _ today: Day) -> Record {
        var record = last ?? Record(fields: [])
        for field in row.fields { record = record.setting(field.name, to: field.value) }
        return record.setting("Date", to: today.iso)
    }

    private static func without(_ names: Set<String>, _ record: Record) -> [String] {
        record.fields.filter { !names.contains($0.name) }.map { $0.name + ": " + $0.value }
    }

    private static func key(_ name: String, _ organisation: String) -> String {
        Folding.fold(name) + "\u{0}" + Folding.fold(organisation)
    }

    /// An id from a sheet that can be a file name: lower-case letters, digits and hyphens.
    private static func isStorable(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
