import Foundation
import Testing
import TestSupport
import WijkDomain
@testable import WijkStore

/// Every way of tampering with an audit trail, each named by `verify`: the chain, the months linked to each
/// other, the store's anchor, the heads this workstation keeps and the heads the others witness.
@Suite("The audit trail cannot lose its tail: every tampering is named")
struct AuditAnchorTests {
    static func event(_ iso: String, _ station: String, _ object: String) -> AuditEvent {
        AuditEvent(time: Timestamp(iso: iso)!, worker: "w-ab", workstation: station, action: .open, object: object)
    }

    /// A store with its own id, and `count` events of `station` in November (and one in October when asked).
    static func store(_ stations: [String] = ["werkplek-1"], count: Int = 4, october: Bool = false,
                      id: String = "0123456789abcdef0123456789abcdef") throws -> TemporaryStore {
        let store = try TemporaryStore([:], info: false)
        try store.write("wijkdesk.rec", "%rec: Store\n\nFormat: 1\nTeam: Testteam\nStoreId: \(id)\n")
        for station in stations {
            let log = AuditLog(root: store.root, workstation: station)
            if october { try log.append(event("2026-10-30T09:00:00Z", station, "h-0100")) }
            for i in 0..<count {
                // Half an hour apart: each workstation witnesses the others' heads with its events.
                try log.append(event("2026-11-27T1\(i):0\(stations.firstIndex(of: station)!):00Z", station, "h-000\(i)"))
            }
        }
        return store
    }

    static func path(_ store: TemporaryStore, _ station: String = "werkplek-1", _ month: String = "2026-11") -> String {
        store.root + "/audit/" + station + "/" + month + ".rec"
    }

    /// The file's records as written, blank-line separated (the descriptor first).
    static func blocks(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n\n").filter { !$0.isEmpty }
    }

