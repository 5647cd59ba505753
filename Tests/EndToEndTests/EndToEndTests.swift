import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
import WijkUI

/// Drives the real `wijk` binary in tmux, as a person at a terminal would.
@Suite("The real binary in a terminal", .serialized)
struct EndToEndTests {
    /// Skips (or, under `make test`, fails) when tmux is not installed.
    func requireTmux() throws -> Bool {
        if Binary.has("tmux") { return true }
        if Binary.required { Issue.record("tmux is not installed: run make test, which installs it") }
        return false
    }

    /// Signs in at the PIN prompt (the worker chosen with --as) and waits for the work to show.
    @discardableResult
    func signIn(_ tmux: Tmux, pin: String = "1111") throws -> String {
        try tmux.waitFor("Pincode voor")
        try tmux.send(pin, literal: true)
        try tmux.send("Enter")
        return try tmux.waitFor("? help")
    }

    /// A shell line that runs wijk, then reports its exit status and whether the terminal is back in canonical mode.
    func wrapped(_ arguments: String) -> String {
        "bash -c " + Tmux.quote(Binary.wijk + " " + arguments
                                + "; echo EXIT=$?; stty -a | grep -o -- '-\\?icanon\\b' | sed 's/^/MODE=/'; sleep 60")
    }

    @Test("The demo opens on three panes and help, filter, panes and quit work from the keyboard")
    func demoSession() throws {
        guard try requireTmux() else { return }
        let home = try Binary.temporaryFolder()
        let store = home + "/demo"
        let tmux = try Tmux(wrapped("demo --store " + store), environment: ["HOME": home])
        var screen = try tmux.waitFor("? help")
        #expect(screen.contains("Wijkdesk · Sociaal team Ten Boer"))
        #expect(screen.contains("1 Caseload · team ·"))
        #expect(screen.contains("2 Huishoudplan"))
        #expect(screen.contains("3 Sociale kaart"))
        #expect(screen.contains("(demo)"))

        try tmux.send("?")
        screen = try tmux.waitFor("Help — toetsen")
        #expect(screen.contains("naar de sociale kaart"))
        try tmux.send("Escape")
        try tmux.waitForAbsence("Help — toetsen")

        try tmux.send("/")
        try tmux.waitFor("Filter:")
        try tmux.send("zzzz", literal: true)
        try tmux.waitFor("Niets gevonden voor dit filter.")
        try tmux.send("Escape")
        try tmux.waitForAbsence("Niets gevonden")

        try tmux.send("3")
        try tmux.waitFor("Sociale kaart · 60 voorzieningen")
        try tmux.send("1")
        try tmux.waitForAbsence("Esc terug")
        try tmux.send("Enter")
        screen = try tmux.waitFor("n journaal")
        #expect(screen.contains("Regisseur "), "the plan of the first household has the focus")

        try tmux.send("q")
        screen = try tmux.waitFor("MODE=")
        #expect(screen.contains("EXIT=0"))
        #expect(screen.contains("MODE=icanon"))
        #expect(!screen.contains("Caseload"), "the alternate screen is gone after quitting")

        let attributes = try FileManager.default.attributesOfItem(atPath: store + "/wijkdesk.rec")
        #expect(attributes[.posixPermissions] as? Int == 0o600)
    }

    @Test("Names with diacritics and CJK characters keep the caseload columns aligned")
    func wideCharacters() throws {
        guard try requireTmux() else { return }
        let store = try FixtureStore.make(households: [
            ("h-1", "王芳 (Wang)", "Dorpsstraat 9", "Garmerwolde"),
            ("h-2", "Nguyễn-Ëlzinga", "Kerkstraat 3", "Ten Boer"),
            ("h-3", "Yılmaz Güneş", "Molenweg 5", "Thesinge"),
            ("h-4", "De Vries", "Stationsweg 12", "Ten Boer"),
        ])
        let tmux = try Tmux(wrapped(Tmux.quote(store) + " --as w-ab"))
        let screen = try signIn(tmux)
        let rows = screen.split(separator: "\n").filter { $0.contains("AB  actief") }
        #expect(rows.count == 4)
        let columns = Set(rows.map { row in DisplayWidth.of(row[..<row.range(of: "AB  actief")!.lowerBound]) })
        #expect(columns.count == 1, "the regisseur column starts at the same place on every row:\n\(rows.joined(separator: "\n"))")
        #expect(screen.contains("王芳 (Wang)"))
        #expect(screen.contains("Nguyễn-Ëlzinga"))
    }

