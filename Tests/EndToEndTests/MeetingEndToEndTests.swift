import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore

/// The casuïstiekoverleg with the real binary on the demo store: who is present, three items, a decision with an
/// action and a new regisseur, one postponed, the end; then the plans, the minutes and the export.
@Suite("The team meeting end to end on the demo store", .serialized)
struct MeetingEndToEndTests {
    /// Every full name of the demo's people and households, as whole words.
    func names() throws -> [String] {
        let snapshot = try StoreReader.read(Repository.path("seeds"))
        return snapshot.dossiers.flatMap { [$0.household.name] + $0.members.map(\.name) }
            + snapshot.requests.map(\.name)
    }

    /// The names on `screen` as whole words; the workers' names are not clients' (Jantina Huizinga is a worker,
    /// Huizinga also a household).
    func leaks(_ screen: String, _ names: [String]) -> [String] {
        var screen = screen
        for worker in (try? StoreReader.read(Repository.path("seeds")).workers) ?? [] {
            screen = screen.replacingOccurrences(of: worker.name, with: worker.initials)
        }
        return names.filter { name in
            screen.range(of: "(?<![\\p{L}])" + NSRegularExpression.escapedPattern(for: name) + "(?![\\p{L}])",
                         options: .regularExpression) != nil
        }
    }

