import Foundation
import Testing
import TestSupport
import WijkDomain
@testable import WijkStore

/// The snapshot cache: a start from it shows the store as it was, the check finds every kind of change made
/// since (by Wijkdesk, a sync tool, or an editor writing in place), and a cache that cannot be used is read past.
@Suite("The snapshot cache a workstation starts from")
struct StoreCacheTests {
    static let version = "test-1"

    /// A copy of the demo store, with one broken file so problems travel through the cache too.
    func demoStore() throws -> String {
        let target = NSTemporaryDirectory() + "wijk-cache-" + UUID().uuidString
        _ = try DemoStore.prepare(seeds: Repository.path("seeds"), target: target,
                                  today: Day(year: 2026, month: 11, day: 23))
        try Data("%rec: JournalEntry\n\nId: x\nDate: gisteren\n".utf8)
            .write(to: URL(fileURLWithPath: target + "/households/h-0001/journal/20261101T100000Z-ab-ws1-zzzz.rec"))
        return target
    }

    /// Opens the store as a workstation does after `taking` a cache: recorded, written, loaded.
    func cached(_ root: String, settle: Bool = true) throws -> StoreCache {
        var (_, cache) = try StoreReader.readRecording(root)
        // Files the fixture wrote a moment ago are “racy” (they could change again within the clock tick):
        // a cache taken seconds later would trust them, and so may this one unless a test is about them.
        if settle { cache.takenAt += 10_000_000_000 }
        #expect(cache.save(root: root, version: Self.version))
        return try #require(StoreCache.load(root: root, version: Self.version)?.indexed())
    }

