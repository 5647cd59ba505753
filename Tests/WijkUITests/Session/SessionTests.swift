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

    @Test("Typing through the lock: nothing typed after it shows or counts as a wrong PIN; unlocked, the entry is saved whole")
    func typingThroughTheLock() throws {
        let store = try TeamStore.copy()
        var state = try TeamStore.app(store)
        TeamStore.signIn(&state, "ab", "1111")
        Fixture.press(&state, .enter, .character("n"), .tab, .tab, .tab)
        Fixture.type(&state, "Gesprek over de huur.")
        Fixture.press(&state, .ctrl("l"))
        guard case .locked = state.gate else { Issue.record("Ctrl-L in a form locks"); return }
        func type(_ text: String, at seconds: Int64) {
            for c in text { _ = state.handle(c == "\t" ? .tab : c == "\n" ? .enter : .character(c), size: Fixture.size,
                                           now: TeamStore.later(seconds)) }
        }
        type("Schuld\tDochter 12\n", at: 0)
        var screen = AppView.render(state, size: Fixture.size, now: TeamStore.later(1)).text
        #expect(screen.contains("18 toetsen genegeerd: niet bewaard, niet getoond."), "\(screen)")
        #expect(!screen.contains("Schuld") && !screen.contains("Dochter") && !screen.contains("huur"))
        #expect(screen.contains("Pincode en Enter om verder te gaan"))
        // Minutes later, typing on blind: the digits before a space are not a PIN either.
        type("12 kinderen thuis\n", at: 600)
        screen = AppView.render(state, size: Fixture.size, now: TeamStore.later(601)).text
        #expect(screen.contains("toetsen genegeerd") && !screen.contains("kinderen") && !screen.contains("Onjuiste"))
        type("1111\n", at: 700)
        #expect(state.gate == .open)
        #expect(state.form?.value("Text") == "Gesprek over de huur.")
        _ = state.handle(.ctrl("s"), size: Fixture.size, now: TeamStore.later(701))
        #expect(state.form == nil)
        #expect(try StoreReader.read(store.root).dossiers.flatMap(\.journal).map(\.text) == ["Gesprek over de huur."])
        let actions = AuditLog.read(root: store.root).entries.map(\.event.action)
        #expect(!actions.contains(.signInFailed), "\(actions)")
    }

    @Test("On the lock screen the hint matches the step; the name field is short and shows digits as dots; a short PIN is not tried")
    func lockScreenSteps() throws {
        let store = try TeamStore.copy()
        var state = try TeamStore.app(store)
        TeamStore.signIn(&state, "ab", "1111")
        Fixture.press(&state, .ctrl("l"))
        let later = TeamStore.later(10)
        func press(_ keys: Key...) { for key in keys { _ = state.handle(key, size: Fixture.size, now: later) } }
        func screen() -> String { AppView.render(state, size: Fixture.size, now: later).text }
        press(.character("1"), .character("2"), .enter)
        #expect(screen().contains("Een pincode heeft 4 tot 12 cijfers."))
        press(.tab)
        #expect(screen().contains("Wie ben je?"))
        #expect(screen().contains("↑↓ kiezen · Enter verder · Esc terug"))
        #expect(!screen().contains("Pincode en Enter om verder te gaan"))
        for c in "4821" { press(.character(c)) }
        #expect(screen().contains("••••") && !screen().contains("4821"), "what could be a PIN is not shown")
        press(.backspace, .backspace, .backspace, .backspace)
        for c in String(repeating: "abcdefghij", count: 5) { press(.character(c)) }
        guard case .locked(let signIn) = state.gate else { Issue.record("still locked"); return }
        #expect(signIn.query.count == SignInState.longestName)
        press(.escape)
        #expect(screen().contains("Pincode en Enter om verder te gaan"))
        #expect(AuditLog.read(root: store.root).entries.allSatisfy { $0.event.action != .signInFailed })
    }

    @Test("From the lock screen another worker can sign in; Ctrl-L locks at once and Ctrl-W signs out")
    func switching() throws {
        let store = try TeamStore.copy()
        var state = try TeamStore.app(store)
        TeamStore.signIn(&state, "ab", "1111")
        Fixture.press(&state, .ctrl("l"))
        guard case .locked = state.gate else { Issue.record("not locked"); return }
        // A moment after the lock: keys in the moment itself are dropped.
        _ = state.handle(.tab, size: Fixture.size, now: TeamStore.later(5))
        TeamStore.signIn(&state, "mk", "2222", at: TeamStore.later(5))
        #expect(state.viewer?.id == "w-mk")
        _ = state.handle(.ctrl("w"), size: Fixture.size, now: TeamStore.later(6))
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
        #expect(Fixture.render(regisseur).contains("23-11-2026 door Lieke Dijkstra (LD): Melding Veilig Thuis, regisseur ziek"))
    }
}
