import Foundation
import Testing
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
}
