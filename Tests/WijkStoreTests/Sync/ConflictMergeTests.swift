import Foundation
import Testing
import TestSupport
import WijkDomain
@testable import WijkStore

@Suite("Conflict copies from sync tools")
struct ConflictMergeTests {
    let time = Timestamp(seconds: 1_795_774_530)
    let path = "households/h-1/household.rec"

    @Test("The names Syncthing, Nextcloud, ownCloud and Dropbox give conflict copies lead back to the file", arguments: [
        ("household.sync-conflict-20261123-101530-ABCDEFG.rec", "household.rec"),
        ("household (conflicted copy 2026-11-23 101530).rec", "household.rec"),
        ("household (conflicted copy anouk 2026-11-23 101530).rec", "household.rec"),
        ("household (Anouk's conflicted copy 2026-11-23).rec", "household.rec"),
        ("household_conflict-20261123-101530.rec", "household.rec"),
        ("20261120T090000Z-ab-ws1-aaaa.sync-conflict-20261123-101530-Q2W3E4R.rec", "20261120T090000Z-ab-ws1-aaaa.rec"),
    ])
    func names(copy: String, original: String) {
        #expect(ConflictCopy.originalName(of: copy) == original)
        #expect(StoreLayout.isConflictCopy(copy))
    }

    @Test("Ordinary names are no conflict copies")
    func ordinary() {
        #expect(ConflictCopy.originalName(of: "household.rec") == nil)
        #expect(ConflictCopy.originalName(of: "20261120T090000Z-ab-ws1-aaaa.rec") == nil)
        for name in ["household.rec", "20261120T090000Z-ab-ws1-aaaa.rec", "", "_conflict", "sync-conflict-x.rec",
                     "conflicted cop.rec", "Ünïcode conflicted.rec"] {
            #expect(!StoreLayout.isConflictCopy(name), "\(name)")
        }
        #expect(StoreLayout.isConflictCopy("Ünïcode_conflict-1.rec"))
    }

    /// Two workstations each save a change to the same original; the second ends up as a Syncthing conflict copy.
    func divergent(_ store: TemporaryStore, mine: (String, String), theirs: (String, String)) throws -> String {
        let writer = StoreWriter(root: store.root, workstation: "ws1")
        let original = try #require(try writer.read(path))
        let edit = { (field: String, value: String) in
            RecordMerge.resolve(original.sets, [(FieldConflict(type: "Household", key: "Id:h-1", field: field,
                                                               base: nil, ours: nil, theirs: nil), value)])
        }
        _ = try writer.save(path, base: original, ours: edit(mine.0, mine.1))
        let other = FileVersion.encode(edit(theirs.0, theirs.1), parent: original.hash)
        let copy = "households/h-1/household.sync-conflict-20261123-101530-ABCDEFG.rec"
        try store.write(copy, bytes: other)
        return copy
    }

    @Test("Changes to different fields are merged into the file and the copy goes to the archive")
    func mergesAndArchives() throws {
        let store = try TemporaryStore([path: TemporaryStore.household("h-1")])
        let copy = try divergent(store, mine: ("Phone", "050 1"), theirs: ("Email", "b@example.org"))
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.conflictCopies == [copy])
        let report = ConflictMerge(writer: StoreWriter(root: store.root, workstation: "ws1")).run(snapshot.conflictCopies, at: time)
        #expect(report.merged.map(\.path) == [copy])
        #expect(report.pending == [])
        let household = try #require(try StoreReader.read(store.root).dossiers.first?.household)
        #expect(household.phone == "050 1")
        #expect(household.email == "b@example.org")
        #expect(!FileManager.default.fileExists(atPath: store.root + "/" + copy))
        let archived = store.root + "/archive/conflicts/2026-11-27/ws1/" + copy
        #expect(FileManager.default.fileExists(atPath: archived))
        #expect(try StoreReader.read(store.root).problems == [])
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
    }

    @Test("The same field changed in both is left for a person; once chosen, saved and archived")
    func pendingThenResolved() throws {
        let store = try TemporaryStore([path: TemporaryStore.household("h-1")])
        let copy = try divergent(store, mine: ("Phone", "050 1"), theirs: ("Phone", "050 2"))
        let merger = ConflictMerge(writer: StoreWriter(root: store.root, workstation: "ws1"))
        let report = merger.run([copy], at: time)
        let pending = try #require(report.pending.first)
        #expect(pending.conflicts.map(\.field) == ["Phone"])
        #expect(pending.conflicts[0].ours == "050 2")
        #expect(pending.conflicts[0].theirs == "050 1")
        #expect(FileManager.default.fileExists(atPath: store.root + "/" + copy), "nothing is decided silently")
        let outcome = try merger.resolve(pending, choices: [(pending.conflicts[0], "050 2")], at: time)
        guard case .saved = outcome else { Issue.record("not saved"); return }
        #expect(try StoreReader.read(store.root).dossiers.first?.household.phone == "050 2")
        #expect(!FileManager.default.fileExists(atPath: store.root + "/" + copy))
    }

    @Test("Without a known common version, differing fields are asked about and added fields kept")
    func noAncestor() throws {
        let store = try TemporaryStore([path: TemporaryStore.household("h-1")])
        let copy = "households/h-1/household (conflicted copy 2026-11-23 101530).rec"
        try store.write(copy, TemporaryStore.household("h-1", extra: "Phone: 050 9\n"))
        let report = ConflictMerge(writer: StoreWriter(root: store.root, workstation: "ws1")).run([copy], at: time)
        #expect(report.merged.count == 1, "only an added field: merged")
        #expect(try StoreReader.read(store.root).dossiers.first?.household.phone == "050 9")
    }
}
