import Foundation
import Testing
import WijkDomain
import TestSupport
@testable import WijkStore

@Suite("The private copy of the demo store")
struct DemoStoreTests {
    @Test("The demo is copied whole with owner-only permissions, then reused as it is")
    func copyThenReuse() throws {
        let seeds = try TemporaryStore([
            "households/h-1/household.rec": TemporaryStore.household("h-1"),
            "households/h-1/journal/a.rec": TemporaryStore.journal("j-1"),
        ])
        let parent = try TemporaryStore(info: false)
        let target = parent.root + "/nested/demo"
        #expect(try DemoStore.prepare(seeds: seeds.root, target: target) == .created)
        #expect(try StoreReader.read(target).dossiers.first?.journal.count == 1)
        let fileMode = try FileManager.default.attributesOfItem(atPath: target + "/households/h-1/journal/a.rec")[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: target + "/households")[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)

        try "changed by the user".write(toFile: target + "/households/h-1/journal/a.rec", atomically: true, encoding: .utf8)
        #expect(try DemoStore.prepare(seeds: seeds.root, target: target) == .reused)
        #expect(try String(contentsOfFile: target + "/households/h-1/journal/a.rec", encoding: .utf8) == "changed by the user")
    }

    @Test("A folder with other files is never written over")
    func neverOverwrites() throws {
        let seeds = try TemporaryStore()
        let other = try TemporaryStore(["notities.txt": "belangrijk"], info: false)
        #expect(throws: DemoStore.Failure.targetNotAStore(path: other.root)) {
            try DemoStore.prepare(seeds: seeds.root, target: other.root)
        }
        #expect(try String(contentsOfFile: other.root + "/notities.txt", encoding: .utf8) == "belangrijk")
    }

    @Test("A demo copied on a later day moves every date and stamp along, file names included, so signals stay the same")
    func datesMoveAlong() throws {
        let seeds = try TemporaryStore([
            "households/h-1/household.rec": TemporaryStore.household("h-1"),
            "households/h-1/journal/20261120T101530Z-ab-ws1-abcd.rec":
                TemporaryStore.journal("20261120T101530Z-ab-ws1-abcd", date: "2026-11-20", text: "Tel 0612345678, pin 1234"),
        ])
        try seeds.write(StoreLayout.infoFile, TemporaryStore.info + "DemoDate: 2026-11-23\n")
        let parent = try TemporaryStore(info: false)
        let target = parent.root + "/demo"
        _ = try DemoStore.prepare(seeds: seeds.root, target: target, today: Day(iso: "2027-01-02"))
        let snapshot = try StoreReader.read(target)
        #expect(snapshot.problems == [])
        let dossier = try #require(snapshot.dossiers.first)
        #expect(dossier.household.start == Day(iso: "2026-02-14"))
        #expect(dossier.household.evaluation == Day(iso: "2027-01-10"))
        #expect(dossier.members.first?.born == Day(iso: "1985-05-22"))
        #expect(dossier.journal.first?.date == Day(iso: "2026-12-30"))
        #expect(dossier.journal.first?.id == "20261230T101530Z-ab-ws1-abcd")
        #expect(dossier.journal.first?.text == "Tel 0612345678, pin 1234", "other numbers stay as they are")
        #expect(FileManager.default.fileExists(atPath: target + "/households/h-1/journal/20261230T101530Z-ab-ws1-abcd.rec"))
        #expect(try String(contentsOfFile: target + "/wijkdesk.rec", encoding: .utf8).contains("DemoDate: 2027-01-02"))
        #expect(DemoStore.shifted("2026-02-28 en 20261231T235959Z", days: 1) == "2026-03-01 en 20270101T235959Z")
    }

    @Test("The shipped demo, moved 400 days on, still reads and checks without a problem")
    func shippedDemoMoves() throws {
        let seeds = Repository.path("seeds")
        let parent = try TemporaryStore(info: false)
        let target = parent.root + "/demo"
        _ = try DemoStore.prepare(seeds: seeds, target: target, today: Day(iso: "2027-12-28"))
        let moved = try StoreReader.read(target)
        let original = try StoreReader.read(seeds)
        #expect(moved.problems == [])
        #expect(StoreValidator.problems(in: moved) == [])
        let signals = { (s: StoreSnapshot, day: Day) in s.dossiers.map { $0.signals(on: day) } }
        #expect(signals(moved, Day(iso: "2027-12-28")!) == signals(original, Day(iso: "2026-11-23")!))
    }
}
