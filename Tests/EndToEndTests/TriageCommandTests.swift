import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore

/// `wijk intake`, `wijk inbox` and `wijk report` as a front desk script and a municipality's analyst use them.
@Suite("The triage commands without a screen")
struct TriageCommandTests {
    func requests(_ store: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: store + "/requests")) ?? []).filter { $0.hasSuffix(".rec") }
    }

    @Test("wijk intake with bad options names each field and what is wrong, exits 1 and writes nothing")
    func badOptions() throws {
        let store = try FixtureStore.make(households: [])
        let result = try Binary.run(Binary.wijk, ["intake", store, "--name", "Fam. Bosma", "--postcode", "97 AB",
                                                  "--bsn", "123456789", "--urgency", "morgen", "--by", "w-zz"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            Urgency: verwacht een van: crisis, urgent, regular
            Postcode: geen postcode als 1234 AB
            BSN: geen geldig BSN (elfproef)
            Question: verplicht, ontbreekt of is leeg
            TakenBy: ‘w-zz’ bestaat niet

            """)
        #expect(!result.stderr.contains("123456789"), "the BSN itself is not repeated")
        #expect(requests(store).isEmpty)
        #expect(try Binary.run(Binary.wijk, ["audit", store]).stdout == "")
    }

    @Test("wijk intake reads one record from stdin: saved owner-only, recfix-clean, audited; a bad one is named by line")
    func fromStdin() throws {
        let store = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")])
        let good = try Binary.run(Binary.wijk, ["intake", store], input: """
            %rec: HelpRequest

            Name: Anouk de Vries
            Channel: huisarts
            Urgency: urgent
            Street: Stationsweg 12
            City: Ten Boer
            Requester: dr. Smit
            Question: Mevrouw redt het niet meer
            + met de post en de rekeningen.
            Domain: Financiën
            TakenBy: w-ab

            """)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("(urgent, uiterlijk "))
        #expect(good.stdout.contains("Mogelijk al bekend: h-1 AB actief (zelfde adres, zelfde naam)"))
        let files = requests(store)
        #expect(files.count == 1)
        let path = store + "/requests/" + files[0]
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try Command.recfixFailures([path]) ?? [] == [])
        let request = try #require(try StoreReader.read(store).requests.first)
        #expect(request.channel == .gp && request.domains == [.finances] && request.takenBy == "w-ab")
        #expect(request.question == "Mevrouw redt het niet meer\nmet de post en de rekeningen.")
        #expect(try Binary.run(Binary.wijk, ["check", store]).status == 0)
        #expect(try Binary.run(Binary.wijk, ["audit", store]).stdout.contains("  w-ab  ") )

        let bad = try Binary.run(Binary.wijk, ["intake", store], input: "Name: X\u{1B}[2J\nStatus: linked\nVraag: y\n")
        #expect(bad.status == 1)
        #expect(bad.stderr == """
            stdin:1: Name: bevat een stuurteken
            stdin:1: Question: verplicht, ontbreekt of is leeg
            stdin:1: TakenBy: verplicht, ontbreekt of is leeg
            stdin:2: Status: dit veld vult Wijkdesk zelf in
            stdin:3: Vraag: onbekend veld

            """)
        let two = try Binary.run(Binary.wijk, ["intake", store], input: "Name: A\nQuestion: B\n\nName: C\nQuestion: D\n")
        #expect(two.status == 1 && two.stderr == "stdin:4: 2 records, verwacht één\n")
        #expect(requests(store).count == 1, "nothing more written")
    }

    @Test("wijk inbox shows names in its table, none in --csv unless --names, and a formula in a name stays text")
    func inbox() throws {
        let store = try FixtureStore.make(households: [])
        for (name, urgency) in [("=HYPERLINK(\"x\")", "crisis"), ("Fam. Bosma", "regulier")] {
            let result = try Binary.run(Binary.wijk, ["intake", store, "--name", name, "--question", "Hulp.",
                                                      "--urgency", urgency, "--by", "w-ab"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let table = try Binary.run(Binary.wijk, ["inbox", store])
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Urgentie    Ontvangen         Kanaal  Naam") == true, "\(table.stdout)")
        #expect(lines[1].hasPrefix("‼ crisis") && lines[2].hasPrefix("· regulier") && lines[2].contains("Fam. Bosma"))
        #expect(lines.last == "2 open, waarvan 2 nieuw · 0 over de norm")
        let csv = try Binary.run(Binary.wijk, ["inbox", store, "--csv"])
        // The Dutch Excel dialect every sheet of the program has: a byte-order mark, `;`, CRLF.
        #expect(csv.stdout.hasPrefix("\u{FEFF}id;received;"))
        #expect(!csv.stdout.contains("Bosma") && csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3)
        let named = try Binary.run(Binary.wijk, ["inbox", store, "--csv", "--names"])
        #expect(named.stdout.components(separatedBy: "\r\n").first?.hasSuffix(";taken_by;name") == true)
        #expect(named.stdout.contains(";w-ab;\"'=HYPERLINK(\"\"x\"\")\"\r\n"), "\(named.stdout)")
        let script = try Binary.run(Binary.wijk, ["inbox", store, "--csv", "--csv-dialect", "rfc4180"])
        #expect(script.stdout.hasPrefix("id,received,time,channel,urgency,status,waiting_wd,due,over_norm_wd,taken_by\r\n"),
                "commas for scripts: \(script.stdout)")
        let wrong = try Binary.run(Binary.wijk, ["inbox", store, "--csv", "--csv-dialect", "tsv"])
        #expect(wrong.status == 2 && wrong.stderr.contains("excel|rfc4180"), "\(wrong.stderr)")
        let audit = try Binary.run(Binary.wijk, ["audit", store]).stdout
        #expect(audit.contains("  export  requests+names  ok") && audit.contains("  export  requests  ok"))
        #expect(!audit.contains("Bosma"))
    }

    @Test("wijk report names the reports it makes, and a bad date is named with the form it must have")
    func reportUse() throws {
        let store = try FixtureStore.make(households: [])
        let unknown = try Binary.run(Binary.wijk, ["report", "wachttijd", store])
        #expect(unknown.status == 2 && unknown.stderr == "wijk report: geen rapport ‘wachttijd’; er zijn: caseload, waiting, zrm, outflow, outcomes, budget, satisfaction, resources, wijkbeeld (zie wijk report --help)\n")
        let date = try Binary.run(Binary.wijk, ["report", "waiting", store, "--from", "1 januari"])
        #expect(date.status == 2 && date.stderr == "wijk report: --from: geen datum (jjjj-mm-dd): 1 januari\n")
        let empty = try Binary.run(Binary.wijk, ["report", "waiting", store, "--from", "01-11-2026", "--to", "2026-11-30"])
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("\n01-11-2026 t/m 30-11-2026 · stand "))
        #expect(empty.stdout.contains("\ntotaal       –          0        0        –    –          0     0        0\n"),
                "\(empty.stdout)")
    }
}