    @Test("A resize re-lays out at once, and a window below 80×24 gets a clear message")
    func resize() throws {
        guard try requireTmux() else { return }
        let store = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")])
        let tmux = try Tmux(wrapped(Tmux.quote(store) + " --as w-ab"))
        try signIn(tmux)
        try tmux.resize(columns: 60, rows: 20)
        try tmux.waitFor("Het venster is te klein (60×20)")
        try tmux.resize(columns: 170, rows: 30)
        let screen = try tmux.waitFor("? help")
        let title = screen.split(separator: "\n").first { $0.contains("1 Caseload") } ?? ""
        #expect(title.contains("2 Huishoudplan"), "at 170 columns the plan stands beside the caseload")
    }

    @Test("Ctrl-C, SIGTERM and a crash each give the terminal back", arguments: ["C-c", "TERM", "SEGV"])
    func terminalRestored(how: String) throws {
        guard try requireTmux() else { return }
        let store = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")])
        let tmux = try Tmux(wrapped(Tmux.quote(store) + " --as w-ab"))
        try signIn(tmux)
        if how == "C-c" {
            try tmux.send("C-c")
        } else {
            let pid = try #require(try tmux.childPid(named: "wijk"))
            kill(pid, how == "TERM" ? SIGTERM : SIGSEGV)
        }
        let screen = try tmux.waitFor("MODE=")
        let expected = ["C-c": "EXIT=0", "TERM": "EXIT=143", "SEGV": "EXIT=139"][how]!
        #expect(screen.contains(expected))
        #expect(screen.contains("MODE=icanon"))
        #expect(!screen.contains("De Vries"), "no client data is left on the screen")
    }

    @Test("A change made on another workstation appears within 2 seconds, and the selection stays on its household")
    func liveReload() throws {
        guard try requireTmux() else { return }
        let store = try FixtureStore.make(households: [("h-1", "Bakker", "Kerkstraat 1", "Ten Boer"),
                                                       ("h-2", "Visser", "Molenweg 2", "Thesinge")])
        let tmux = try Tmux(wrapped(Tmux.quote(store) + " --as w-ab"))
        try signIn(tmux)
        try tmux.send("j")
        try tmux.waitFor("Huishoudplan · Visser")

        // Another workstation adds a household that sorts first and renames the selected one.
        let start = Date()
        try FixtureStore.write(store, "households/h-3/household.rec",
                               "%rec: Household\n\nId: h-3\nName: Aalders\nRegisseur: w-ab\nStatus: active\n")
        let writer = StoreWriter(root: store, workstation: "werkplek-2")
        let base = try #require(try writer.read("households/h-2/household.rec"))
        let renamed = base.sets.map { set in
            RecordSet(descriptor: set.descriptor, records: set.records.map { $0.setting("Name", to: "Visser-de Jong") })
        }
        _ = try writer.save("households/h-2/household.rec", base: base, ours: renamed)

        let screen = try tmux.waitFor("Huishoudplan · Visser-de Jong", timeout: 2.5)
        #expect(Date().timeIntervalSince(start) < 2.0)
        #expect(screen.contains("Aalders"))
        #expect(screen.contains("3/3"), "the selection moved with the household to its new place")
    }

