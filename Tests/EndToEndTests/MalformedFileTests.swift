import Foundation
import Testing
import TestSupport

/// Files that are valid in every way but one, each checked with `wijk check`: the one fault is named on its own
/// line with its file and line, never hidden behind a missing field or a whole unreadable household.
@Suite("wijk check names the one fault of an otherwise valid file")
struct MalformedFileTests {
    /// One fault: the file it is in, how it is made from the valid text, and the line `wijk check` must print.
    struct Fault: Sendable, CustomTestStringConvertible {
        let name: String
        let path: String
        let damage: @Sendable (String) -> [UInt8]
        let expected: String
        var testDescription: String { name }

        init(_ name: String, _ path: String, expected: String, replacing old: String, with new: String) {
            self.init(name, path, expected: expected) { Array($0.replacingOccurrences(of: old, with: new).utf8) }
        }

        init(_ name: String, _ path: String, expected: String, _ damage: @escaping @Sendable (String) -> [UInt8]) {
            self.name = name
            self.path = path
            self.damage = damage
            self.expected = expected
        }
    }

    static let household = "households/h-1/household.rec"
    static let journal = "households/h-1/journal/20261120T100000Z-ab-ws1-cccc.rec"
    static let assessment = "households/h-1/zrm/20260301T100000Z-ab-ws1-eeee.rec"

    /// A household with every field a check looks at, a journal entry and a ZRM assessment, all valid.
    static let valid: [String: String] = [
        household: """
            %rec: Household

            Id: h-1
            Name: De Vries
            Street: Stationsweg 12
            Postcode: 9791 AB
            City: Ten Boer
            Regisseur: w-ab
            Status: active
            Start: 2026-01-05

            %rec: Member

            Id: m-1
            Name: Anouk de Vries
            Born: 1985-04-12
            BSN: 111222333

            """,
        journal: "%rec: JournalEntry\n\nId: j-1\nDate: 2026-11-20\nType: homevisit\nAuthor: w-ab\nText: Huisbezoek.\n",
        assessment: "%rec: Assessment\n\nId: z-1\nDate: 2026-03-01\nAssessor: w-ab\nFinances: 2\nHousing: 4\n",
    ]

    static let faults: [Fault] = [
        Fault("a date that does not exist", household, expected: "households/h-1/household.rec:10: veld Start: verwacht een datum jjjj-mm-dd",
              replacing: "Start: 2026-01-05", with: "Start: 2026-02-30"),
        Fault("a BSN that fails the elfproef", household, expected: "households/h-1/household.rec:17: veld BSN: geen geldig BSN (elfproef)",
              replacing: "BSN: 111222333", with: "BSN: 111222334"),
        Fault("a postcode of five digits", household, expected: "households/h-1/household.rec:6: veld Postcode: geen postcode als 1234 AB",
              replacing: "Postcode: 9791 AB", with: "Postcode: 97910 AB"),
        Fault("a ZRM score of 0", assessment, expected: "households/h-1/zrm/20260301T100000Z-ab-ws1-eeee.rec:6: veld Finances: verwacht een score 1–5",
              replacing: "Finances: 2", with: "Finances: 0"),
        Fault("a ZRM score of 6", assessment, expected: "households/h-1/zrm/20260301T100000Z-ab-ws1-eeee.rec:7: veld Housing: verwacht een score 1–5",
              replacing: "Housing: 4", with: "Housing: 6"),
        Fault("a status Wijkdesk does not know", household, expected: "households/h-1/household.rec:9: veld Status: verwacht een van: registered, active, closed",
              replacing: "Status: active", with: "Status: paused"),
        Fault("Windows line ends (CRLF)", household, expected: "households/h-1/household.rec:1: regeleinden van Windows (CRLF): het bestand is gelezen; bewaar het met LF-regeleinden",
              replacing: "\n", with: "\r\n"),
        Fault("a value of 2 MB", journal, expected: "households/h-1/journal/20261120T100000Z-ab-ws1-cccc.rec:7: veld Text is langer dan 256 KiB",
              replacing: "Text: Huisbezoek.", with: "Text: " + String(repeating: "Huisbezoek. ", count: 2_000_000 / 12)),
        Fault("a byte-order mark before the first line", household, expected: "households/h-1/household.rec:1: begint met een byte-order mark (BOM): het bestand is gelezen; bewaar het zonder BOM") {
            [0xEF, 0xBB, 0xBF] + Array($0.utf8)
        },
        Fault("a NUL byte in a value", journal, expected: "households/h-1/journal/20261120T100000Z-ab-ws1-cccc.rec:7: binair bestand, geen tekst",
              replacing: "Huis", with: "Huis\u{0}"),
    ]

    func store() throws -> String {
        let root = try FixtureStore.make(households: [])
        for (path, text) in Self.valid { try FixtureStore.write(root, path, text) }
        return root
    }

    @Test("The valid store the faults are made in has no problem at all")
    func validStoreIsClean() throws {
        let root = try store()
        let result = try Binary.run(Binary.wijk, ["check", root])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test("Each fault is the one problem wijk check prints, with its file, its line and a message of its own",
          arguments: faults)
    func oneFault(_ fault: Fault) throws {
        let root = try store()
        let damaged = fault.damage(Self.valid[fault.path]!)
        try Data(damaged).write(to: URL(fileURLWithPath: root + "/" + fault.path))
        let result = try Binary.run(Binary.wijk, ["check", root])
        #expect(result.status == 1)
        #expect(result.stdout == root + "/" + fault.expected + "\n", "\(result.stderr)")
        #expect(result.stderr.contains("1 probleem"), "\(result.stderr)")
    }
}
