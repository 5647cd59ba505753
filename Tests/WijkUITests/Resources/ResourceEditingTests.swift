import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("Keeping the sociale kaart: filters, forms, checks, what was referred", .serialized)
struct ResourceEditingTests {
    /// The referral fixture's store with the sociale kaart focused.
    func app(_ store: TemporaryStore) throws -> AppState {
        var state = try ReferralFixture.app(store)
        Fixture.press(&state, .character("3"))
        return state
    }

    @Test("f narrows the list by domain, kind, age and village; the title says so; F clears it")
    func filter() throws {
        let store = try ReferralFixture.store()
        var state = try app(store)
        #expect(state.resourcesPane.visible.count == 4)
        Fixture.press(&state, .character("f"))
        Fixture.choose(&state, "Domeinen", "Sociaal netwerk")
        Fixture.fill(&state, "Leeftijd", "41")
        Fixture.press(&state, .ctrl("s"))
        let names = state.resourcesPane.visible.map { state.workspace.snapshot.resources[$0].name }
        #expect(names == ["Kulturhus De Deel"], "Jongerenwerk is for 12 to 23")
        #expect(Fixture.render(state).contains("3 Sociale kaart · 1 van 4 · Sociaal netwerk · 41 jr"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
             1 Caseload · team · 1 huishoudens ─────────────────────────────────────── 1/1 ─
              Let op Naam         Adres                            Reg Status     Evaluatie
            ▸   C    De Vries     Stationsweg 1, Ten Boer          AB  actief     01-12-2026



             3 Sociale kaart · 1 van 4 · Sociaal netwerk · 41 jr       2 Huishoudplan  1/1
              Naam                                   Let op      Soort          Dorp
            ▸ Kulturhus De Deel                                  buurthuis      Ten Boer













             AB Anouk Bakker              Enter openen  / zoeken  f filter  n nieuw  ? help
            """, name: "resources-filtered")
        Fixture.press(&state, .character("F"))
        #expect(state.resourcesPane.visible.count == 4)
    }

    @Test("n adds a resource with a form; saving it is checking it; the file passes recfix")
    func newResource() throws {
        let store = try ReferralFixture.store()
        var state = try app(store)
        Fixture.press(&state, .character("n"))
        Fixture.fill(&state, "Naam", "Repair Café Ten Boer")
        Fixture.choose(&state, "Soort", "burgerinitiatief")
        Fixture.choose(&state, "Domein 1", "Sociaal netwerk")
        Fixture.fill(&state, "Vanaf leeftijd", "30")
        Fixture.fill(&state, "Tot en met leeftijd", "20")
        Fixture.press(&state, .ctrl("s"))
        #expect(Fixture.render(state).contains("buiten het bereik"), "an age range the wrong way round")
        Fixture.fill(&state, "Tot en met leeftijd", "")
        Fixture.fill(&state, "Dorp of wijk", "Ten Boer")
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form == nil)
        let made = try #require(try StoreReader.read(store.root).resources.first { $0.id == "r-repair-cafe-ten-boer" })
        #expect(made.kind == .citizenInitiative && made.domains == [.network] && made.minimumAge == 30)
        #expect(made.checked == Fixture.now.day && made.checkedBy == "w-ab")
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
        #expect(AuditLog.read(root: store.root).entries.contains { $0.event.action == .create && $0.event.object == made.id })
    }

    @Test("e edits through the merge: a field changed elsewhere meanwhile is kept; K marks the details checked today")
    func editAndCheck() throws {
        let store = try ReferralFixture.store()
        var state = try app(store)
        let row = try #require(state.resourcesPane.visible.firstIndex { state.workspace.snapshot.resources[$0].id == "r-schuld" })
        for _ in 0..<row { Fixture.press(&state, .down) }
        Fixture.press(&state, .character("e"))
        #expect(state.form?.value("Name") == "Schuldhulpverlening Groningen")
        // Meanwhile, on another workstation, someone adds the phone number.
        let path = store.root + "/resources/r-schuld.rec"
        try (try String(contentsOfFile: path, encoding: .utf8) + "Phone: 050-3670000\n").write(toFile: path, atomically: true, encoding: .utf8)
        Fixture.fill(&state, "Wachttijd (weken)", "6")
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form == nil)
        var schuld = try #require(try StoreReader.read(store.root).resources.first { $0.id == "r-schuld" })
        #expect(schuld.waitWeeks == 6 && schuld.phone == "050-3670000" && schuld.category == "schuldhulp")

        try store.write("resources/r-schuld.rec", ReferralFixture.resource(
            "r-schuld", "Schuldhulpverlening Groningen", kind: "tailored", category: "schuldhulp", domains: ["Finances"])
            .replacingOccurrences(of: "Checked: 2026-09-01", with: "Checked: 2025-01-10"))
        state.reload(["resources/r-schuld.rec"], size: Fixture.size, now: Fixture.now)
        #expect(Fixture.render(state).contains("controleren"))
        Fixture.press(&state, .character("K"))
        #expect(state.notice == "Gegevens gecontroleerd op 23-11-2026.")
        schuld = try #require(try StoreReader.read(store.root).resources.first { $0.id == "r-schuld" })
        #expect(schuld.checked == Fixture.now.day && schuld.checkedBy == "w-ab")
        #expect(!Fixture.render(state).contains("controleren"))
    }

    @Test("A resource in full: who, where, how to refer, when checked, and the households referred without others' names")
    func detail() throws {
        let store = try ReferralFixture.store()
        try store.write("households/h-2/household.rec", TemporaryStore.household("h-2", name: "Bosma")
            .replacingOccurrences(of: "Regisseur: w-ab", with: "Regisseur: w-mk"))
        for (household, id, status) in [("h-1", "f-1", "started"), ("h-2", "f-2", "registered")] {
            try store.write("households/\(household)/referrals/\(id).rec", RecfileWriter.format(StoreEncoder.referralFile(
                Referral(id: id, household: household, date: Fixture.now.day, worker: "w-ab", resource: "r-deel",
                         status: Referral.Status(rawValue: status)!,
                         steps: [Referral.Step(id: id + "s", date: Fixture.now.day, worker: "w-ab",
                                               status: Referral.Status(rawValue: status)!)]))))
        }
        try store.write("team/w-mk.rec", "%rec: Worker\n\nId: w-mk\nName: Mehmet Kaya\nInitials: MK\nRole: worker\n")
        var state = try app(store)
        let row = try #require(state.resourcesPane.visible.firstIndex { state.workspace.snapshot.resources[$0].id == "r-deel" })
        for _ in 0..<row { Fixture.press(&state, .down) }
        Fixture.press(&state, .enter)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Kulturhus De Deel ──────────────────────────────────────────────────────────┐
            │ Soort          basisvoorziening · buurthuis                                  │
            │ Domeinen       Sociaal netwerk, Maatschappelijke participatie                │
            │ Dorp of wijk   Ten Boer                                                      │
            │ Wachttijd      geen wachttijd                                                │
            │ Gecontroleerd  01-09-2026 door Anouk Bakker                                  │
            │                                                                              │
            │ Verwijzingen hierheen                                                        │
            │ 2 huishoudens verwezen: 1 aangemeld, 1 gestart                               │
            │ Jouw huishoudens: De Vries (gestart)                                         │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────────────────────────────────────────────────── Esc sluiten ─┘
             AB Anouk Bakker              Enter openen  / zoeken  f filter  n nieuw  ? help
            """, name: "resource-detail")
        let screen = Fixture.render(state)
        #expect(screen.contains("basisvoorziening · buurthuis"))
        #expect(screen.contains("Dorp of wijk   Ten Boer"))
        #expect(screen.contains("Gecontroleerd  01-09-2026 door Anouk Bakker"))
        #expect(screen.contains("2 huishoudens verwezen: 1 aangemeld, 1 gestart"))
        #expect(screen.contains("Jouw huishoudens: De Vries (gestart)"))
        #expect(!screen.contains("Bosma"), "not Anouk's household: counted, not named")
    }
}
