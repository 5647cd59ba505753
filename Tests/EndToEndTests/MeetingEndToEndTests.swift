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

    func leaks(_ screen: String, _ names: [String]) -> [String] {
        names.filter { name in
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
}