    static func write(_ blocks: [String], _ path: String) throws {
        try (blocks.joined(separator: "\n\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test("An untouched trail of two workstations over two months verifies, each month going on from the last")
    func whole() throws {
        let store = try Self.store(["werkplek-1", "werkplek-2"], october: true)
        #expect(AuditLog.verify(root: store.root) == [])
        let november = try Self.blocks(Self.path(store))
        let october = try Self.blocks(Self.path(store, "werkplek-1", "2026-10"))
        let octoberHash = october.last!.components(separatedBy: "\n").first { $0.hasPrefix("Hash: ") }!.dropFirst(6)
        #expect(november[1].contains("Prev: " + octoberHash), "November starts from October's last record")
        #expect(october[1].contains("Prev: store:"), "the first file starts from the store's anchor")
        #expect(try String(contentsOfFile: Self.path(store, "werkplek-2"), encoding: .utf8)
                    .contains("Witness: werkplek-1 2026-11.rec "))
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root + "/audit")) ?? [] == [])
    }

    @Test("A record removed from the middle breaks the chain at the one after it")
    func middleRemoved() throws {
        let store = try Self.store()
        var blocks = try Self.blocks(Self.path(store))
        blocks.remove(at: 2)
        try Self.write(blocks, Self.path(store))
        #expect(AuditLog.verify(root: store.root).map(\.reason) == [.chainBroken])
    }

    @Test("A changed value breaks its record's hash")
    func changed() throws {
        let store = try Self.store()
        let path = Self.path(store)
        try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Object: h-0001", with: "Object: h-0009")
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(AuditLog.verify(root: store.root).map(\.reason) == [.hashMismatch])
    }

    @Test("Two records swapped break the chain")
    func swapped() throws {
        let store = try Self.store()
        var blocks = try Self.blocks(Self.path(store))
        blocks.swapAt(2, 3)
        try Self.write(blocks, Self.path(store))
        #expect(AuditLog.verify(root: store.root).map(\.reason) == [.chainBroken])
    }

    @Test("A forged record appended with an invented hash is named")
    func forged() throws {
        let store = try Self.store()
        var blocks = try Self.blocks(Self.path(store))
        let last = blocks.last!.components(separatedBy: "\n").first { $0.hasPrefix("Hash: ") }!.dropFirst(6)
        blocks.append("Time: 2026-11-28T10:00:00Z\nWorker: w-ab\nWorkstation: werkplek-1\nAction: open\nObject: h-0042\n"
                      + "Outcome: ok\nPrev: \(last)\nHash: 0123456789abcdef0123456789abcdef")
        try Self.write(blocks, Self.path(store))
        #expect(AuditLog.verify(root: store.root).map(\.reason) == [.hashMismatch])
    }

    @Test("The last records cut off are named with who witnessed them and when, by another workstation")
    func tailRemovedWitnessed() throws {
        let store = try Self.store(["werkplek-1", "werkplek-2"])
        // This machine's own heads of werkplek-1 gone too: only werkplek-2's witness is left to tell.
        try FileManager.default.removeItem(atPath: store.root + "/.wijk/audit/werkplek-1.rec")
        var blocks = try Self.blocks(Self.path(store))
        blocks.removeLast(2)
        try Self.write(blocks, Self.path(store))
        let breaks = AuditLog.verify(root: store.root)
        #expect(breaks.count == 1)
        guard case .tailMissing(let records, let witness, let at)? = breaks.first?.reason else {
            Issue.record("\(breaks)")
            return
        }
        #expect(records == 2 && witness == "werkplek-2" && at == Timestamp(iso: "2026-11-27T13:01:00Z"))
        #expect(breaks.first?.path == "audit/werkplek-1/2026-11.rec")
    }

    @Test("A team of one notices its own tail cut off: the heads kept in .wijk say how many there were")
    func tailRemovedAlone() throws {
        let store = try Self.store()
        var blocks = try Self.blocks(Self.path(store))
        blocks.removeLast()
        try Self.write(blocks, Self.path(store))
        #expect(AuditLog.verify(root: store.root).map(\.reason) == [.tailMissing(records: 1, witness: nil, at: nil)])
    }

    @Test("The newest month file removed is named from the heads; an older one by the month after it")
    func fileRemoved() throws {
        let store = try Self.store(october: true)
        try FileManager.default.removeItem(atPath: Self.path(store, "werkplek-1", "2026-10"))
        let older = AuditLog.verify(root: store.root)
        #expect(older.map(\.reason) == [.fileMissing(records: 1, witness: nil, at: nil), .monthMissing], "\(older)")
        #expect(older.map(\.path) == ["audit/werkplek-1/2026-10.rec", "audit/werkplek-1/2026-11.rec"])
        // Without this workstation's heads, the month after it still tells.
        try FileManager.default.removeItem(atPath: store.root + "/.wijk/audit/werkplek-1.rec")
        #expect(AuditLog.verify(root: store.root).map(\.reason) == [.monthMissing])

        let again = try Self.store(october: true)
        try FileManager.default.removeItem(atPath: Self.path(again))
        #expect(AuditLog.verify(root: again.root).map(\.reason) == [.fileMissing(records: 4, witness: nil, at: nil)])
    }

    @Test("A trail copied in from another store starts from that store's anchor and is named")
    func otherStore() throws {
        let ours = try Self.store(["werkplek-1"])
        let theirs = try Self.store(["werkplek-9"], id: "fedcba9876543210fedcba9876543210")
        try FileManager.default.copyItem(atPath: theirs.root + "/audit/werkplek-9", toPath: ours.root + "/audit/werkplek-9")
        let breaks = AuditLog.verify(root: ours.root)
        #expect(breaks.map(\.reason) == [.otherStore])
        #expect(breaks.first?.path == "audit/werkplek-9/2026-11.rec")
    }

    @Test("A trail begun before months were linked still verifies; once linked, a month must go on from the last")
    func legacy() throws {
        let store = try TemporaryStore()
        let header = "%rec: AuditEvent\n\n"
        for month in ["2026-09", "2026-10"] {
            let event = Self.event(month + "-15T10:00:00Z", "werkplek-1", "h-0001")
            let record = AuditLog.record(event, previous: "-")
            try store.write("audit/werkplek-1/\(month).rec", header + RecfileWriter.format(record))
        }
        #expect(AuditLog.verify(root: store.root) == [], "each month from - as the old version wrote them")
        try AuditLog(root: store.root, workstation: "werkplek-1").append(Self.event("2026-11-02T10:00:00Z", "werkplek-1", "h-2"))
        #expect(AuditLog.verify(root: store.root) == [])
        try FileManager.default.removeItem(atPath: Self.path(store, "werkplek-1", "2026-10"))
        #expect(AuditLog.verify(root: store.root).map(\.reason) == [.monthMissing])
    }
}
