import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore

/// `wijk resources import` and `export` as a municipality's sociale kaart comes and goes in spreadsheets.
@Suite("The sociale kaart from and to spreadsheets")
struct ResourcesCommandTests {
    func resources(_ store: String) throws -> [Resource] { try StoreReader.read(store).resources }

    func sample() -> String { Repository.root + "/docs/sociale-kaart-voorbeeld.csv" }

    @Test("The sample sheet in the repository imports: added, named as written, checked as the sheet says")
    func sampleImports() throws {
        let store = try FixtureStore.make(households: [])
        let dry = try Binary.run(Binary.wijk, ["resources", "import", store, sample(), "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout == "Proef, niets geschreven: 3 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen.\n")
        #expect(try resources(store).isEmpty)
        let done = try Binary.run(Binary.wijk, ["resources", "import", store, sample()])
        #expect(done.stdout == "3 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen.\n")
        let found = try resources(store)
        let maatjes = try #require(found.first { $0.name == "Maatjesproject ‘Samen Sterk’" })
        #expect(maatjes.kind == .volunteers && maatjes.domains == [.network, .timeUse] && maatjes.minimumAge == 18)
        #expect(maatjes.route == .team && maatjes.waitWeeks == 6 && maatjes.checked == Day(iso: "2026-10-01"))
        #expect(found.first { $0.name == "Jeugdhulp Groningen" }?.kind == .tailored)
        #expect(try Command.recfixFailures(Command.recFiles(under: store)) ?? [] == [])
        let audit = try Binary.run(Binary.wijk, ["audit", store]).stdout
        #expect(audit.contains("create") && audit.contains("r-repair-cafe-ten-boer"))
    }

    @Test("A sheet with problems on several lines: each named with line and column, nothing imported, exit 1")
    func problems() throws {
        let store = try FixtureStore.make(households: [])
        let file = try Binary.temporaryFolder() + "/kaart.csv"
        try """
            Naam,Soort,Domeinen,Wachttijd (weken),Gecontroleerd\r
            Buurthuis,basisvoorziening,Sociaal netwerk,0,01-09-2026\r
            ,vrijwilligers,,,\r
            Schuldhulp,paleis,"Financiën, Dromen",veel,31-02-2026\r
            Goed,,,,\r

            """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try Binary.run(Binary.wijk, ["resources", "import", store, file])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(file):3: Naam: verplicht, ontbreekt of is leeg")
        #expect(lines.contains { $0.hasPrefix("\(file):4: Soort: verwacht een van: basisvoorziening,") })
        #expect(lines.contains { $0.hasPrefix("\(file):4: Domeinen: verwacht een van: Financiën,") })
        #expect(lines.contains("\(file):4: Wachttijd (weken): verwacht een geheel getal"))
        #expect(lines.contains("\(file):4: Gecontroleerd: verwacht een datum dd-mm-jjjj of jjjj-mm-dd"))
        #expect(lines.last == "Niets geïmporteerd: 5 problemen. Verbeter het bestand, of importeer de goede regels met --skip-invalid.")
        #expect(try resources(store).isEmpty)

        let skipping = try Binary.run(Binary.wijk, ["resources", "import", store, file, "--skip-invalid"])
        #expect(skipping.status == 0)
        #expect(skipping.stdout == "2 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 2 overgeslagen.\n")
        #expect(try resources(store).map(\.name).sorted() == ["Buurthuis", "Goed"])
    }

    @Test("An unknown column refuses the whole sheet, even with --skip-invalid: a column would be lost")
    func unknownColumn() throws {
        let store = try FixtureStore.make(households: [])
        let file = try Binary.temporaryFolder() + "/kaart.csv"
        try "Naam;Notities\nBuurthuis;bellen\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try Binary.run(Binary.wijk, ["resources", "import", store, file, "--skip-invalid"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(file):1: onbekende kolom ‘Notities’ (bekend: Id, Naam, Organisatie,"))
        #expect(try resources(store).isEmpty)
    }

