import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("The team screen: workers, roles and PINs", .serialized)
struct TeamScreenTests {
    @Test("Coordinators manage the team: a new worker with a PIN, deactivating, a new PIN; medewerkers may not")
    func teamScreen() throws {
        let store = try TeamStore.copy()
        var worker = try TeamStore.app(store)
        TeamStore.signIn(&worker, "mk", "2222")
        Fixture.press(&worker, .character("t"))
        #expect(worker.overlay == nil)
        #expect(worker.notice == "Dat mag jouw rol niet.")

        var state = try TeamStore.app(store)
        TeamStore.signIn(&state, "ab", "1111")
        Fixture.press(&state, .character("t"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Team ───────────────────────────────────────────────────────────────────────┐
            │ ▸ AB   Anouk Bakker                coördinator                               │
            │   FD   Fenna Dekker                beheerder                                 │
            │   LD   Lieke Dijkstra              medewerker                                │
            │   MK   Mehmet Kaya                 medewerker                                │
            │   OC   Oud Collega                 medewerker          niet actief           │
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
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └─────────── n nieuw · e bewerken · d (de)activeren · p pincode · Esc sluiten ─┘
             AB Anouk Bakker            Enter openen  / filter  v weergave  n nieuw  ? help
            """, name: "team")
        Fixture.press(&state, .character("n"))
        Fixture.type(&state, "Sanne Visser")
        Fixture.press(&state, .tab)
        Fixture.type(&state, "sv")
        Fixture.press(&state, .tab, .tab)
        Fixture.type(&state, "12")
        // The domains she knows best: Financiën first, then Huisvesting.
        Fixture.press(&state, .tab, .right, .tab, .right, .right, .right, .right, .tab, .tab)
        Fixture.type(&state, "5555")
        Fixture.press(&state, .tab)
        Fixture.type(&state, "5556")
        Fixture.press(&state, .enter)
        #expect(Fixture.render(state).contains("niet dezelfde pincode"))
        Fixture.press(&state, .backspace)
        Fixture.type(&state, "5")
        Fixture.press(&state, .enter)
        #expect(state.form == nil)
        let sanne = try #require(state.snapshot.worker("w-sv"))
        #expect(sanne.initials == "SV")
        #expect(sanne.capacity == 12)
        #expect(sanne.domains == [.finances, .housing])
        #expect(Fixture.render(state).contains("SV   Sanne Visser                medewerker      12  Financiën, Huisvesti…"))
        let sanneFile = try String(contentsOfFile: store.root + "/team/w-sv.rec", encoding: .utf8)
        #expect(sanneFile.contains("Domain: Finances\nDomain: Housing\n"))
        #expect(PinHash.verify("5555", against: sanne.pinHash))
        #expect(try String(contentsOfFile: store.root + "/team/w-sv.rec", encoding: .utf8).contains("5555") == false)

        // Deactivate Mehmet Kaya, then give Lieke Dijkstra a new PIN.
        let list = state.teamList.map(\.id)
        for _ in 0..<list.firstIndex(of: "w-mk")! { Fixture.press(&state, .down) }
        Fixture.press(&state, .character("d"))
        #expect(state.snapshot.worker("w-mk")?.active == false)
        let ld = state.teamList.firstIndex { $0.id == "w-ld" }!
        Fixture.press(&state, .home)
        for _ in 0..<ld { Fixture.press(&state, .down) }
        Fixture.press(&state, .character("p"))
        Fixture.type(&state, "7777")
        Fixture.press(&state, .tab)
        Fixture.type(&state, "7777")
        Fixture.press(&state, .enter)
        #expect(PinHash.verify("7777", against: state.snapshot.worker("w-ld")!.pinHash))
        let changes = AuditLog.read(root: store.root).entries.filter { $0.event.action == .teamChange }.map { $0.event.object ?? "" }
        #expect(changes == ["w-sv", "w-mk", "w-ld"])
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
    }

    @Test("A form opened from the team screen takes the keys; closing it returns to the team screen, Esc then to the panes")
    func windowsStack() {
        var state = Fixture.state()
        Fixture.press(&state, .character("t"), .character("n"))
        #expect(state.form?.title == "Nieuwe medewerker")
        #expect(Fixture.render(state).contains("Nieuwe medewerker"))
        Fixture.type(&state, "q")
        #expect(state.form?.value("Name") == "q", "q is text in a form, not quit")
        Fixture.press(&state, .ctrl("u"), .escape)
        #expect(state.form == nil)
        #expect(state.overlay is TeamScreen)
        #expect(Fixture.render(state).contains("Anouk Bakker"))
        Fixture.press(&state, .escape)
        #expect(state.overlay == nil)
        #expect(state.focus == .caseload)
    }
}