    @Test("Restarted on its snapshot cache, the binary shows what changed while it was closed: edited in place, added, removed")
    func restartOnTheCache() throws {
        guard try requireTmux() else { return }
        let store = try FixtureStore.make(households: [("h-1", "Mulder", "Kerkstraat 1", "Ten Boer"),
                                                       ("h-2", "Visser", "Molenweg 2", "Thesinge"),
                                                       ("h-3", "Jansen", "Dorpsweg 3", "Woltersum")])
        var tmux = try Tmux(wrapped(Tmux.quote(store) + " --as w-ab"))
        try signIn(tmux)
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let cache = store + "/.wijk/snapshot.cache"
        #expect(FileManager.default.fileExists(atPath: cache), "the first start leaves a cache")
        let mode = try FileManager.default.attributesOfItem(atPath: cache)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // While it is closed: an editor changes Mulder in place (same size), a household comes, one goes.
        let path = store + "/households/h-1/household.rec"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Mulder", with: "Milder")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
        try FixtureStore.write(store, "households/h-4/household.rec",
                               "%rec: Household\n\nId: h-4\nName: Aalders\nRegisseur: w-ab\nStatus: active\n")
        try FileManager.default.removeItem(atPath: store + "/households/h-3")

        tmux = try Tmux(wrapped(Tmux.quote(store) + " --as w-ab"))
        try signIn(tmux)
        let screen = try tmux.waitFor("Milder")
        #expect(screen.contains("Aalders") && screen.contains("Visser"), "\(screen)")
        #expect(!screen.contains("Mulder") && !screen.contains("Jansen"), "\(screen)")
        #expect(screen.contains("Huishoudplan · Aalders"), "the first row is selected, as after a reading from disk")
        #expect(!screen.contains("controleren op wijzigingen"), "the check is done")
    }

    @Test("Two workstations on one household see each other: “ook geopend door …”, gone when one leaves")
    func presence() throws {
        guard try requireTmux() else { return }
        let store = try FixtureStore.make(households: [("h-1", "Bakker", "Kerkstraat 1", "Ten Boer")])
        let first = try Tmux(wrapped(Tmux.quote(store) + " --as w-ab"), environment: ["WIJK_WORKSTATION": "werkplek-1"])
        let second = try Tmux(wrapped(Tmux.quote(store) + " --as w-mk"), environment: ["WIJK_WORKSTATION": "werkplek-2"])
        try signIn(first, pin: "1111")
        try signIn(second, pin: "2222")
        try first.send("Enter")
        try second.send("Enter")
        try second.waitFor("ook geopend door AB op werkplek-1", timeout: 3)
        try first.waitFor("ook geopend door MK op werkplek-2", timeout: 3)
        try first.send("q")
        try second.waitForAbsence("ook geopend door AB", timeout: 3)
    }

