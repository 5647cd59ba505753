import Foundation
import Testing
import TestSupport
import WijkDomain
@testable import WijkStore

/// Workstations that saved while they could not sync: the version both started from is found however many
/// saves each side made and whichever workstation wrote it, so only a field changed on both sides waits.
@Suite("Working apart: copies made on several workstations merge three ways")
struct WorkingApartTests {
    static let path = "households/h-1/household.rec"
    static let copyName = "households/h-1/household.sync-conflict-20261208-101010-ABCDEFG.rec"

    /// One workstation's copy of the store, with its own `.wijk`.
    struct Side {
        let store: TemporaryStore
        let writer: StoreWriter
        var root: String { store.root }

        init(_ name: String, from other: Side? = nil) throws {
            store = try TemporaryStore(other == nil ? ["households/h-1/household.rec": TemporaryStore.household("h-1")] : [:])
            writer = StoreWriter(root: store.root, workstation: name)
            if let other { try other.sync(to: self) }
        }

        func read() throws -> FileVersion { try #require(try writer.read(WorkingApartTests.path)) }

        /// `count` saves, each setting `field` to `PREFIX-N`, a minute apart from `start`.
        @discardableResult
        func save(_ field: String, _ prefix: String, count: Int, start: Int64 = 1_765_000_000, worker: String = "w-ab") throws -> FileVersion {
            var last = try read()
            for n in 1...count {
                let base = try read()
                let ours = RecordMerge.resolve(base.sets, [(FieldConflict(type: "Household", key: "Id:h-1", field: field,
                                                                          base: nil, ours: nil, theirs: nil), "\(prefix)-\(n)")])
                let saved = FileVersion.Saved(time: Timestamp(seconds: start + Int64(n) * 60), workstation: writer.workstation,
                                              worker: worker)
                guard case .saved(let written) = try writer.save(WorkingApartTests.path, base: base, ours: ours, saved: saved) else {
                    Issue.record("save \(n) met a conflict")
                    return last
                }
                last = written
            }
            return last
        }

        /// What a sync tool carries to `other`: every file but this workstation's own folder, the household file
        /// itself only when `household` (else it arrives as a conflict copy with `asCopy`).
        func sync(to other: Side, household: Bool = true, history: Bool = true, asCopy: Bool = false) throws {
            let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
            for file in files where !file.hasPrefix(".wijk") {
                var directory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: root + "/" + file, isDirectory: &directory), !directory.boolValue
                else { continue }
                if file.hasPrefix("history/") && !history { continue }
                if file.contains(".sync-conflict-") { continue }
                var target = file
                if file == WorkingApartTests.path {
                    guard household || asCopy else { continue }
                    if asCopy { target = WorkingApartTests.copyName }
                }
                if !asCopy || file == WorkingApartTests.path {
                    try? FileManager.default.createDirectory(atPath: other.root + "/" + (target as NSString).deletingLastPathComponent,
                                                             withIntermediateDirectories: true)
                    try? FileManager.default.removeItem(atPath: other.root + "/" + target)
                    try FileManager.default.copyItem(atPath: root + "/" + file, toPath: other.root + "/" + target)
                } else if file.hasPrefix("history/") {
                    try? FileManager.default.createDirectory(atPath: other.root + "/" + (target as NSString).deletingLastPathComponent,
                                                             withIntermediateDirectories: true)
                    if !FileManager.default.fileExists(atPath: other.root + "/" + target) {
                        try FileManager.default.copyItem(atPath: root + "/" + file, toPath: other.root + "/" + target)
                    }
                }
            }
        }

        func merge(dryRun: Bool = false) -> ConflictMerge.Report {
            ConflictMerge(writer: writer).run([WorkingApartTests.copyName], at: Timestamp(seconds: 1_766_000_000), dryRun: dryRun)
        }

        func household() throws -> Record { try read().sets.first { $0.type == "Household" }!.records[0] }
    }

    @Test("Ten saves on each side apart, the other side's version arriving as a conflict copy: merged by itself, every edit kept")
    func tenSavesEach() throws {
        let a = try Side("werkplek-a")
        let b = try Side("werkplek-b", from: a)
        try a.save("Phone", "a", count: 10)
        try b.save("Email", "b", count: 10)
        try b.sync(to: a, household: false, history: false, asCopy: true)
        let report = a.merge()
        #expect(report.pending.isEmpty, "\(report.pending.map(\.conflicts))")
        #expect(report.merged.count == 1)
        let merged = try a.household()
        #expect(merged["Phone"] == "a-10" && merged["Email"] == "b-10")
        #expect(!FileManager.default.fileExists(atPath: a.root + "/" + Self.copyName), "the copy is archived")
        #expect(try a.read().parents.count == 2, "the merge names both versions it came from")
    }

