import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("Signing in, locking and roles on a shared workstation", .serialized)
struct SessionTests {
    @Test("The sign-in screen lists the active team by type-ahead and shows no client data")
    func signInScreen() throws {
        let store = try TeamStore.copy()
        var state = try TeamStore.app(store)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · Aanmelden                                          09:30


                      Wie ben je? Typ je naam of initialen:


                      ▸ AB  Anouk Bakker  (coördinator)
                        FD  Fenna Dekker  (beheerder)
                        LD  Lieke Dijkstra  (medewerker)
                        MK  Mehmet Kaya  (medewerker)













             ↑↓ kiezen · Enter verder · Ctrl-C stoppen
            """, name: "sign-in")
        Fixture.type(&state, "mk")
        #expect(Fixture.render(state).contains("▸ MK  Mehmet Kaya  (medewerker)"))
        #expect(!Fixture.render(state).contains("Oud Collega"), "a deactivated worker cannot sign in")
        Fixture.press(&state, .enter)
        Fixture.type(&state, "22")
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · Aanmelden                                          09:30


                      Pincode voor Mehmet Kaya (MK):

                        ••

















             Enter aanmelden · Esc terug
            """, name: "sign-in-pin")
    }

    @Test("A wrong PIN is refused and recorded; the right one signs in and is recorded")
    func wrongThenRight() throws {
        let store = try TeamStore.copy()
        var state = try TeamStore.app(store)
        TeamStore.signIn(&state, "ab", "9999")
        #expect(state.gate != .open)
        #expect(Fixture.render(state).contains("Onjuiste pincode. Nog 4 pogingen tot een wachttijd."))
        Fixture.type(&state, "1111")
        Fixture.press(&state, .enter)
        #expect(state.gate == .open)
        #expect(state.viewer?.id == "w-ab")
        let actions = AuditLog.read(root: store.root).entries.map { $0.event.action.rawValue + " " + $0.event.outcome.rawValue }
        #expect(actions == ["sign-in-failed failed", "sign-in ok"])
    }

    @Test("Five wrong PINs make the worker wait, also with the right PIN, until the wait is over")
    func lockout() throws {
        let store = try TeamStore.copy()
        var state = try TeamStore.app(store)
        TeamStore.signIn(&state, "ab", "0000")
        for _ in 0..<4 {
            Fixture.type(&state, "0000")
            Fixture.press(&state, .enter)
        }
        #expect(Fixture.render(state).contains("Te veel onjuiste pincodes: wacht tot"))
        Fixture.type(&state, "1111")
        Fixture.press(&state, .enter)
        #expect(state.gate != .open, "the right PIN waits too")
        for c in "1111" { _ = state.handle(.character(c), size: Fixture.size, now: TeamStore.later(31)) }
        _ = state.handle(.enter, size: Fixture.size, now: TeamStore.later(31))
        #expect(state.gate == .open, "after the wait the right PIN works")
        let outcomes = AuditLog.read(root: store.root).entries.map(\.event.outcome)
        #expect(outcomes == [.failed, .failed, .failed, .failed, .failed, .denied, .ok])
    }

    @Test("After the idle time the screen locks: no client data; the same PIN unlocks and keeps the place")
    func idleLock() throws {
        let store = try TeamStore.copy()
        var state = try TeamStore.app(store)
        TeamStore.signIn(&state, "ab", "1111")
        Fixture.press(&state, .enter)
        #expect(state.focus == .plan)
        state.tick(now: TeamStore.later(299))
        #expect(state.gate == .open)
        state.tick(now: TeamStore.later(300))
        let screen = AppView.render(state, size: Fixture.size, now: TeamStore.later(300)).text
        expectScreen(screen, """
             Wijkdesk · Testteam · Vergrendeld                                        09:30


                      Vergrendeld door Anouk Bakker (AB).

                      Pincode voor Anouk Bakker (AB):

















             Pincode en Enter om verder te gaan · Tab: een ander meldt zich aan
            """, name: "locked")
        #expect(!screen.contains("De Vries") && !screen.contains("Stationsweg"))
        for c in "1111" { _ = state.handle(.character(c), size: Fixture.size, now: TeamStore.later(310)) }
        _ = state.handle(.enter, size: Fixture.size, now: TeamStore.later(310))
        #expect(state.gate == .open)
        #expect(state.focus == .plan, "unlocking returns to where the worker was")
        let actions = AuditLog.read(root: store.root).entries.map(\.event.action)
        #expect(actions == [.signIn, .open, .lock, .unlock])
    }

    @Test("From the lock screen another worker can sign in; Ctrl-L locks at once and Ctrl-W signs out")
    func switching() throws {
        let store = try TeamStore.copy()
        var state = try TeamStore.app(store)
        TeamStore.signIn(&state, "ab", "1111")
        Fixture.press(&state, .ctrl("l"))
        guard case .locked = state.gate else { Issue.record("not locked"); return }
        Fixture.press(&state, .tab)
        TeamStore.signIn(&state, "mk", "2222")
        #expect(state.viewer?.id == "w-mk")
        Fixture.press(&state, .ctrl("w"))
        guard case .signIn(let signIn) = state.gate else { Issue.record("not signed out"); return }
        #expect(signIn.message == .signedOut)
        #expect(state.viewer == nil)
        let actions = AuditLog.read(root: store.root).entries.map { $0.event.worker + " " + $0.event.action.rawValue }
        #expect(actions == ["w-ab sign-in", "w-ab lock", "w-ab sign-out", "w-mk sign-in", "w-mk sign-out"])
    }

    @Test("A restricted household: hidden from other workers, open to its regisseur and coordinators")
    func restrictedPerRole() throws {
        let store = try TeamStore.copy()
        for (who, pin, visible) in [("ld", "4444", false), ("mk", "2222", true), ("ab", "1111", true), ("fd", "3333", false)] {
            var state = try TeamStore.app(store)
            TeamStore.signIn(&state, who, pin)
            let screen = Fixture.render(state)
            #expect(screen.contains("Van der Berg") == visible, "\(who)")
            #expect(screen.contains("Afgeschermd huis") == !visible, "\(who)")
        }
    }

    @Test("Emergency access asks for a reason, opens the household, is recorded, and its regisseur sees it")
    func emergencyAccess() throws {
        let store = try TeamStore.copy()
        var state = try TeamStore.app(store)
        TeamStore.signIn(&state, "ld", "4444")
        let hidden = state.caseload.visible.firstIndex { state.caseload.rows[$0].name == "Afgeschermd huishouden" }!
        Fixture.press(&state, .home)
        for _ in 0..<hidden { Fixture.press(&state, .down) }
        Fixture.press(&state, .enter)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Noodtoegang (doorbreekglas) ────────────────────────────────────────────────┐
            │ Dit huishouden is afgeschermd. Met een reden kun je het toch openen; dat     │
            │ wordt vastgelegd en de regisseur ziet wie het deed.                          │
            │                                                                              │
            │ Reden *                                                                      │
            │                                                                              │
            │ * verplicht                                                                  │
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
            └──────────────────── Tab volgend veld · Enter/Ctrl-S opslaan · Esc annuleren ─┘
             LD Lieke Dijkstra
            """, name: "emergency-form")
        Fixture.press(&state, .enter)
        #expect(state.form != nil, "a reason is required")
        Fixture.type(&state, "Melding Veilig Thuis, regisseur ziek")
        Fixture.press(&state, .enter)
        #expect(state.focus == .plan)
        #expect(state.selectedDossier?.household.name == "Van der Berg")
        let event = try #require(AuditLog.read(root: store.root).entries.last?.event)
        #expect(event.action == .open)
        let access = AuditLog.read(root: store.root).entries.first { $0.event.action == .emergencyAccess }?.event
        #expect(access?.object == "h-2")
        #expect(access?.reason == "Melding Veilig Thuis, regisseur ziek")

        var regisseur = try TeamStore.app(store, workstation: "werkplek-2")
        TeamStore.signIn(&regisseur, "mk", "2222")
        let row = regisseur.caseload.visible.firstIndex { regisseur.caseload.rows[$0].name == "Van der Berg" }!
        Fixture.press(&regisseur, .home)
        for _ in 0..<row { Fixture.press(&regisseur, .down) }
        Fixture.press(&regisseur, .enter)
        #expect(Fixture.render(regisseur).contains("Noodtoegang"))
        #expect(Fixture.render(regisseur).contains("23-11-2026 door Lieke Dijkstra (LD): Melding …"))
    }
}