    @Test("Sign in with a wrong then the right PIN, open a household, idle lock hides it, unlock; all in the audit trail")
    func signInLockAudit() throws {
        guard try requireTmux() else { return }
        let store = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")],
                                          idleLockSeconds: 3)
        let tmux = try Tmux(wrapped(Tmux.quote(store)), environment: ["WIJK_WORKSTATION": "werkplek-1"])
        var screen = try tmux.waitFor("Wie ben je?")
        #expect(!screen.contains("De Vries"))
        try tmux.send("ab", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Pincode voor Anouk Bakker")
        try tmux.send("9999", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Onjuiste pincode")
        try tmux.send("1111", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("? help")
        try tmux.send("Enter")
        try tmux.waitFor("n journaal")

        screen = try tmux.waitFor("Vergrendeld door Anouk Bakker", timeout: 8)
        #expect(!screen.contains("De Vries") && !screen.contains("Stationsweg"), "no client data on the lock screen")
        usleep(2_100_000)  // keys in the moment the lock falls are dropped
        try tmux.send("1111", literal: true)
        try tmux.send("Enter")
        screen = try tmux.waitFor("Huishoudplan · De Vries")
        try tmux.send("q")
        try tmux.waitFor("MODE=")

        let trail = try Binary.run(Binary.wijk, ["audit", store])
        #expect(trail.status == 0)
        let actions = trail.stdout.split(separator: "\n").map { $0.components(separatedBy: "  ")[3] }
        #expect(actions == ["sign-in-failed", "sign-in", "open", "lock", "unlock", "sign-out"], "\(trail.stdout)")
        #expect(trail.stdout.contains("open  h-1  ok"))
        #expect(!trail.stdout.contains("De Vries"), "ids only, never names")
        let household = try Binary.run(Binary.wijk, ["audit", store, "--household", "h-1"])
        #expect(household.stdout.split(separator: "\n").count == 1)
        let verify = try Binary.run(Binary.wijk, ["audit", "--verify", store])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("6 gebeurtenissen"))

        // Tamper with one line: verify names the file and line, and fails.
        let file = store + "/audit/werkplek-1/" + (try FileManager.default.contentsOfDirectory(atPath: store + "/audit/werkplek-1").first!)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "Object: h-1", with: "Object: h-2").write(toFile: file, atomically: true, encoding: .utf8)
        let broken = try Binary.run(Binary.wijk, ["audit", "--verify", store])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("regel gewijzigd: de hash klopt niet"))
    }

    @Test("Typing a journal entry through a lock: nothing typed after the lock shows or counts; unlocked, the entry is saved whole")
    func typingThroughTheLock() throws {
        guard try requireTmux() else { return }
        let store = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")])
        let tmux = try Tmux(wrapped(Tmux.quote(store) + " --as w-ab"))
        try signIn(tmux)
        try tmux.send("Enter")
        try tmux.waitFor("Huishoudplan · De Vries")
        try tmux.send("n")
        try tmux.waitFor("Nieuw contactmoment of notitie")
        for _ in 0..<3 { try tmux.send("Tab") }
        try tmux.send("Gesprek over de huur.", literal: true)
        try tmux.waitFor("Gesprek over de huur.")
        try tmux.send("C-l")
        var screen = try tmux.waitFor("Vergrendeld door Anouk Bakker")
        // The worker types on for a moment without looking: a Tab, text, digits, Enter.
        try tmux.send("Schuld bij de woningcorporatie", literal: true)
        try tmux.send("Tab")
        try tmux.send("Dochter 12 jaar", literal: true)
        try tmux.send("Enter")
        screen = try tmux.waitFor("toetsen genegeerd")
        #expect(!screen.contains("Schuld") && !screen.contains("Dochter") && !screen.contains("huur"), "\(screen)")
        #expect(screen.contains("Pincode en Enter om verder te gaan"), "still asking the locker's PIN:\n\(screen)")
        #expect(!screen.contains("Onjuiste pincode"), "typed text never counts as a wrong PIN")
        usleep(2_100_000)
        try tmux.send("1111", literal: true)
        try tmux.send("Enter")
        screen = try tmux.waitFor("Nieuw contactmoment of notitie")
        #expect(screen.contains("Gesprek over de huur."))
        try tmux.send("C-s")
        try tmux.waitFor("Opgeslagen.")
        try tmux.send("q")
        try tmux.waitFor("MODE=")

        let entries = try StoreReader.read(store).dossiers.first?.journal ?? []
        #expect(entries.map(\.text) == ["Gesprek over de huur."])
        let trail = try Binary.run(Binary.wijk, ["audit", store])
        #expect(!trail.stdout.contains("sign-in-failed"), "\(trail.stdout)")
    }

    @Test("A household made, filled and written in the real binary is all there after a restart, and passes recfix")
    func dailyWork() throws {
        guard try requireTmux() else { return }
        let store = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")])
        var tmux = try Tmux(wrapped(Tmux.quote(store) + " --as w-ab"))
        try signIn(tmux)
        func type(_ text: String) throws { try tmux.send(text, literal: true) }
        func press(_ keys: String...) throws { for key in keys { try tmux.send(key) } }

        try press("n")
        try tmux.waitFor("Nieuw huishouden")
        try type("Ağaoğlu-de Wit")
        try press("C-s")
        try tmux.waitFor("Huishoudplan · Ağaoğlu-de Wit")

        for (name, born) in [("Elif Ağaoğlu", "12-03-1980"), ("Sem de Wit", "01-06-2017")] {
            try press("m")
            try tmux.waitFor("Nieuw gezinslid")
            try type(name)
            try press("Tab")
            try type(born)
            try press("Enter")
            try tmux.waitFor(name)
        }
        for (date, steps) in [("01-09-2026", 2), ("23-11-2026", 2)] {
            try press("z")
            try tmux.waitFor("ZRM scoren")
            try press("Tab", "C-u")
            try type(date)
            try press("Tab")
            for _ in 0..<steps { try press("Right") }
            try press("C-s")
            try tmux.waitForAbsence("ZRM scoren")
        }
        try press("D")
        try tmux.waitFor("Nieuw doel")
        try press("Tab")
        try type("Schulden in beeld")
        try press("Enter")
        try press("A")
        try tmux.waitFor("Nieuwe actie")
        try type("Aanmelden schuldhulp")
        try press("Enter")
        try tmux.waitForAbsence("Nieuwe actie")
        try press("n")
        try tmux.waitFor("Nieuw contactmoment")
        try press("Tab", "Tab", "Tab")
        try type("Huisbezoek bij Elif.")
        try press("Enter")
        try type("Afspraak: één keer per week café.")
        try press("C-s")
        try tmux.waitForAbsence("Nieuw contactmoment")
        try press("b")
        try tmux.waitFor("Uitgave of toezegging")
        try press("Tab", "Tab")
        try type("45,50")
        try press("Tab")
        try type("Zwemles Sem")
        try press("Enter")
        try tmux.waitForAbsence("Uitgave of toezegging")
        try press("q")
        try tmux.waitFor("MODE=")

        // A new session: everything is there.
        tmux = try Tmux(wrapped(Tmux.quote(store) + " --as w-ab"))
        let screen = try signIn(tmux)
        #expect(screen.contains("Ağaoğlu-de Wit"))
        let dossier = try #require(try StoreReader.read(store).dossiers.first { $0.household.name == "Ağaoğlu-de Wit" })
        #expect(dossier.members.map(\.name) == ["Elif Ağaoğlu", "Sem de Wit"])
        #expect(dossier.assessments.count == 2)
        #expect(dossier.progress.first.map { "\($0.domain.rawValue) \($0.first.rawValue)→\($0.latest.rawValue)" } == "Finances 2→4")
        #expect(dossier.goals.map(\.text) == ["Schulden in beeld"])
        #expect(dossier.actions.map(\.text) == ["Aanmelden schuldhulp"])
        #expect(dossier.journal.map(\.text) == ["Huisbezoek bij Elif.\nAfspraak: één keer per week café."])
        #expect(dossier.expenses.map(\.amount) == [Money(cents: 4550)])
        try tmux.send("Enter")
        #expect(try tmux.waitFor("n journaal").contains("Elif Ağaoğlu"))
        try tmux.send("G")
        try tmux.waitFor("Huisbezoek bij Elif.")
        let failures = try Command.recfixFailures(Command.recFiles(under: store)) ?? []
        #expect(failures == [], "\(failures)")
    }

    @Test("With NO_COLOR set the screen has no colour, only attributes")
    func noColor() throws {
        guard try requireTmux() else { return }
        let store = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")])
        let tmux = try Tmux(wrapped(Tmux.quote(store) + " --as w-ab"), environment: ["NO_COLOR": "1"])
        try signIn(tmux)
        let escapes = try tmux.captureWithEscapes()
        #expect(escapes.contains("\u{1B}[7m"), "reverse video still marks the selection")
        #expect(!Self.hasColour(escapes))
        let coloured = try Tmux(wrapped(Tmux.quote(store) + " --as w-ab"))
        try signIn(coloured)
        #expect(Self.hasColour(try coloured.captureWithEscapes()), "without NO_COLOR the theme colours show")
    }
}

extension EndToEndTests {
    /// Whether any SGR sequence in `text` sets a foreground or background colour
    /// (39 and 49, back to the default colour, do not count).
    static func hasColour(_ text: String) -> Bool {
        let sgr = /\u{1B}\[([0-9;]*)m/
        return text.matches(of: sgr).contains { match in
            match.output.1.split(separator: ";").compactMap { Int($0) }.contains { code in
                (30...38).contains(code) || (40...48).contains(code) || (90...97).contains(code)
                    || (100...107).contains(code)
            }
        }
    }
}

extension Tmux {
    /// The screen with its escape sequences (colours and attributes).
    func captureWithEscapes() throws -> String {
        try Binary.run(tmux, ["-L", socket, "capture-pane", "-e", "-p", "-t", "0"]).stdout
    }
}
