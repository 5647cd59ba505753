import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore

/// `wijk report` as a municipality's analyst runs it on the demo store: every report as text and as a Dutch
/// spreadsheet, aggregates only.
@Suite("wijk report on the demo store: seven reports as text and CSV, no name or street anywhere")
struct ReportCommandTests {
    /// A private copy of the demo store, dated today.
    func demo() throws -> String {
        let store = try Binary.temporaryFolder() + "/demo"
        _ = try Binary.run(Binary.wijk, ["demo", "--store", store])
        #expect(FileManager.default.fileExists(atPath: store + "/wijkdesk.rec"))
        return store
    }

    /// Every name of the demo's households, members and requesters, and every street without its number.
    func identifying() throws -> [String] {
        let snapshot = try StoreReader.read(Repository.path("seeds"))
        let streets = snapshot.dossiers.map(\.household.street) + snapshot.requests.map(\.street)
        return Set(snapshot.dossiers.flatMap { [$0.household.name] + $0.members.map(\.name) }
                   + snapshot.requests.map(\.name)
                   + streets.map { $0.split(separator: " ").filter { !$0.first!.isNumber }.joined(separator: " ") })
            .filter { !$0.isEmpty }.sorted()
    }

    func leaks(_ text: String, _ names: [String]) -> [String] {
        names.filter { name in
            text.range(of: "(?<![\\p{L}])" + NSRegularExpression.escapedPattern(for: name) + "(?![\\p{L}])",
                       options: .regularExpression) != nil
        }
    }

    @Test("Every report prints as tables and writes a spreadsheet that reads back; neither holds a name or street")
    func everyReport() throws {
        let store = try demo()
        let names = try identifying()
        #expect(names.count > 60 && names.contains("Stationsweg"), "\(names.prefix(5))")
        let folder = try Binary.temporaryFolder()
        let titles = ["caseload": "Caseload", "waiting": "Wachttijd", "zrm": "ZRM", "outflow": "Uitstroom",
                      "budget": "Budget", "satisfaction": "Tevredenheid", "resources": "Voorzieningen",
                      "outcomes": "Resultaat", "wijkbeeld": "Wijkbeeld"]
        for (report, title) in titles.sorted(by: { $0.key < $1.key }) {
            let text = try Binary.run(Binary.wijk, ["report", report, store])
            #expect(text.status == 0, "\(report): \(text.stderr)")
            #expect(text.stdout.hasPrefix(title + " — Sociaal team Ten Boer\n"), "\(report)")
            #expect(text.stdout.contains("<5 = minder dan 5 huishoudens of hulpvragen, niet getoond"))
            #expect(leaks(text.stdout, names).isEmpty, "\(report): \(leaks(text.stdout, names))")
            #expect(text.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(report) fits 80 columns")

            let file = folder + "/" + report + ".csv"
            let csv = try Binary.run(Binary.wijk, ["report", report, store, "--csv", "-o", file])
            #expect(csv.status == 0 && csv.stdout.isEmpty && csv.stderr.contains(file), "\(report): \(csv.stderr)")
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte-order mark")
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(report): the export is the owner's only")
            let sheet = try CSVReader.read(bytes)
            #expect(sheet.encoding == .utf8WithBOM && sheet.separator == ";")
            #expect(sheet.rows.first?.fields == [title, "Sociaal team Ten Boer"])
            #expect(sheet.rows.count > 6, "\(report)")
            #expect(leaks(String(decoding: bytes, as: UTF8.self), names).isEmpty, "\(report)")
            let figures = sheet.rows.dropFirst(3).flatMap(\.fields).filter { $0.contains(where: \.isNumber) }
            #expect(!figures.isEmpty && figures.allSatisfy { !$0.contains(".") || $0.contains("-") },
                    "\(report): decimal comma, no points: \(figures.filter { $0.contains(".") })")
        }
        let audit = try Binary.run(Binary.wijk, ["audit", store]).stdout
        for report in titles.keys { #expect(audit.contains("  export  report:" + report + "  ok"), "\(report)") }
    }

    @Test("The budget spreadsheet has euros with a decimal comma, and a month per column for the trend")
    func budgetSheet() throws {
        let store = try demo()
        let csv = try Binary.run(Binary.wijk, ["report", "budget", store, "--csv", "--from", "2026-01-01",
                                               "--to", "2026-06-30"])
        #expect(csv.status == 0)
        let sheet = try CSVReader.read(Array(csv.stdout.utf8))
        let rows = sheet.rows.map(\.fields)
        #expect(rows[1] == ["01-01-2026 t/m 30-06-2026 · stand " + SystemDay.today.dutch])
        #expect(rows[2].first?.hasPrefix("Kleine aantallen: een cijfer op minder dan 5 huishoudens is <5") == true,
                "the rule and its threshold before any figure: \(rows[2])")
        let months = try #require(rows.first { $0.count == 8 && $0[2] == "2026-01" })
        #expect(months.suffix(6) == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"])
        let total = try #require(rows.first { $0.first == "budgetten samen" })
        #expect(total[1].range(of: "^[0-9]+,[0-9]{2}$", options: .regularExpression) != nil, "\(total)")
    }

    @Test("Amounts in the terminal have cents, as in the spreadsheet; a reversed period, or a dialect without --csv, is refused with exit 2")
    func centsAndReversedPeriod() throws {
        let store = try demo()
        let text = try Binary.run(Binary.wijk, ["report", "budget", store])
        #expect(text.status == 0)
        #expect(text.stdout.range(of: "€ [0-9.]+,[0-9]{2}", options: .regularExpression) != nil, "\(text.stdout)")
        let reversed = try Binary.run(Binary.wijk, ["report", "waiting", store, "--from", "2026-12-01", "--to", "2026-01-01"])
        #expect(reversed.status == 2)
        #expect(reversed.stdout.isEmpty)
        #expect(reversed.stderr.contains("de periode begint op 01-12-2026 en eindigt op 01-01-2026"), "\(reversed.stderr)")
        let dialect = try Binary.run(Binary.wijk, ["report", "waiting", store, "--csv-dialect", "rfc4180"])
        #expect(dialect.status == 2 && dialect.stdout.isEmpty, "a dialect without a spreadsheet is not ignored silently")
        #expect(dialect.stderr.contains("--csv-dialect alleen met --csv"), "\(dialect.stderr)")
    }

    @Test("A report that cannot be audited shows nothing, and -o into a missing folder says so")
    func refusals() throws {
        let store = try demo()
        let bad = try Binary.run(Binary.wijk, ["report", "zrm", store, "-o", "/nonexistent/x.txt"])
        #expect(bad.status == 1 && bad.stderr.contains("/nonexistent/x.txt") && bad.stdout.isEmpty)
        let trail = try #require(FileManager.default.subpathsOfDirectory(atPath: store + "/audit")
            .filter { $0.hasSuffix(".rec") }.first.map { store + "/audit/" + $0 })
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: trail)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: trail) }
        if getuid() != 0 {
            let unaudited = try Binary.run(Binary.wijk, ["report", "caseload", store])
            #expect(unaudited.status == 1 && unaudited.stdout.isEmpty && unaudited.stderr.contains("audit-trail"))
        }
    }
}

/// Today as the binary sees it, for the period line.
enum SystemDay {
    static var today: Day {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
