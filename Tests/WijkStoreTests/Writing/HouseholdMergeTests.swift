import Foundation
import Testing
import TestSupport
import WijkDomain
@testable import WijkStore

/// A copy of the demo store in which household h-0010 (members, plan, budget, journal, ZRM, expenses, referrals
/// and, here, a linked request) turns out to be h-0039 (a plan and a journal only).
private final class MergeStore {
    let root = NSTemporaryDirectory() + "wijk-merge-" + UUID().uuidString
    let today = Day(iso: "2026-12-07")!

    init() throws {
        try FileManager.default.copyItem(atPath: Repository.path("seeds"), toPath: root)
        let request = root + "/requests/20261116T092521Z-mk-ws2-y46t.rec"
        try String(contentsOfFile: request, encoding: .utf8).replacingOccurrences(of: "Household: h-0039", with: "Household: h-0010")
            .write(toFile: request, atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Every file of the store but this workstation's own and the audit trail, by path.
    func files() -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.enumerator(atPath: root)?.compactMap({ $0 as? String }) ?? []
        where !path.hasPrefix(".wijk") && !path.hasPrefix("audit") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder), !isFolder.boolValue
            else { continue }
            files[path] = FileManager.default.contents(atPath: root + "/" + path)
        }
        return files
    }

    func names(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []).sorted()
    }

    func prepare(keep: String = "h-0039", other: String = "h-0010",
                 stamps: [String] = ["20261207T100000Z-mk-ws1-aaaaaaaa", "20261207T100000Z-mk-ws1-bbbbbbbb"]) throws -> HouseholdMerge {
        let snapshot = try StoreReader.read(root)
        return try HouseholdMerge.prepare(
            root: root, keep: keep, other: other, worker: "w-mk", today: today,
            stamps: stamps,
            notes: HouseholdMerge.Notes(keep: "Samengevoegd met \(other).", other: "Samengevoegd met \(keep)."),
            requests: snapshot.requests.filter { $0.household == other }.map(\.id))
    }
}

