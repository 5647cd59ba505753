import Foundation
import Testing
import TestSupport
import WijkDomain
@testable import WijkStore

/// The words a sheet uses, as the UI's string table gives them (a part of it, for these tests).
let sheetWords = ResourceSheet.Vocabulary(
    kinds: [.basic: ["basisvoorziening", "basic service"], .informalCare: ["informele zorg"], .volunteers: ["vrijwilligers"],
            .citizenInitiative: ["burgerinitiatief"], .tailored: ["maatwerkvoorziening", "specialised service"]],
    routes: [.selfReferral: ["zelf aanmelden"], .team: ["via het wijkteam"], .gp: ["via de huisarts"], .decision: ["beschikking nodig"]],
    domains: [.finances: ["Financiën", "Finances"], .network: ["Sociaal netwerk", "Social network"],
              .housing: ["Huisvesting", "Housing"], .work: ["Werk & opleiding"]])

@Suite("The sociale kaart as a spreadsheet")
struct ResourceSheetTests {
    static let today = Day(iso: "2026-11-23")!

    func read(_ text: String) throws -> ResourceSheet.Read {
        ResourceSheet.read(try CSVReader.read(Array(text.utf8)), sheetWords, today: Self.today)
    }

    @Test("Dutch and English headers, words for codes, both date forms, domains in one cell")
    func headersAndWords() throws {
        let sheet = try read("""
            Name;Organisatie;Soort;Domeinen;Leeftijd vanaf;Aanmelden;Wachttijd (weken);Gecontroleerd
            Humanitas Thuisadministratie;Humanitas;Vrijwilligers;"Financiën, Social network";18;Zelf aanmelden;0;01-10-2026
            GGZ-team;GGZ Noord;maatwerkvoorziening;;;beschikking nodig;8;2026-09-15

            """)
        #expect(sheet.problems.isEmpty)
        #expect(sheet.columns == [.name, .organisation, .kind, .domains, .minimumAge, .route, .waitWeeks, .checked])
        let first = try #require(sheet.rows.first)
        #expect(first.name == "Humanitas Thuisadministratie" && first.line == 2)
        #expect(first.fields.map { $0.name + "=" + $0.value } == [
            "Name=Humanitas Thuisadministratie", "Organisation=Humanitas", "Kind=volunteers", "Domain=Finances\nNetwork",
            "MinimumAge=18", "Route=self", "WaitWeeks=0", "Checked=2026-10-01"])
        #expect(sheet.rows[1].fields.first { $0.name == "Checked" }?.value == "2026-09-15")
    }

    @Test("Every problem is named with its line and column; a bad row is left out, the good ones read")
    func problems() throws {
        let sheet = try read("""
            Naam;Soort;Domeinen;Leeftijd vanaf;Leeftijd tot en met;Gecontroleerd;Notities
            ;basisvoorziening;;;;;
            Buurthuis;paleis;Feestjes;abc;;2027-01-01;
            Jeugd;;;30;20;;
            Goed;;;;;;
            Goed;;;;;;

            """)
        let found = sheet.problems.map { "\($0.line) \($0.column ?? "-") \($0.kind)" }
        #expect(found.first == "1 - unknownColumn(\"Notities\")")
        #expect(sheet.problems.map(\.line) == [1, 2, 3, 3, 3, 3, 4, 6])
        #expect(sheet.problems[1].kind == .missingField("Naam"))
        #expect(sheet.problems.contains { $0.line == 3 && $0.kind == .inFuture(field: "Gecontroleerd") })
        #expect(sheet.problems.last?.kind == .duplicateRow(firstLine: 5))
        #expect(sheet.problems.contains { $0.line == 4 && $0.kind == .reversedRange(field: "Leeftijd tot en met") })
        #expect(sheet.rows.map(\.line) == [5])
    }

    @Test("A sheet without a Naam column, a column twice, a row with too many fields")
    func shape() throws {
        #expect(try read("Telefoon\n050\n").problems.map(\.kind) == [.missingColumn("Naam")])
        #expect(try read("Naam;Name\nx;y\n").problems.map(\.kind) == [.duplicateColumn("Name")])
        #expect(try read("Naam;Telefoon\nx;050;extra\n").problems.map(\.kind) == [.extraFields(1)])
    }

    @Test("Export, then import into an empty store, gives back the same resources; the files pass recfix")
    func roundTrip() throws {
        let resources = [
            Resource(id: "r-deel", name: "Kulturhus De Deel", organisation: "Stichting De Deel", kind: .basic,
                     category: "buurthuis", domains: [.network, .finances], minimumAge: 4, maximumAge: 99,
                     audience: "iedereen; ook \"nieuwe\" bewoners", address: "Hendrik Westerstraat 24, 9791 CT Ten Boer",
                     area: "Ten Boer", contact: "Joëlle Smit", phone: "+31 50 302 88 88", email: "info@dedeel.example",
                     website: "https://dedeel.example", hours: "ma 13:30–16:30\nwo 9:00–12:00", costs: "gratis",
                     route: .selfReferral, waitWeeks: 0, capacityNotes: "", description: "Ontmoeting, koffie en meer.",
                     checked: Day(iso: "2026-09-01"), checkedBy: "w-ab"),
            Resource(id: "r-schuld", name: "Schuldhulp", kind: .tailored, domains: [.finances], route: .decision, waitWeeks: 8),
        ]
        let bytes = CSV.spreadsheet(ResourceSheet.rows(resources, sheetWords))
        let sheet = ResourceSheet.read(try CSVReader.read(bytes), sheetWords, today: Self.today)
        #expect(sheet.problems.isEmpty)
        let store = try TemporaryStore()
        let writer = StoreWriter(root: store.root, workstation: "test")
        let steps = try ResourceImport.plan(sheet.rows, existing: [], writer: writer, force: false, today: Self.today)
        #expect(steps.map(\.outcome) == [.added, .added] && steps.map(\.id) == ["r-deel", "r-schuld"])
        try ResourceImport.apply(steps, writer: writer)
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.problems.isEmpty)
        #expect(snapshot.resources.sorted { $0.id < $1.id } == resources.sorted { $0.id < $1.id })
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])

        // The same sheet again: nothing to do.
        let again = try ResourceImport.plan(sheet.rows, existing: snapshot.resources, writer: writer, force: false, today: Self.today)
        #expect(again.map(\.outcome) == [.unchanged, .unchanged] && again.allSatisfy { !$0.writes })
    }

    @Test("Matched by name and organisation, updated, not duplicated; a field the team changed since is kept unless forced")
    func updateAndKeep() throws {
        let store = try TemporaryStore()
        let writer = StoreWriter(root: store.root, workstation: "test")
        let first = try read("Naam;Organisatie;Telefoon;Wachttijd (weken)\nDe Deel;Stichting;050 1;0\n")
        try ResourceImport.apply(try ResourceImport.plan(first.rows, existing: [], writer: writer, force: false, today: Self.today),
                                 writer: writer)
        // The team corrects the phone number in Wijkdesk.
        let path = store.root + "/resources/r-de-deel.rec"
        var file = try String(contentsOfFile: path, encoding: .utf8)
        file.replaceSubrange(try #require(file.range(of: "Phone: 050 1")), with: "Phone: 050 9")
        try file.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(file.contains("%rec: Imported"), "what was imported stays beside the resource")
        // The municipality's next sheet has a new waiting time and still the old number, spelt in other case.
        let next = try read("Name;Organisation;Phone;Waiting weeks\nde deel;STICHTING;050 2;3\n")
        let existing = try StoreReader.read(store.root).resources
        let steps = try ResourceImport.plan(next.rows, existing: existing, writer: writer, force: false, today: Self.today)
        #expect(steps.count == 1 && steps[0].id == "r-de-deel" && steps[0].outcome == .updated)
        #expect(steps[0].changed == ["Name", "Organisation", "WaitWeeks"] && steps[0].kept == ["Phone"])
        try ResourceImport.apply(steps, writer: writer)
        var deel = try #require(try StoreReader.read(store.root).resources.first)
        #expect(deel.phone == "050 9" && deel.waitWeeks == 3)
        let forced = try ResourceImport.plan(next.rows, existing: [deel], writer: writer, force: true, today: Self.today)
        #expect(forced[0].changed == ["Phone"])
        try ResourceImport.apply(forced, writer: writer)
        deel = try #require(try StoreReader.read(store.root).resources.first)
        #expect(deel.phone == "050 2")
        #expect(try StoreReader.read(store.root).resources.count == 1)
    }
}