    @Test("Present, three items, a decision with an action and a hand-over, one postponed, the end; no full name on screen")
    func meeting() throws {
        guard Binary.has("tmux") else {
            if Binary.required { Issue.record("tmux is not installed: run make test, which installs it") }
            return
        }
        let home = try Binary.temporaryFolder()
        let store = home + "/demo"
        let tmux = try Tmux("bash -c " + Tmux.quote(Binary.wijk + " demo --store " + store + "; sleep 60"),
                            environment: ["HOME": home])
        try tmux.waitFor("? help")
        let names = try names()
        var screens: [String] = []
        try tmux.send("M")
        screens.append(try tmux.waitFor("Teamoverleg"))
        try tmux.send("a")
        try tmux.waitFor("Aanwezig")
        try tmux.send("Tab", "Right", "Tab", "Right", "C-s")
        screens.append(try tmux.waitFor("Agenda ·"))
        #expect(screens.last!.range(of: #"aanwezig: [A-Z]+, [A-Z]+, [A-Z]+"#, options: .regularExpression) != nil,
                "the chair and two more\n\(screens.last!)")
        try tmux.send("Enter")
        screens.append(try tmux.waitFor("Punt 1 van"))
        try tmux.send("n")
        screens.append(try tmux.waitFor("Punt 2 van"))
        try tmux.send("n")
        screens.append(try tmux.waitFor("Punt 3 van"))
        for screen in screens { #expect(leaks(screen, names).isEmpty, "\(leaks(screen, names)) on\n\(screen)") }

        try tmux.send("b")
        try tmux.waitFor("Besluit ·")
        try tmux.send("Wekelijks huisbezoek, MK neemt het over.", literal: true)
        try tmux.send("Tab")
        try tmux.send("Huisbezoek plannen", literal: true)
        try tmux.send("Tab", "Tab")
        try tmux.send("15-12-2026", literal: true)
        try tmux.send("Tab")
        try tmux.send("Mehmet", literal: true)
        try tmux.send("C-s")
        var screen = try tmux.waitFor("Besluit: Wekelijks huisbezoek")
        #expect(leaks(screen, names).isEmpty)
        try tmux.send("p")
        try tmux.waitFor("Punt 2 van")
        try tmux.send("s")
        try tmux.waitFor("Punt 3 van")
        try tmux.send("e")
        try tmux.waitFor("Het overleg afsluiten?")
        try tmux.send("j")
        screen = try tmux.waitFor("afgelopen")
        #expect(screen.contains("1 besproken · 1 uitgesteld"))
        try tmux.send("Enter", "q")
        try tmux.waitForAbsence("? help")

        let snapshot = try StoreReader.read(store)
        let minutes = try #require(snapshot.meetings.last)
        #expect(minutes.present.count == 3 && minutes.ended != nil)
        #expect(minutes.items[1].status == .postponed && minutes.items[2].status == .discussed)
        guard case .household(let id) = minutes.items[2].subject else {
            Issue.record("the third item is a household")
            return
        }
        let dossier = try #require(snapshot.dossiers.first { $0.id == id })
        #expect(dossier.household.regisseur == "w-mk")
        #expect(dossier.actions.contains { $0.text == "Huisbezoek plannen" && $0.due == Day(iso: "2026-12-15") })
        #expect(dossier.journal.contains { $0.text.hasPrefix("Besproken in teamoverleg") && $0.text.contains("Wekelijks huisbezoek") })
        #expect(try Command.recfixFailures(Command.recFiles(under: store)) ?? [] == [])

        let date = minutes.date.iso
        let export = try Binary.run(Binary.wijk, ["meeting", "export", store, date])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("— besproken") && export.stdout.contains("Wekelijks huisbezoek"))
        #expect(leaks(export.stdout, names).isEmpty, "\(leaks(export.stdout, names))")
        let full = try Binary.run(Binary.wijk, ["meeting", "export", store, date, "--format", "txt", "--full"])
        #expect(full.stdout.contains(dossier.household.name))
        let audit = try Binary.run(Binary.wijk, ["audit", store]).stdout
        #expect(audit.contains("export  meeting:" + date + "  ok") && audit.contains("export  meeting:" + date + "+names  ok"))
    }

    @Test("wijk meeting: every way out (Esc, the lock, q with the PIN, e and q) shows no name, and none goes to the caseload without a PIN")
    func waysOut() throws {
        guard Binary.has("tmux") else {
            if Binary.required { Issue.record("tmux is not installed: run make test, which installs it") }
            return
        }
        let home = try Binary.temporaryFolder()
        let store = home + "/store"
        _ = try DemoStore.prepare(seeds: Repository.path("seeds"), target: store)
        let names = try names()
        let tmux = try Tmux("bash -c " + Tmux.quote(Binary.wijk + " meeting " + store + " --as w-ab; echo EXIT=$?; sleep 60"),
                            environment: ["HOME": home, "WIJK_WORKSTATION": "beamer"])
        var screens: [String] = []
        func look(_ text: String) throws {
            screens.append(try tmux.waitFor(text))
        }
        func pin() throws {
            usleep(2_100_000)  // keys in the moment the lock falls are dropped
            try tmux.send("1111", literal: true)
            try tmux.send("Enter")
        }
        try tmux.waitFor("Pincode voor Anouk Bakker")
        try tmux.send("1111", literal: true)
        try tmux.send("Enter")
        try look("Agenda ·")
        #expect(screens.last!.contains("projectie"), "the status bar says projector mode is on")
        try tmux.send("Enter")
        try look("Punt 1 van")
        try tmux.send("Escape")
        try look("Agenda ·")

        // Esc on the agenda asks; Enter signs out: wijk meeting ends where it began.
        try tmux.send("Escape")
        try look("Het overleg verlaten")
        try tmux.send("Enter")
        try look("Wie ben je?")

        // Signed in again (a PIN, on purpose), the meeting again: the lock brings it back, not the caseload.
        usleep(2_100_000)  // keys in the moment the sign-in screen appears are dropped
        try tmux.send("ab", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Pincode voor Anouk Bakker")
        try tmux.send("1111", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("? help")
        try tmux.send("M")
        try look("Agenda ·")
        try tmux.send("C-l")
        try look("Vergrendeld door Anouk Bakker")
        try pin()
        try look("Agenda ·")

        // q asks; p locks with a word on why, and the PIN opens the worker's own work.
        try tmux.send("q")
        try look("Het overleg verlaten")
        try tmux.send("p")
        try look("Het overleg is verlaten")
        try pin()
        var screen = try tmux.waitFor("? help")
        #expect(screen.contains("Caseload") && !screen.contains("projectie"), "\(screen)")

        // e asks before ending; the summary; q and q again close Wijkdesk.
        try tmux.send("M")
        try look("Agenda ·")
        try tmux.send("e")
        try look("Het overleg afsluiten?")
        try tmux.send("j")
        try look("afgelopen")
        try tmux.send("q")
        try look("Het overleg verlaten")
        try tmux.send("q")
        screen = try tmux.waitFor("EXIT=")
        #expect(screen.contains("EXIT=0"))
        for screen in screens { #expect(leaks(screen, names).isEmpty, "\(leaks(screen, names)) on\n\(screen)") }

        let trail = try Binary.run(Binary.wijk, ["audit", store])
        let actions = trail.stdout.split(separator: "\n").map { $0.components(separatedBy: "  ")[3] }
        #expect(actions.filter { $0 == "sign-out" }.count == 2 && actions.filter { $0 == "lock" }.count == 2, "\(trail.stdout)")
    }
}
