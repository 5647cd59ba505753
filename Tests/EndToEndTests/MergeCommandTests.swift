import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore

/// `wijk merge` on copies made while two workstations were apart: a dry run first, then the merge; a field
/// changed on both sides said per field, without its values when the output is not a terminal.
@Suite("wijk merge says what it would do, and per field what waits")
struct MergeCommandTests {
    static let path = "households/h-1/household.rec"
    static let copy = "households/h-1/household.sync-conflict-20261208-101010-ABCDEFG.rec"

    /// Saves `field` = `value` on the store at `root` as `workstation`, a minute after `minute` minutes.
    func save(_ root: String, _ workstation: String, _ worker: String, _ field: String, _ value: String, at minute: Int64) throws {
        let writer = StoreWriter(root: root, workstation: workstation)
        let base = try #require(try writer.read(Self.path))
        let ours = RecordMerge.resolve(base.sets, [(FieldConflict(type: "Household", key: "Id:h-1", field: field, base: nil,
                                                                  ours: nil, theirs: nil), value)])
        _ = try writer.save(Self.path, base: base, ours: ours,
                            saved: .init(time: Timestamp(seconds: 1_765_000_000 + minute * 60), workstation: workstation,
                                         worker: worker))
    }

    /// A store on `a`, copied to `b`; `edits` made on each; b's household laid beside a's as a sync tool's copy.
    func apart(_ edits: (String, String) throws -> Void) throws -> String {
        let a = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")])
        let b = a + "-b"
        try FileManager.default.copyItem(atPath: a, toPath: b)
        try edits(a, b)
        try FileManager.default.copyItem(atPath: b + "/" + Self.path, toPath: a + "/" + Self.copy)
        // The history travels with the store; b's own folder does not.
        let history = b + "/" + StoreLayout.history
        for file in FileManager.default.enumerator(atPath: history)?.compactMap({ $0 as? String }) ?? [] {
            let target = a + "/" + StoreLayout.history + "/" + file
            var directory: ObjCBool = false
            if FileManager.default.fileExists(atPath: history + "/" + file, isDirectory: &directory), directory.boolValue {
                try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
            } else if !FileManager.default.fileExists(atPath: target) {
                try FileManager.default.copyItem(atPath: history + "/" + file, toPath: target)
            }
        }
        return a
    }

    @Test("--dry-run names the copy it would merge and writes nothing; without it the copy is merged and archived")
    func dryRun() throws {
        let store = try apart { a, b in
            for n in 1...4 { try save(a, "werkplek-a", "w-ab", "Phone", "a-\(n)", at: Int64(n)) }
            for n in 1...6 { try save(b, "werkplek-b", "w-ab", "Email", "b-\(n)", at: Int64(n)) }
        }
        let before = try String(contentsOfFile: store + "/" + Self.path, encoding: .utf8)
        let dry = try Command.run(Binary.wijk, ["merge", store, "--dry-run"])
        #expect(dry.status == 0 && dry.stdout == Self.copy + ": zou samengevoegd worden in " + Self.path + " (--dry-run: niets geschreven)\n",
                "\(dry.stdout)\(dry.stderr)")
        #expect(try String(contentsOfFile: store + "/" + Self.path, encoding: .utf8) == before)
        #expect(FileManager.default.fileExists(atPath: store + "/" + Self.copy))
        let merged = try Command.run(Binary.wijk, ["merge", store])
        #expect(merged.status == 0 && merged.stdout.contains("samengevoegd in " + Self.path + " en gearchiveerd"))
        let text = try String(contentsOfFile: store + "/" + Self.path, encoding: .utf8)
        #expect(text.contains("Phone: a-4") && text.contains("Email: b-6"))
    }

    @Test("A field changed on both sides: exit 1, one line per field with the base, who made each side where and when, which is newer")
    func collision() throws {
        let store = try apart { a, b in
            try save(a, "werkplek-a", "w-ab", "Phone", "a-1", at: 1)
            try save(b, "werkplek-b", "w-ab", "Phone", "b-1", at: 5)
            try save(b, "werkplek-b", "w-ab", "Email", "b-2", at: 6)
        }
        let result = try Command.run(Binary.wijk, ["merge", store, "--dry-run"], environment: ["TZ": "UTC"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == Self.copy + ": kies zelf voor Telefoon (open wijk en druk op c)", "\(result.stdout)")
        #expect(lines.count == 2 && lines[1].hasPrefix("  Telefoon: was (leeg); kopie (waarde alleen op een terminal) (AB · werkplek-b · ")
                && lines[1].hasSuffix(" · nieuwer); bestand (waarde alleen op een terminal) (AB · werkplek-a · 06-12-2025 05:47)"),
                "\(lines)")
        #expect(!result.stdout.contains("a-1") && !result.stdout.contains("b-1"), "no value in output that may end up in a log")
    }
}