    func expectSame(_ a: StoreSnapshot, _ b: StoreSnapshot, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.dossiers == b.dossiers, sourceLocation: sourceLocation)
        #expect(a.workers == b.workers, sourceLocation: sourceLocation)
        #expect(a.resources == b.resources, sourceLocation: sourceLocation)
        #expect(a.requests == b.requests, sourceLocation: sourceLocation)
        #expect(a.meetings == b.meetings, sourceLocation: sourceLocation)
        #expect(a.problems == b.problems, sourceLocation: sourceLocation)
        #expect(a.info.team == b.info.team, sourceLocation: sourceLocation)
    }

    /// Rewrites `path` in the same file (no rename, so no folder changes), keeping its size.
    func overwriteInPlace(_ path: String, replacing old: String, with new: String) throws {
        #expect(old.utf8.count == new.utf8.count)
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: old, with: new)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    @Test("The snapshot from the cache is the store as read from disk, problems and all, and nothing has changed since")
    func sameAsDisk() throws {
        let root = try demoStore()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let disk = try StoreReader.read(root)
        #expect(disk.problems.contains { $0.path.hasSuffix("zzzz.rec") })
        let cache = try cached(root)
        expectSame(try #require(cache.snapshot), disk)
        #expect(cache.changes(root: root) == [])
    }

    @Test("A file changed in place while Wijkdesk was closed, same size and new content, is found and read again")
    func inPlaceSameSize() throws {
        let root = try demoStore()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cache = try cached(root, settle: false)
        let path = "households/h-0001/household.rec"
        let before = try #require(try StoreReader.read(root).dossiers.first { $0.id == "h-0001" }).household.name
        let changed = String(before.dropLast()) + (before.last == "x" ? "y" : "x")
        try overwriteInPlace(root + "/" + path, replacing: "Name: " + before, with: "Name: " + changed)

        let start = try StoreStart.open(root, version: Self.version)
        #expect(start.fromCache)
        #expect(start.snapshot.dossiers.first { $0.id == "h-0001" }?.household.name == before, "the cache as taken")
        var found: Set<String> = []
        start.check(root: root, version: Self.version) { found = $0 }
        #expect(found.contains(path))
        #expect(!found.contains("households/h-0002/household.rec") || cache.isRacy(cache.file("households/h-0002/household.rec")!.signature))
        let again = try StoreStart.open(root, version: Self.version)
        #expect(again.fromCache)
        #expect(again.snapshot.dossiers.first { $0.id == "h-0001" }?.household.name == changed, "the cache brought up to date")
    }

    @Test("An edit that puts the modification time back (touch -r) is still found: the status-change time moved")
    func timeSetBack() throws {
        let root = try demoStore()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/households/h-0001/plan.rec"
        let cache = try cached(root)
        let old = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
        Thread.sleep(forTimeInterval: 0.02)
        try overwriteInPlace(path, replacing: "Status: open", with: "Status: done")
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path)
        #expect(cache.changes(root: root) == ["households/h-0001/plan.rec"])
    }

    @Test("A household added, a journal entry added and a file removed are all found, and the next start has them")
    func addedAndRemoved() throws {
        let root = try demoStore()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cache = try cached(root)
        let store = URL(fileURLWithPath: root)
        try FileManager.default.createDirectory(at: store.appendingPathComponent("households/h-9000"),
                                                withIntermediateDirectories: true)
        try Data(TemporaryStore.household("h-9000", name: "Nieuw").utf8)
            .write(to: store.appendingPathComponent("households/h-9000/household.rec"))
        let entry = "households/h-0002/journal/20261122T100000Z-ab-ws1-nnnn.rec"
        try? FileManager.default.createDirectory(at: store.appendingPathComponent("households/h-0002/journal"),
                                                 withIntermediateDirectories: true)
        try Data(TemporaryStore.journal("j-new").utf8).write(to: store.appendingPathComponent(entry))
        let journal = try #require(cache.folders["households/h-0003/journal"]?.files.keys.first)
        let removed = "households/h-0003/journal/" + journal
        try FileManager.default.removeItem(atPath: root + "/" + removed)

        let found = cache.changes(root: root)
        let loaded = try #require(StoreCache.load(root: root, version: Self.version))
        #expect(loaded.changes(root: root) == found, "the check straight from the loaded bytes finds the same")
        #expect(found.contains("households/h-9000"))
        #expect(found.contains(entry))
        #expect(found.contains(removed))
        #expect(Set(found.compactMap(StoreReader.part(of:)))
                == [.household("h-9000"), .household("h-0002"), .household("h-0003")])
        // Brought up to date (most signatures taken over from the file as they are), it finds nothing more
        // (taken as if seconds later, so the files written a moment ago are not racy).
        let brought = try #require(loaded.refreshed(root: root, changes: found,
                                                    takenAt: StoreReader.wallClock() + 10_000_000_000))
        #expect(brought.inherited != nil)
        #expect(brought.changes(root: root) == [])

        var answer: Set<String> = []
        try StoreStart.open(root, version: Self.version).check(root: root, version: Self.version) { answer = $0 }
        #expect(answer == found)
        let next = try StoreStart.open(root, version: Self.version)
        #expect(next.fromCache)
        expectSame(next.snapshot, try StoreReader.read(root))
        // The signatures written after the check, most taken over as they were in the file, are those a whole
        // reading records.
        let written = try #require(StoreCache.load(root: root, version: Self.version)?.indexed())
        let whole = try StoreReader.readRecording(root).1
        #expect(Set(written.folders.keys) == Set(whole.folders.keys))
        for (path, folder) in whole.folders {
            let kept = written.folders[path]
            #expect(kept?.signature == folder.signature, "\(path)")
            #expect(Set(kept?.names ?? []) == Set(folder.names), "\(path)")
            #expect(kept?.files.mapValues(\.signature) == folder.files.mapValues(\.signature), "\(path)")
        }
    }

    @Test("A cache deleted, cut short, damaged, of another version or of another store is read past: the store is read whole",
          arguments: ["deleted", "cut short", "damaged", "another version", "another store", "not a cache"])
    func brokenCache(_ fault: String) throws {
        let original = try demoStore()
        defer { try? FileManager.default.removeItem(atPath: original) }
        var root = original
        _ = try cached(root)
        let file = StoreCache.path(root: root)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        switch fault {
        case "deleted": try FileManager.default.removeItem(atPath: file)
        case "cut short": try Data(bytes[..<(bytes.count / 2)]).write(to: URL(fileURLWithPath: file))
        case "damaged":
            bytes[bytes.count / 3] ^= 0x20
            try Data(bytes).write(to: URL(fileURLWithPath: file))
        case "another version": #expect(try StoreCache.load(root: root, version: "test-1")?.save(root: root, version: "test-0") == true)
        case "another store":
            root = original + "-copy"
            try FileManager.default.copyItem(atPath: original, toPath: root)
        default: try Data("%rec: Household\n\nId: h-1\n".utf8).write(to: URL(fileURLWithPath: file))
        }
        defer { if root != original { try? FileManager.default.removeItem(atPath: root) } }
        #expect(StoreCache.load(root: root, version: Self.version) == nil)
        // wijk merge reads only the signatures, which have a sum of their own: damage elsewhere leaves them usable.
        if fault != "damaged" { #expect(StoreCache.conflictCopies(root: root, version: Self.version) == nil) }
        let start = try StoreStart.open(root, version: Self.version)
        #expect(!start.fromCache)
        expectSame(start.snapshot, try StoreReader.read(root))
        // The check after a full read writes a good cache again.
        start.check(root: root, version: Self.version) { _ in }
        #expect(StoreCache.load(root: root, version: Self.version) != nil)
    }

    @Test("wijk merge finds every conflict copy with the cache: in folders that changed, in new ones, and those it held")
    func conflictCopiesFromTheCache() throws {
        let root = try demoStore()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data("%rec: Worker\n\nId: w-x\n".utf8)
            .write(to: URL(fileURLWithPath: root + "/team/w-x.sync-conflict-20261101-101010-AAAAAAA.rec"))
        var (_, cache) = try StoreReader.readRecording(root)
        cache.takenAt += 10_000_000_000
        // A name the cache holds for a folder that has not changed since is taken from the cache, not listed:
        // this one is in the cache only.
        let remembered = "households/h-0002/plan.sync-conflict-20261101-101010-BBBBBBB.rec"
        cache.folders["households/h-0002"]?.names.append("plan.sync-conflict-20261101-101010-BBBBBBB.rec")
        #expect(cache.save(root: root, version: Self.version))
        let copies = [
            "households/h-0001/household.sync-conflict-20261102-101010-CCCCCCC.rec",
            "households/h-0001/referrals/20261102T101010Z-ab-ws1-qqqq.sync-conflict-20261102-101010-DDDDDDD.rec",
            "households/h-9999/journal/20261102T101010Z-ab-ws1-rrrr.sync-conflict-20261102-101010-EEEEEEE.rec",
            "requests/20261102T101010Z-ab-ws1-ssss (conflicted copy 2026-11-02 101010).rec",
        ]
        for copy in copies {
            let url = URL(fileURLWithPath: root + "/" + copy)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("%rec: Household\n\nId: h-1\n".utf8).write(to: url)
        }
        let listed = StoreReader.conflictCopies(in: root)
        #expect(listed == (copies + ["team/w-x.sync-conflict-20261101-101010-AAAAAAA.rec"]).sorted())
        #expect(StoreCache.conflictCopies(root: root, version: Self.version) == (listed + [remembered]).sorted())
    }

    @Test("Damaged signatures are found by the check: everything is read again and a whole cache written")
    func damagedSignatures() throws {
        let root = try demoStore()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try cached(root)
        let file = StoreCache.path(root: root)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        bytes[bytes.count - StoreCache.trailerBytes - 10] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let start = try StoreStart.open(root, version: Self.version)
        #expect(start.fromCache, "the snapshot's part is whole")
        var found: Set<String> = []
        start.check(root: root, version: Self.version) { found = $0 }
        #expect(found == [""])
        let next = try #require(StoreCache.load(root: root, version: Self.version))
        #expect(next.changes(root: root) != [""], "the cache written after it is whole")
    }

    @Test("The cache is owner-only, in the workstation's unsynced folder, and goes when a household is destroyed")
    func ownerOnlyAndPurged() throws {
        let root = try demoStore()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try cached(root)
        let file = StoreCache.path(root: root)
        #expect(file == root + "/.wijk/snapshot.cache")
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try RetentionPurge.purge(root: root, household: "h-0001", audit: AuditLog(root: root, workstation: "ws1")) { count in
            AuditEvent(time: Timestamp(seconds: 1_795_000_000), worker: "w-ab", workstation: "ws1", action: .change,
                       object: "h-0001", outcome: .ok, reason: "\(count) bestanden")
        }
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test("The checksum does not depend on how the bytes are handed in")
    func checksumChunks() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var whole = CacheChecksum()
        whole.add(bytes)
        for split in [1, 3, 7, 8, 9, 500] {
            var parts = CacheChecksum()
            var i = 0
            while i < bytes.count {
                parts.add(Array(bytes[i..<min(bytes.count, i + split)]))
                i += split
            }
            #expect(parts.value == whole.value, "split \(split)")
        }
        var other = CacheChecksum()
        other.add(bytes.dropLast() + [0])
        #expect(other.value != whole.value)
    }
}