    @Test("Forty saves on each side, more than a file names: the synced history leads back to where both started")
    func fortySavesEach() throws {
        let a = try Side("werkplek-a")
        let b = try Side("werkplek-b", from: a)
        try a.save("Phone", "a", count: 40)
        try b.save("Email", "b", count: 40)
        try b.sync(to: a, household: false, asCopy: true)
        let report = a.merge()
        #expect(report.pending.isEmpty, "\(report.pending.map(\.conflicts))")
        #expect(try a.household()["Email"] == "b-40" && a.household()["Phone"] == "a-40")
    }

    @Test("The version both started from was written by the other workstation, and this one never saved on it")
    func ancestorWrittenElsewhere() throws {
        let a = try Side("werkplek-a")
        try a.save("Street", "a", count: 1)
        let b = try Side("werkplek-b", from: a)
        let c = try Side("werkplek-c", from: a)
        try b.save("Phone", "b", count: 3)
        try c.save("Email", "c", count: 3)
        // A third workstation that only reads merges the two: its own folder knows none of these versions.
        let d = try Side("werkplek-d", from: a)
        try b.sync(to: d)
        try c.sync(to: d, household: false, asCopy: true)
        let report = d.merge()
        #expect(report.pending.isEmpty, "\(report.pending.map(\.conflicts))")
        let merged = try d.household()
        #expect(merged["Phone"] == "b-3" && merged["Email"] == "c-3" && merged["Street"] == "a-1")
    }

    @Test("Three ways apart: two copies merged one after the other, each against where it started")
    func threeWaySplit() throws {
        let a = try Side("werkplek-a")
        let b = try Side("werkplek-b", from: a)
        let c = try Side("werkplek-c", from: a)
        try a.save("Phone", "a", count: 4)
        try b.save("Email", "b", count: 5)
        try c.save("City", "c", count: 6)
        try b.sync(to: a, household: false, asCopy: true)
        #expect(a.merge().pending.isEmpty)
        try c.sync(to: a, household: false, asCopy: true)
        let report = a.merge()
        #expect(report.pending.isEmpty, "\(report.pending.map(\.conflicts))")
        let merged = try a.household()
        #expect(merged["Phone"] == "a-4" && merged["Email"] == "b-5" && merged["City"] == "c-6")
        // The merged file travels on; the next round apart starts from it on both sides.
        try a.sync(to: b)
        try a.save("Phone", "a2", count: 2)
        try b.save("Email", "b2", count: 2)
        try b.sync(to: a, household: false, asCopy: true)
        #expect(a.merge().pending.isEmpty)
        #expect(try a.household()["Phone"] == "a2-2" && a.household()["Email"] == "b2-2")
    }

