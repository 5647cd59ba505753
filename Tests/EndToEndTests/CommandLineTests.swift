import Foundation
import Testing
import TestSupport

@Suite("The wijk command without a screen")
struct CommandLineTests {
    @Test("--help explains the commands and --version names the version")
    func helpAndVersion() throws {
        let help = try Binary.run(Binary.wijk, ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("wijk demo [--store MAP]"))
        #expect(help.stdout.contains("wijk check MAP"))
        let english = try Binary.run(Binary.wijk, ["--help"], environment: ["WIJK_LANG": "en"])
        #expect(english.stdout.contains("wijk demo [--store DIR]"))
        let version = try Binary.run(Binary.wijk, ["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("wijk 0."))
    }

    @Test("Without a terminal wijk says so and exits non-zero, after making the demo copy")
    func noTerminal() throws {
        let folder = try Binary.temporaryFolder()
        let result = try Binary.run(Binary.wijk, ["demo", "--store", folder + "/demo"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("geen terminal"))
        #expect(FileManager.default.fileExists(atPath: folder + "/demo/wijkdesk.rec"))
    }

    @Test("A missing folder, a folder that is not a store, and an unknown option are clear errors")
    func badArguments() throws {
        let folder = try Binary.temporaryFolder()
        let missing = try Binary.run(Binary.wijk, [folder + "/nope"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "wijk: \(folder)/nope: map bestaat niet\n")
        let notStore = try Binary.run(Binary.wijk, [folder])
        #expect(notStore.status == 1)
        #expect(notStore.stderr.contains("geen Wijkdesk-opslag (wijkdesk.rec ontbreekt)"))
        let option = try Binary.run(Binary.wijk, ["--kleur"])
        #expect(option.status == 2)
        #expect(option.stderr.contains("--kleur"))
    }

    @Test("wijk check prints one path:line line per problem and exits 1; a clean store exits 0")
    func check() throws {
        let store = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")])
        let clean = try Binary.run(Binary.wijk, ["check", store])
        #expect(clean.status == 0)
        try FixtureStore.write(store, "households/h-2/household.rec", "%rec: Household\n\nId: h-2\nName De Wit\n")
        try FixtureStore.write(store, "households/h-1/journal/x.rec",
                               "%rec: JournalEntry\n\nId: x\nDate: 2026-02-30\nType: homevisit\nAuthor: w-ab\nText: t\n")
        let broken = try Binary.run(Binary.wijk, ["check", store])
        #expect(broken.status == 1)
        #expect(broken.stdout == """
            \(store)/households/h-1/journal/x.rec:4: veld Date: verwacht een datum jjjj-mm-dd
            \(store)/households/h-2/household.rec:4: verwacht een veld ‘Naam: waarde’

            """)
        #expect(broken.stderr == "2 problemen\n")
    }

    @Test("The shipped demo store is complete, opens without problems, and every file passes recfix --check")
    func demoStore() throws {
        let seeds = Binary.root + "/seeds"
        let check = try Binary.run(Binary.wijk, ["check", seeds])
        #expect(check.status == 0, "\(check.stdout)")
        let count = { (folder: String) in
            (try? FileManager.default.contentsOfDirectory(atPath: seeds + "/" + folder))?.count ?? 0
        }
        #expect(count("households") >= 40)
        #expect(count("team") >= 8)
        #expect(count("resources") >= 25)
        #expect(count("requests") >= 3)
        let failures = try Command.recfixFailures(Command.recFiles(under: seeds))
        #expect(failures ?? [] == [])
    }

    @Test("wijk init makes an empty store with its first coordinator that opens, checks clean and passes recfix")
    func initStore() throws {
        let store = try Binary.temporaryFolder() + "/team"
        let noPin = try Binary.run(Binary.wijk, ["init", store, "--team", "X", "--coordinator", "Y", "--initials", "Y"])
        #expect(noPin.status == 2, "without a terminal the PIN must come from --pin-stdin")
        #expect(noPin.stderr.contains("--pin-stdin"))
        let made = try Binary.run(Binary.wijk, ["init", store, "--team", "Wijkteam Oosterpark", "--coordinator",
                                                "Fatima El Amrani", "--initials", "fe", "--pin-stdin"], input: "4821\n")
        #expect(made.status == 0, "\(made.stderr)")
        let worker = try String(contentsOfFile: store + "/team/w-fe.rec", encoding: .utf8)
        #expect(worker.contains("PinHash: $y$"))
        #expect(!worker.contains("4821"))
        #expect(made.stdout.contains("w-fe"))
        #expect(try Binary.run(Binary.wijk, ["check", store]).status == 0)
        #expect(try Command.recfixFailures(Command.recFiles(under: store)) ?? [] == [])
        let mode = try FileManager.default.attributesOfItem(atPath: store + "/team/w-fe.rec")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let again = try Binary.run(Binary.wijk, ["init", store, "--team", "X", "--coordinator", "Y", "--initials", "Y",
                                                 "--pin-stdin"], input: "1234\n")
        #expect(again.status == 1)
        #expect(again.stderr.contains("niet leeg"))
        let missing = try Binary.run(Binary.wijk, ["init", store + "2", "--team", "X"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--coordinator"))
    }

    @Test("wijk check names unknown references, invalid BSNs and postcodes by file and line, without the values")
    func checkReferences() throws {
        let store = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")])
        try FixtureStore.write(store, "households/h-1/household.rec", """
            %rec: Household

            Id: h-1
            Name: De Vries
            Postcode: 9791AB
            Regisseur: w-zz
            Status: active

            %rec: Member

            Id: m-1
            Name: Anouk
            BSN: 123456789

            """)
        let result = try Binary.run(Binary.wijk, ["check", store])
        #expect(result.status == 1)
        #expect(result.stdout == """
            \(store)/households/h-1/household.rec:5: veld Postcode: geen postcode als 1234 AB
            \(store)/households/h-1/household.rec:6: veld Regisseur: ‘w-zz’ bestaat niet
            \(store)/households/h-1/household.rec:13: veld BSN: geen geldig BSN (elfproef)

            """)
        #expect(!result.stdout.contains("123456789"))
    }

    @Test("Every command has its own --help: usage, options, exit status and an example, in the chosen language")
    func commandHelp() throws {
        for (command, usage) in [("check", "wijk check MAP"), ("merge", "wijk merge MAP"), ("init", "wijk init MAP"),
                                 ("audit", "wijk audit MAP"), ("generate", "wijk generate MAP"), ("demo", "wijk demo"),
                                 ("intake", "wijk intake MAP"), ("inbox", "wijk inbox MAP"),
                                 ("report", "wijk report RAPPORT MAP"),
                                 ("resources", "wijk resources import MAP"), ("meeting", "wijk meeting MAP"),
                                 ("avg", "wijk avg export MAP"), ("retention", "wijk retention MAP")] {
            let help = try Binary.run(Binary.wijk, [command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.hasPrefix("Gebruik: " + usage), "\(command): \(help.stdout.prefix(60))")
            #expect(help.stdout.contains("Afsluitstatus:") && help.stdout.contains("Voorbeeld:"), "\(command)")
            #expect(!help.stdout.contains("wijk --help | --version"), "\(command) prints its own help, not the general one")
        }
        let store = try Binary.run(Binary.wijk, ["/ergens/wijkteam", "--help"])
        #expect(store.stdout.hasPrefix("Gebruik: wijk MAP"))
        let english = try Binary.run(Binary.wijk, ["check", "--lang", "en", "--help"])
        #expect(english.stdout.hasPrefix("Usage: wijk check DIR"))
        #expect(english.stdout.contains("Exit status:"))
    }

    @Test("Options stand before or after the store; a wrong one is named with the form its value must have")
    func optionsAnywhere() throws {
        let store = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")])
        let before = try Binary.run(Binary.wijk, ["audit", "--since", "2026-11-01", store])
        let after = try Binary.run(Binary.wijk, ["audit", store, "--since", "2026-11-01"])
        #expect(before.status == 0 && after.status == 0, "\(before.stderr)\(after.stderr)")
        #expect(before.stdout == after.stdout)
        let badDate = try Binary.run(Binary.wijk, ["audit", store, "--since", "notadate"])
        #expect(badDate.status == 2)
        #expect(badDate.stderr == "wijk audit: --since: geen datum (jjjj-mm-dd): notadate\n")
        let noValue = try Binary.run(Binary.wijk, ["audit", store, "--since"])
        #expect(noValue.stderr == "wijk audit: --since heeft een waarde nodig: een datum jjjj-mm-dd\n")
        let noStore = try Binary.run(Binary.wijk, ["check"])
        #expect(noStore.status == 2)
        #expect(noStore.stderr.hasPrefix("wijk check: geef de map van de opslag"))
        let foreign = try Binary.run(Binary.wijk, ["check", store, "--since", "2026-11-01"])
        #expect(foreign.status == 2)
        #expect(foreign.stderr.hasPrefix("wijk check: --since hoort niet bij wijk check"))
        let households = try Binary.run(Binary.wijk, ["generate", store + "-groot", "--households", "veel"])
        #expect(households.stderr == "wijk generate: --households: geen getal groter dan 0: veel\n")
        let escape = try Binary.run(Binary.wijk, ["check", store, "--\u{1B}[31m"])
        #expect(escape.stderr.contains("--\\u001B[31m"), "a control character in an argument is shown escaped")
        #expect(!escape.stderr.contains("\u{1B}"))
    }

    @Test("wijk check: 20 problems of a file, then how many more (--all shows them); whole-file problems on line 1; controls named and escaped")
    func checkAtScale() throws {
        let store = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")])
        let bad = (1...25).map { "Id: x-\($0)\nDate: 2026-02-30\nType: homevisit\nAuthor: w-ab\nText: t\n" }
        try FixtureStore.write(store, "households/h-1/journal/x.rec", "%rec: JournalEntry\n\n" + bad.joined(separator: "\n"))
        try FixtureStore.write(store, "households/h-1/journal/leeg.rec", "\n  \n")
        try FixtureStore.write(store, "households/h-1/journal/bom.rec", "\u{FEFF}%rec: JournalEntry\n\nId: b\n")
        try FixtureStore.write(store, "households/h-1/household.rec", """
            %rec: Household

            Id: h-1
            Name: De Vries\u{1B}]0;gehackt\u{07}
            Regisseur: w-ab
            Status: active

            """)
        let result = try Binary.run(Binary.wijk, ["check", store])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let journal = lines.filter { $0.contains("journal/x.rec") }
        #expect(journal.count == 21)
        #expect(journal.last == "\(store)/households/h-1/journal/x.rec: en nog 5 problemen in dit bestand (wijk check --all toont ze allemaal)")
        #expect(lines.contains { $0.hasPrefix("\(store)/households/h-1/journal/leeg.rec:1: ") }, "\(lines)")
        #expect(lines.contains { $0 == "\(store)/households/h-1/journal/bom.rec:1: begint met een byte-order mark (BOM): het bestand is gelezen; bewaar het zonder BOM" },
                "\(lines)")
        #expect(lines.contains("\(store)/households/h-1/household.rec:4: stuurteken in veld Name"), "\(lines)")
        #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{FEFF}") && !result.stdout.contains("gehackt"))
        let all = try Binary.run(Binary.wijk, ["check", store, "--all"])
        #expect(all.stdout.split(separator: "\n").filter { $0.contains("journal/x.rec") }.count == 25)
    }
}