    @Test("Export then import gives back the same; the export opens in Excel (BOM, ;, CRLF); Windows-1252 reads too")
    func roundTrip() throws {
        let store = try FixtureStore.make(households: [])
        _ = try Binary.run(Binary.wijk, ["resources", "import", store, sample()])
        let before = try resources(store).sorted { $0.id < $1.id }
        let folder = try Binary.temporaryFolder()
        let export = try Binary.run(Binary.wijk, ["resources", "export", store, "-o", folder + "/uit.csv"])
        #expect(export.status == 0 && export.stderr == "3 voorzieningen naar \(folder)/uit.csv\n")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/uit.csv")))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Id;Naam;Organisatie;Soort;Aanbod;Domeinen;"))
        #expect(text.contains("\r\n") && text.contains("Maatjesproject ‘Samen Sterk’") && text.contains("Yıldız"))

        let again = try Binary.run(Binary.wijk, ["resources", "import", store, folder + "/uit.csv"])
        #expect(again.stdout == "0 toegevoegd, 0 bijgewerkt, 3 ongewijzigd, 0 overgeslagen.\n")
        let fresh = try FixtureStore.make(households: [])
        _ = try Binary.run(Binary.wijk, ["resources", "import", fresh, folder + "/uit.csv"])
        #expect(try resources(fresh).sorted { $0.id < $1.id } == before)

        // The same sheet saved by Excel as "CSV (gescheiden door lijstscheidingsteken)": Windows-1252.
        let latin = "Naam;Kosten;Omschrijving\r\nCafé Déjà Vu;€ 2,50;\"Koffie – en taart\"\r\n"
        let cp1252 = latin.unicodeScalars.map { scalar -> UInt8 in
            switch scalar { case "€": return 0x80; case "–": return 0x96; default: return UInt8(scalar.value) }
        }
        try Data(cp1252).write(to: URL(fileURLWithPath: folder + "/excel.csv"))
        _ = try Binary.run(Binary.wijk, ["resources", "import", store, folder + "/excel.csv"])
        let cafe = try #require(try resources(store).first { $0.name == "Café Déjà Vu" })
        #expect(cafe.costs == "€ 2,50" && cafe.description == "Koffie – en taart")

        let rec = try Binary.run(Binary.wijk, ["resources", "export", store, "--rec"])
        #expect(rec.stdout.hasPrefix("%rec: Resource\n") && rec.stdout.contains("Name: Café Déjà Vu\n"))
        #expect(try Binary.run(Binary.wijk, ["resources", "export", store, "--rec", "--csv"]).status == 2)
    }

    @Test("A field changed in Wijkdesk since the last import is kept and named; --force writes it")
    func keepsTeamChanges() throws {
        let store = try FixtureStore.make(households: [])
        _ = try Binary.run(Binary.wijk, ["resources", "import", store, sample()])
        let path = store + "/resources/r-repair-cafe-ten-boer.rec"
        var file = try String(contentsOfFile: path, encoding: .utf8)
        file.replaceSubrange(try #require(file.range(of: "Phone: 06-12345670")), with: "Phone: 06-99999999")
        try file.write(toFile: path, atomically: true, encoding: .utf8)
        let sheet = try Binary.temporaryFolder() + "/nieuw.csv"
        try "Naam;Organisatie;Telefoon;Wachttijd (weken)\nRepair Café Ten Boer;Dorpsbelangen Ten Boer;06-12345671;2\n"
            .write(toFile: sheet, atomically: true, encoding: .utf8)
        let result = try Binary.run(Binary.wijk, ["resources", "import", store, sheet])
        #expect(result.stdout == """
            \(sheet):2: Telefoon niet overschreven: in Wijkdesk gewijzigd sinds de vorige import (--force schrijft toch)
            0 toegevoegd, 1 bijgewerkt, 0 ongewijzigd, 0 overgeslagen.

            """)
        var cafe = try #require(try resources(store).first { $0.id == "r-repair-cafe-ten-boer" })
        #expect(cafe.phone == "06-99999999" && cafe.waitWeeks == 2)
        _ = try Binary.run(Binary.wijk, ["resources", "import", store, sheet, "--force"])
        cafe = try #require(try resources(store).first { $0.id == "r-repair-cafe-ten-boer" })
        #expect(cafe.phone == "06-12345671")
        #expect(try resources(store).count == 3)
    }
}