    @Test("A third workstation merges two copies: the second collides, each side credited to who saved it, not to the merge")
    func creditThroughMerge() throws {
        let a = try Side("werkplek-a")
        let b = try Side("werkplek-b", from: a)
        let c = try Side("werkplek-c", from: a)
        try a.save("Phone", "a", count: 1, start: 1_765_000_000, worker: "w-ab")
        try b.save("Phone", "b", count: 1, start: 1_765_000_500, worker: "w-mk")
        // c receives a's version as one copy and b's as another.
        let copyA = "households/h-1/household.sync-conflict-20261208-101010-AAAAAAA.rec"
        try FileManager.default.copyItem(atPath: a.root + "/" + Self.path, toPath: c.root + "/" + copyA)
        try a.sync(to: c, household: false)
        try b.sync(to: c, household: false, asCopy: true)
        let copies = [copyA, Self.copyName]
        let dry = ConflictMerge(writer: c.writer).run(copies, at: Timestamp(seconds: 1_766_000_000), dryRun: true)
        #expect(dry.merged.count == 1 && dry.pending.count == 1, "a dry run judges the second copy against the first's merge")
        let report = ConflictMerge(writer: c.writer).run(copies, at: Timestamp(seconds: 1_766_000_000))
        let phone = try #require(report.pending.first?.conflicts.first)
        #expect(phone.field == "Phone")
        #expect(phone.theirsSaved?.worker == "w-ab" && phone.theirsSaved?.time == Timestamp(seconds: 1_765_000_060),
                "the file's value came in with a's copy: a's worker and time, not the merge's")
        #expect(phone.oursSaved?.worker == "w-mk" && phone.theirsIsNewer == false)
    }

    @Test("A form saved against a version twenty saves old merges with them: only what the form changed is written")
    func formLeftOpen() throws {
        let a = try Side("werkplek-a")
        let old = try a.read()
        try a.save("Phone", "x", count: 20)
        let ours = RecordMerge.resolve(old.sets, [(FieldConflict(type: "Household", key: "Id:h-1", field: "Street",
                                                                  base: nil, ours: nil, theirs: nil), "Dorpsstraat 1")])
        guard case .saved = try a.writer.save(Self.path, base: old, ours: ours) else {
            Issue.record("the form's save met a conflict")
            return
        }
        #expect(try a.household()["Phone"] == "x-20" && a.household()["Street"] == "Dorpsstraat 1")
    }

    @Test("The same field changed on both sides waits, with the base value, who changed each side, when, and which is newer")
    func realCollision() throws {
        let a = try Side("werkplek-a")
        let b = try Side("werkplek-b", from: a)
        try a.save("Email", "a", count: 3, start: 1_765_000_000, worker: "w-ab")
        try a.save("Phone", "a", count: 2, start: 1_765_001_000, worker: "w-ab")
        try b.save("Email", "b", count: 2, start: 1_765_002_000, worker: "w-mk")
        try b.save("City", "b", count: 1, start: 1_765_003_000, worker: "w-mk")
        try b.sync(to: a, household: false, asCopy: true)
        let dry = a.merge(dryRun: true)
        #expect(dry.pending.count == 1 && FileManager.default.fileExists(atPath: a.root + "/" + Self.copyName))
        let report = a.merge()
        let pending = try #require(report.pending.first)
        #expect(pending.conflicts.map(\.field) == ["Email"], "Phone and City changed on one side each")
        let email = pending.conflicts[0]
        #expect(email.base == nil && email.ours == "b-2" && email.theirs == "a-3")
        #expect(email.oursSaved?.worker == "w-mk" && email.oursSaved?.time == Timestamp(seconds: 1_765_002_120),
                "the copy's value was made in b's second save")
        #expect(email.theirsSaved?.worker == "w-ab" && email.theirsSaved?.time == Timestamp(seconds: 1_765_000_180),
                "the disk's value was made in a's third save, not in its later saves of Phone")
        #expect(email.theirsIsNewer == false)
        #expect(pending.merged.first { $0.type == "Household" }?.records[0]["City"] == "b-1")
        #expect(pending.merged.first { $0.type == "Household" }?.records[0]["Phone"] == "a-2")
    }

    @Test("A dry run says what it would merge and writes nothing")
    func dryRun() throws {
        let a = try Side("werkplek-a")
        let b = try Side("werkplek-b", from: a)
        try a.save("Phone", "a", count: 2)
        try b.save("Email", "b", count: 2)
        try b.sync(to: a, household: false, asCopy: true)
        let before = try a.read()
        let report = a.merge(dryRun: true)
        #expect(report.merged.count == 1 && report.pending.isEmpty)
        #expect(try a.read() == before)
        #expect(FileManager.default.fileExists(atPath: a.root + "/" + Self.copyName))
    }

    @Test("A file's history is pruned as it is saved: old versions go, never one the file or a waiting copy still names")
    func pruned() throws {
        let a = try Side("werkplek-a")
        let history = VersionHistory(root: a.root)
        let first = try a.save("Phone", "a", count: 1)
        try a.save("Phone", "b", count: 60)
        let folder = history.folder(Self.path)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.count > 60, "within 90 days every version stays")
        history.prune(path: Self.path, keeping: try a.read(), now: Timestamp(seconds: 1_765_100_000))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == names.count)
        // Make every version old, then save once more, a year later.
        for name in names { try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 0)], ofItemAtPath: folder + "/" + name) }
        try FileManager.default.copyItem(atPath: a.root + "/" + Self.path, toPath: a.root + "/" + Self.copyName)
        let last = try a.save("Phone", "c", count: 1, start: 1_800_000_000)
        // One save in sixteen prunes; here the pruning is asked for directly.
        history.prune(path: Self.path, keeping: last, now: Timestamp(seconds: 1_800_000_000))
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder).map { String($0.prefix { $0 != "-" }) })
        #expect(left.count <= 1 + FileVersion.ancestorLimit + 2, "\(left.count) versions left")
        #expect(left.contains(last.hash) && last.lineage.allSatisfy(left.contains), "what the file names stays")
        #expect(!left.contains(first.hash), "the oldest went")
    }

    @Test("A file written before the ancestry line reads with its parent and the same hash as before")
    func oldTrailer() throws {
        let text = TemporaryStore.household("h-1")
        let plain = try FileVersion(bytes: Array(text.utf8))
        let changed = text.replacingOccurrences(of: "De Vries", with: "De Vries-Bos")
        let old = try FileVersion(bytes: Array((changed + "\n# wijk-parent: " + plain.hash + "\n").utf8))
        #expect(old.parents == [plain.hash] && old.ancestors.isEmpty && old.saved == nil)
        #expect(old.hash == (try FileVersion(bytes: Array(changed.utf8))).hash, "the trailer is not content")
        let new = try FileVersion(bytes: FileVersion.encode(plain.sets, from: [old],
                                                            saved: .init(time: Timestamp(seconds: 60), workstation: "ws 1", worker: "w-ab")))
        #expect(new.parents == [old.hash] && new.ancestors == [plain.hash])
        #expect(new.saved == .init(time: Timestamp(seconds: 60), workstation: "ws1", worker: "w-ab"), "a name is one word")
    }
}