@Suite("Merging two households that turn out to be one")
struct HouseholdMergeTests {
    @Test("Everything of the other household moves to the one kept, and nothing is deleted")
    func everythingMoves() throws {
        let store = try MergeStore()
        let before = try StoreReader.read(store.root)
        let keep = before.dossiers.first { $0.id == "h-0039" }!
        let other = before.dossiers.first { $0.id == "h-0010" }!
        let otherFiles = StoreLayout.householdFolders.flatMap { folder in
            store.names("households/h-0010/" + folder).map { folder + "/" + $0 }
        }
        #expect(otherFiles.count > 5)

        let merge = try store.prepare()
        #expect(try merge.commit(root: store.root, workstation: "ws1", worker: "w-mk",
                                 at: Timestamp(iso: "2026-12-07T10:00:00Z")!))

        let after = try StoreReader.read(store.root)
        #expect(after.problems.isEmpty, "\(after.problems)")
        let kept = after.dossiers.first { $0.id == "h-0039" }!
        let closed = after.dossiers.first { $0.id == "h-0010" }!
        for file in otherFiles {
            #expect(FileManager.default.fileExists(atPath: store.root + "/households/h-0039/" + file), "\(file) moved")
        }
        #expect(store.files().keys.filter { $0.hasPrefix("households/h-0010/") }.sorted()
                == ["households/h-0010/household.rec", "households/h-0010/journal/20261207T100000Z-mk-ws1-bbbbbbbb.rec"],
                "the household file stays, and the note that says where everything went")
        #expect(closed.household.status == .closed && closed.household.closeReason == .merged)
        #expect(closed.household.mergedInto == "h-0039" && closed.household.closed == store.today)
        #expect(closed.members == other.members, "the closed household keeps its members as they were")
        #expect(kept.members.count == keep.members.count + other.members.count)
        #expect(kept.goals.count == keep.goals.count + other.goals.count)
        #expect(kept.actions.count == keep.actions.count + other.actions.count)
        #expect(Set(kept.goals.map(\.id)).count == kept.goals.count, "goal ids stay unique")
        #expect(kept.actions.allSatisfy { action in action.goal.isEmpty || kept.goals.contains { $0.id == action.goal } })
        #expect(kept.journal.count == keep.journal.count + other.journal.count + 1)
        #expect(kept.assessments.count == keep.assessments.count + other.assessments.count)
        #expect(kept.expenses.count == keep.expenses.count + other.expenses.count)
        #expect(kept.referrals.count == keep.referrals.count + other.referrals.count)
        #expect(kept.budget == other.budget, "a budget moves to a household without one")
        #expect(after.requests.filter { $0.household == "h-0010" }.isEmpty)
        #expect(before.requests.filter { $0.household == "h-0010" }.count == 1)
        #expect(merge.requests.count == 1)
        #expect(merge.moved.count == otherFiles.count + 2, "the plan and the budget too")

        let (_, problems) = try StoreValidator.readAndCheck(store.root)
        #expect(problems.filter { !$0.kind.isWarning }.isEmpty, "\(problems)")
        if let failures = try Command.recfixFailures(Command.recFiles(under: store.root + "/households")) {
            #expect(failures.isEmpty, "\(failures)")
        }
        let audit = try String(contentsOfFile: store.root + "/" + AuditLog(root: store.root, workstation: "ws1")
            .path(for: Timestamp(iso: "2026-12-07T10:00:00Z")!), encoding: .utf8)
        #expect(audit.components(separatedBy: "Action: move").count - 1 == merge.moved.count)
    }

    @Test("Members are matched by BSN and by name and date of birth; the others get ids of their own, what points at them follows, and a shielded household keeps its shield")
    func members() throws {
        let store = try MergeStore()
        let keepText = TemporaryStore.household("h-a", members: """
            Id: m-1
            Name: Sara Bakker
            Born: 1980-02-03
            BSN: 111222333

            Id: m-2
            Name: Tim Bakker
            Born: 2012-05-06
            """)
        let otherText = TemporaryStore.household("h-b", name: "Backer", members: """
            Id: m-1
            Name: Tim Bakker
            Born: 2012-05-06
            Phone: 06-12345678

            Id: m-2
            Name: S. Bakker
            BSN: 111222333

            Id: m-3
            Name: Noor Bakker
            Born: 2015-01-01

            Id: m-4
            Name: Sara Backer
            Born: 1980-02-03

            Id: m-5
            Name: Tom Bakker
            Born: 2012-05-06
            """)
        for (id, text) in [("h-a", keepText), ("h-b", otherText)] {
            try FileManager.default.createDirectory(atPath: store.root + "/households/" + id, withIntermediateDirectories: true)
            try text.write(toFile: store.root + "/households/" + id + "/household.rec", atomically: true, encoding: .utf8)
        }
        try """
            %rec: Goal
            %key: Id

            Id: g-1
            Domain: Network
            Text: Noor heeft een vriendin.

            %rec: Action
            %key: Id

            Id: a-1
            Goal: g-1
            Text: Noor gaat naar de sportclub.
            Who: member:m-3
            """.write(toFile: store.root + "/households/h-b/plan.rec", atomically: true, encoding: .utf8)
        let shielded = store.root + "/households/h-b/household.rec"
        try String(contentsOfFile: shielded, encoding: .utf8).replacingOccurrences(of: "Status: active",
                                                                                  with: "Status: active\nConfidentiality: restricted")
            .write(toFile: shielded, atomically: true, encoding: .utf8)
        let merge = try store.prepare(keep: "h-a", other: "h-b")
        try merge.commit(root: store.root, workstation: "ws1", worker: "w-mk", at: Timestamp(iso: "2026-12-07T10:00:00Z")!)
        let kept = try StoreReader.read(store.root).dossiers.first { $0.id == "h-a" }!
        #expect(kept.members.map(\.name) == ["Sara Bakker", "Tim Bakker", "Noor Bakker", "Tom Bakker"],
                "Sara Backer, born the same day, is Sara; Tom, Tim's twin, is not Tim")
        #expect(kept.members[1].phone == "06-12345678", "what only the other knew is added")
        #expect(kept.members[2].id == "m-3")
        #expect(kept.goals.map(\.id) == ["g-1"])
        #expect(kept.actions.first?.who == .member("m-3"))
        #expect(kept.household.confidentiality == .restricted, "what was shielded stays shielded")
    }

    @Test("A kill at any step leaves all of the merge or none of it once the store is opened again")
    func killInTheMiddle() throws {
        let store = try MergeStore()
        let original = store.files()
        let merge = try store.prepare()
        #expect(merge.steps.count > 10)
        var merged: [String: Data]?
        for stop in [0, 1, 2, merge.steps.count / 2, merge.steps.count - 1, merge.steps.count] {
            var transaction = StoreTransaction(root: store.root)
            transaction.stopAfter = stop
            try transaction.commit(merge.steps)
            #expect(FileManager.default.fileExists(atPath: store.root + "/.wijk/transaction/steps"), "cut short at \(stop)")
            _ = try StoreReader.read(store.root)
            #expect(store.files() == original, "after a kill at step \(stop) of \(merge.steps.count), nothing changed")
        }
        try StoreTransaction(root: store.root).commit(merge.steps)
        merged = store.files()
        _ = try StoreReader.read(store.root)
        #expect(store.files() == merged, "a finished merge stays")
        #expect(!FileManager.default.fileExists(atPath: store.root + "/.wijk/transaction"))
    }

    @Test("Undo puts every file back as it was, the merge's notes withdrawn by corrections; a file changed since stops it whole")
    func undo() throws {
        let store = try MergeStore()
        let original = store.files()
        let time = Timestamp(iso: "2026-12-07T10:00:00Z")!
        let merge = try store.prepare()
        try merge.commit(root: store.root, workstation: "ws1", worker: "w-mk", at: time)
        let stamps = ["20261207T100100Z-mk-ws1-cccccccc", "20261207T100100Z-mk-ws1-dddddddd"]
        try merge.undo(root: store.root, workstation: "ws1", worker: "w-mk", at: time, today: store.today, stamps: stamps,
                       withdrawn: "Ingetrokken: deze notitie is ongedaan gemaakt.")
        var after = store.files()
        #expect(merge.notes.count == 2)
        for note in merge.notes { #expect(after.removeValue(forKey: note) != nil, "the journal keeps \(note)") }
        let corrections = after.keys.filter { key in stamps.contains { key.contains($0) } }
        #expect(corrections.count == 2)
        for key in corrections { after.removeValue(forKey: key) }
        #expect(after == original, "everything else as it was")
        let snapshot = try StoreReader.read(store.root)
        for id in ["h-0039", "h-0010"] {
            let dossier = try #require(snapshot.dossiers.first { $0.id == id })
            let note = try #require(dossier.journal.first { $0.text.hasPrefix("Samengevoegd met") })
            #expect(dossier.corrections(of: note).map(\.text) == ["Ingetrokken: deze notitie is ongedaan gemaakt."])
        }

        let again = try store.prepare(stamps: ["20261207T100300Z-mk-ws1-gggggggg", "20261207T100300Z-mk-ws1-hhhhhhhh"])
        try again.commit(root: store.root, workstation: "ws1", worker: "w-mk", at: time)
        let path = store.root + "/households/h-0039/household.rec"
        try (String(contentsOfFile: path, encoding: .utf8) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let afterEdit = store.files()
        #expect(throws: StoreWriteError.changedSince(path: "households/h-0039/household.rec")) {
            try again.undo(root: store.root, workstation: "ws1", worker: "w-mk", at: time, today: store.today,
                           stamps: ["20261207T100200Z-mk-ws1-eeeeeeee", "20261207T100200Z-mk-ws1-ffffffff"], withdrawn: "x")
        }
        #expect(store.files() == afterEdit)
    }

    @Test("A file changed elsewhere after the merge was worked out stops it before anything is written")
    func changedElsewhere() throws {
        let store = try MergeStore()
        let merge = try store.prepare()
        let plan = store.root + "/households/h-0010/plan.rec"
        try (String(contentsOfFile: plan, encoding: .utf8) + "\n").write(toFile: plan, atomically: true, encoding: .utf8)
        let before = store.files()
        #expect(throws: StoreWriteError.changedSince(path: "households/h-0010/plan.rec")) {
            try merge.commit(root: store.root, workstation: "ws1", worker: "w-mk", at: Timestamp(iso: "2026-12-07T10:00:00Z")!)
        }
        #expect(store.files() == before)
    }

    @Test("A household cannot be merged with itself, with one that is not there, twice, or into a closed one")
    func refusals() throws {
        let store = try MergeStore()
        #expect(throws: HouseholdMerge.Refusal.sameHousehold) { try store.prepare(keep: "h-0001", other: "h-0001") }
        #expect(throws: HouseholdMerge.Refusal.missing("h-9999")) { try store.prepare(keep: "h-0001", other: "h-9999") }
        try store.prepare().commit(root: store.root, workstation: "ws1", worker: "w-mk", at: Timestamp(iso: "2026-12-07T10:00:00Z")!)
        #expect(throws: HouseholdMerge.Refusal.alreadyMerged("h-0010")) { try store.prepare(keep: "h-0002", other: "h-0010") }
        let closed = try #require(try StoreReader.read(store.root).dossiers.first { $0.household.status == .closed && $0.household.mergedInto == nil })
        #expect(throws: HouseholdMerge.Refusal.keepClosed(closed.id)) { try store.prepare(keep: closed.id, other: "h-0002") }
    }

    @Test("Merged into a shielded household, the closed one is shielded too: what it says would tell who is")
    func shieldedStub() throws {
        let store = try MergeStore()
        let path = store.root + "/households/h-0039/household.rec"
        try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Confidentiality: normal",
                                                                               with: "Confidentiality: restricted")
            .write(toFile: path, atomically: true, encoding: .utf8)
        try store.prepare().commit(root: store.root, workstation: "ws1", worker: "w-mk", at: Timestamp(iso: "2026-12-07T10:00:00Z")!)
        let stub = try #require(try StoreReader.read(store.root).dossiers.first { $0.id == "h-0010" })
        #expect(stub.household.confidentiality == .restricted)
    }
}
