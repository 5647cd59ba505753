import Foundation
import Testing
import TestSupport
import WijkDomain
@testable import WijkStore

@Suite("Writing to the store")
struct StoreWriterTests {
    let householdText = TemporaryStore.household("h-1")

    func sets(_ text: String) -> [RecordSet] { try! RecfileParser.parse(text) }

    func changed(_ version: FileVersion, _ field: String, _ value: String) -> [RecordSet] {
        RecordMerge.resolve(version.sets, [(FieldConflict(type: "Household", key: "Id:h-1", field: field, base: nil,
                                                          ours: nil, theirs: nil), value)])
    }

    @Test("A save replaces an unchanged file, owner-only, with a parent line, and recfix accepts it")
    func plainSave() throws {
        let store = try TemporaryStore(["households/h-1/household.rec": householdText])
        let writer = StoreWriter(root: store.root, workstation: "ws1")
        let path = "households/h-1/household.rec"
        let base = try #require(try writer.read(path))
        let outcome = try writer.save(path, base: base, ours: changed(base, "Phone", "050 123"))
        guard case .saved(let written) = outcome else { Issue.record("not saved: \(outcome)"); return }
        #expect(written.parent == base.hash)
        let again = try #require(try writer.read(path))
        #expect(again == written)
        #expect(again.sets[0].records[0]["Phone"] == "050 123")
        let mode = try FileManager.default.attributesOfItem(atPath: store.root + "/" + path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try Command.recfixFailures([store.root + "/" + path]) ?? [] == [])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.root + "/households/h-1")
        #expect(leftovers == ["household.rec"], "no temporary files stay behind")
    }

    @Test("A value longer than the parser reads back is refused, in a save and a new file; the file on disk stays as it was")
    func overlongValueRefused() throws {
        let store = try TemporaryStore(["households/h-1/household.rec": householdText])
        let writer = StoreWriter(root: store.root, workstation: "ws1")
        let path = "households/h-1/household.rec"
        let base = try #require(try writer.read(path))
        let huge = String(repeating: "x", count: RecfileParser.maxValueBytes + 1)
        let refused = StoreWriteError.refused(StoreProblem(path: path, line: 0,
                                                           kind: .valueTooLong(field: "Phone", limitBytes: RecfileParser.maxValueBytes)))
        #expect(throws: refused) { try writer.save(path, base: base, ours: changed(base, "Phone", huge)) }
        #expect(try writer.read(path) == base)
        let entry = "households/h-1/journal/x.rec"
        #expect(throws: StoreWriteError.self) {
            try writer.create(entry, [Schema.set("JournalEntry", [Record(fields: [Field(name: "Text", value: huge)])])])
        }
        #expect(!FileManager.default.fileExists(atPath: store.root + "/" + entry))
    }

    @Test("A change on disk to another field since reading is merged in, not lost")
    func mergesOtherField() throws {
        let store = try TemporaryStore(["households/h-1/household.rec": householdText])
        let a = StoreWriter(root: store.root, workstation: "ws1")
        let b = StoreWriter(root: store.root, workstation: "ws2")
        let path = "households/h-1/household.rec"
        let baseA = try #require(try a.read(path))
        let baseB = try #require(try b.read(path))
        _ = try b.save(path, base: baseB, ours: changed(baseB, "Email", "b@example.org"))
        let outcome = try a.save(path, base: baseA, ours: changed(baseA, "Phone", "050 1"))
        guard case .saved = outcome else { Issue.record("not saved: \(outcome)"); return }
        let final = try #require(try a.read(path)).sets[0].records[0]
        #expect(final["Phone"] == "050 1")
        #expect(final["Email"] == "b@example.org")
    }

    @Test("The same field changed on disk stops the save and says both values; the disk stays as it was")
    func conflictStops() throws {
        let store = try TemporaryStore(["households/h-1/household.rec": householdText])
        let a = StoreWriter(root: store.root, workstation: "ws1")
        let path = "households/h-1/household.rec"
        let base = try #require(try a.read(path))
        _ = try a.save(path, base: base, ours: changed(base, "Phone", "050 2"))
        let onDisk = try #require(try a.read(path))
        let outcome = try a.save(path, base: base, ours: changed(base, "Phone", "050 3"))
        guard case .conflicts(let merged, let conflicts, let disk) = outcome else {
            Issue.record("no conflict: \(outcome)")
            return
        }
        #expect(conflicts == [FieldConflict(type: "Household", key: "Id:h-1", field: "Phone", base: nil,
                                            ours: "050 3", theirs: "050 2")])
        #expect(try a.read(path) == onDisk)
        // The person keeps their own value: saved against what is on disk now.
        let resolved = RecordMerge.resolve(merged, [(conflicts[0], "050 3")])
        guard case .saved = try a.save(path, base: disk, ours: resolved) else { Issue.record("not saved"); return }
        #expect(try a.read(path)?.sets[0].records[0]["Phone"] == "050 3")
    }

    @Test("A file on disk that does not parse is never overwritten")
    func unreadableNotOverwritten() throws {
        let store = try TemporaryStore(["households/h-1/household.rec": householdText])
        let writer = StoreWriter(root: store.root, workstation: "ws1")
        let path = "households/h-1/household.rec"
        let base = try #require(try writer.read(path))
        try store.write(path, "%rec: Household\n\nId: h-1\nkapot\n")
        #expect(throws: StoreWriteError.unreadableOnDisk(StoreProblem(path: path, line: 4, kind: .expectedField))) {
            try writer.save(path, base: base, ours: changed(base, "Phone", "1"))
        }
        #expect(try String(contentsOfFile: store.root + "/" + path, encoding: .utf8) == "%rec: Household\n\nId: h-1\nkapot\n")
    }

    @Test("Files that only grow are created once; the same name again is refused")
    func createOnce() throws {
        let store = try TemporaryStore()
        let writer = StoreWriter(root: store.root, workstation: "ws1")
        let path = "households/h-1/journal/20261123T101530Z-ab-ws1-aaaa.rec"
        try writer.create(path, sets(TemporaryStore.journal("j-1")))
        #expect(throws: StoreWriteError.exists(path: path)) { try writer.create(path, sets(TemporaryStore.journal("j-2"))) }
        #expect(try writer.read(path)?.sets[0].records[0]["Id"] == "j-1")
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
        let folderMode = try FileManager.default.attributesOfItem(atPath: store.root + "/households/h-1/journal")[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
    }

    @Test("Versions written are remembered, so the common ancestor of two later versions is found")
    func ancestors() throws {
        let store = try TemporaryStore(["households/h-1/household.rec": householdText])
        let writer = StoreWriter(root: store.root, workstation: "ws1")
        let path = "households/h-1/household.rec"
        let original = try #require(try writer.read(path))
        guard case .saved(let mine) = try writer.save(path, base: original, ours: changed(original, "Phone", "1")),
              case .saved(let mine2) = try writer.save(path, base: mine, ours: changed(mine, "Email", "x@example.org"))
        else { Issue.record("not saved"); return }
        // Another workstation's version made from the original.
        let theirs = try FileVersion(bytes: FileVersion.encode(changed(original, "City", "Thesinge"), parent: original.hash))
        let history = VersionHistory(root: store.root)
        #expect(history.commonAncestor(mine2, theirs, path: path)?.hash == original.hash)
        #expect(history.commonAncestor(theirs, mine2, path: path)?.hash == original.hash)
    }

    @Test("Temporary files an interrupted write left behind are removed once they are old; fresh ones stay")
    func staleTemporaries() throws {
        let store = try TemporaryStore(["households/h-1/household.rec": householdText])
        try store.write("households/h-1/.household.rec.wijk-abc.tmp", "half")
        try store.write("households/h-1/journal/.x.rec.wijk-def.tmp", "half")
        let writer = StoreWriter(root: store.root, workstation: "ws1")
        let now = Timestamp(seconds: Int64(Date().timeIntervalSince1970))
        #expect(writer.removeStaleTemporaries(now: now) == 0)
        #expect(writer.removeStaleTemporaries(now: Timestamp(seconds: now.seconds + 3600)) == 2)
        #expect(!FileManager.default.fileExists(atPath: store.root + "/households/h-1/.household.rec.wijk-abc.tmp"))
        #expect(FileManager.default.fileExists(atPath: store.root + "/households/h-1/household.rec"))
    }
}
