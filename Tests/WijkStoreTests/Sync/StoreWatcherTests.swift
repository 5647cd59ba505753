import Foundation
import Testing
import TestSupport
@testable import WijkStore

@Suite("Noticing changes made elsewhere", .serialized)
struct StoreWatcherTests {
    /// Waits up to `seconds` for the watcher to report a path for which `match` holds.
    func wait(_ watcher: StoreWatcher, seconds: Double = 4, _ match: (String) -> Bool) -> Set<String> {
        let deadline = Date().addingTimeInterval(seconds)
        var seen: Set<String> = []
        while Date() < deadline {
            seen.formUnion(watcher.takeChanges())
            if seen.contains(where: match) { return seen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return seen
    }

    @Test("A new journal entry, a replaced household file and a new household are noticed", arguments: [false, true])
    func notices(polling: Bool) throws {
        let store = try TemporaryStore(["households/h-1/household.rec": TemporaryStore.household("h-1"),
                                        "households/h-1/journal/a.rec": TemporaryStore.journal("j-1")])
        let watcher = StoreWatcher(root: store.root, interval: 0.2, polling: polling)
        watcher.start()
        defer { watcher.stop() }
        #expect(watcher.mode == (polling ? .polling : .inotify))

        try store.write("households/h-1/journal/b.rec", TemporaryStore.journal("j-2"))
        var seen = wait(watcher) { StoreReader.part(of: $0) == .household("h-1") }
        #expect(seen.contains { StoreReader.part(of: $0) == .household("h-1") }, "\(seen)")

        let writer = StoreWriter(root: store.root, workstation: "ws2")
        let base = try writer.read("households/h-1/household.rec")
        _ = try writer.save("households/h-1/household.rec", base: base, ours: base!.sets)
        seen = wait(watcher) { StoreReader.part(of: $0) == .household("h-1") }
        #expect(seen.contains { StoreReader.part(of: $0) == .household("h-1") })

        try store.write("households/h-2/household.rec", TemporaryStore.household("h-2"))
        seen = wait(watcher) { StoreReader.part(of: $0) == .household("h-2") }
        #expect(seen.contains { StoreReader.part(of: $0) == .household("h-2") }, "\(seen)")
    }

    @Test("A second referral written elsewhere in a household that had one is noticed", arguments: [false, true])
    func noticesReferrals(polling: Bool) throws {
        let store = try TemporaryStore(["households/h-1/household.rec": TemporaryStore.household("h-1"),
                                        "households/h-1/referrals/a.rec": "%rec: Referral\n\nId: v-1\n"])
        let watcher = StoreWatcher(root: store.root, interval: 0.2, polling: polling)
        watcher.start()
        defer { watcher.stop() }
        // Only a file in the referrals folder changes: not the household's folder, nor any file beside it.
        try store.write("households/h-1/referrals/b.rec", "%rec: Referral\n\nId: v-2\n")
        let seen = wait(watcher) { $0.hasPrefix("households/h-1/referrals") }
        #expect(seen.contains { $0.hasPrefix("households/h-1/referrals") }, "\(seen)")
        #expect(seen.allSatisfy { StoreReader.part(of: $0) == .household("h-1") }, "\(seen)")
    }

    @Test("Network shares are recognised from the mount table")
    func networkShares() {
        #expect(!StoreWatcher.isNetworkFileSystem(NSTemporaryDirectory()))
    }
}
