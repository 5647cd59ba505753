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
}
