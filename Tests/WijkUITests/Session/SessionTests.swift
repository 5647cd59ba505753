import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("Signing in, locking and roles on a shared workstation", .serialized)
struct SessionTests {
    /// A real store with three workers (AB coordinator PIN 1111, MK worker 2222, FD beheerder 3333) and two
    /// households, one of them restricted with MK as regisseur.
    nonisolated(unsafe) static let store: TemporaryStore = {
        let hash = { (pin: String) in PinHash.make(pin)! }
        return try! TemporaryStore([
            "team/w-ab.rec": "%rec: Worker\n\nId: w-ab\nName: Anouk Bakker\nInitials: AB\nRole: coordinator\nPinHash: \(hash("1111"))\n",
            "team/w-mk.rec": "%rec: Worker\n\nId: w-mk\nName: Mehmet Kaya\nInitials: MK\nRole: worker\nPinHash: \(hash("2222"))\n",
            "team/w-ld.rec": "%rec: Worker\n\nId: w-ld\nName: Lieke Dijkstra\nInitials: LD\nRole: worker\nPinHash: \(hash("4444"))\n",
            "team/w-fd.rec": "%rec: Worker\n\nId: w-fd\nName: Fenna Dekker\nInitials: FD\nRole: admin\nPinHash: \(hash("3333"))\n",
            "team/w-old.rec": "%rec: Worker\n\nId: w-old\nName: Oud Collega\nInitials: OC\nRole: worker\nActive: no\n",
            "households/h-1/household.rec": TemporaryStore.household("h-1"),
            "households/h-2/household.rec": TemporaryStore.household("h-2", name: "Van der Berg",
                                                                      extra: "Confidentiality: restricted\n")
                .replacingOccurrences(of: "Regisseur: w-ab", with: "Regisseur: w-mk"),
        ])
    }()

    /// The app at the sign-in screen of a fresh copy of the store, with an audit trail of its own.
    func app(_ store: TemporaryStore = SessionTests.store, workstation: String = "werkplek-1") throws -> AppState {
        let snapshot = try StoreReader.read(store.root)
        var state = AppState(snapshot: snapshot, viewer: nil, storeLabel: "~/teststore", workstation: workstation,
                             writer: StoreWriter(root: store.root, workstation: workstation),
                             audit: AuditLog(root: store.root, workstation: workstation), now: Fixture.now)
        state.requireSignIn()
        return state
    }

    func copy() throws -> TemporaryStore {
        let fresh = try TemporaryStore(info: false)
        try FileManager.default.removeItem(atPath: fresh.root)
        try FileManager.default.copyItem(atPath: SessionTests.store.root, toPath: fresh.root)
        return fresh
    }

    func signIn(_ state: inout AppState, _ who: String, _ pin: String, at now: LocalTime = Fixture.now) {
        for c in who { _ = state.handle(.character(c), size: Fixture.size, now: now) }
        _ = state.handle(.enter, size: Fixture.size, now: now)
        for c in pin { _ = state.handle(.character(c), size: Fixture.size, now: now) }
        _ = state.handle(.enter, size: Fixture.size, now: now)
    }

    func later(_ seconds: Int64) -> LocalTime {
        LocalTime(day: Fixture.now.day, hour: Fixture.now.hour, minute: Fixture.now.minute,
                  instant: Timestamp(seconds: Fixture.now.instant.seconds + seconds))
    }

    @Test("The sign-in screen lists the active team by type-ahead and shows no client data")
    func signInScreen() throws {
        let store = try copy()
        var state = try app(store)
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
        let store = try copy()
        var state = try app(store)
        signIn(&state, "ab", "9999")
        #expect(state.gate != .open)
        #expect(Fixture.render(state).contains("Onjuiste pincode. Nog 4 pogingen voor een wachttijd."))
        Fixture.type(&state, "1111")
        Fixture.press(&state, .enter)
        #expect(state.gate == .open)
        #expect(state.viewer?.id == "w-ab")
        let actions = AuditLog.read(root: store.root).entries.map { $0.event.action.rawValue + " " + $0.event.outcome.rawValue }
        #expect(actions == ["sign-in-failed failed", "sign-in ok"])
    }

    @Test("Five wrong PINs make the worker wait, also with the right PIN, until the wait is over")
    func lockout() throws {
        let store = try copy()
        var state = try app(store)
        signIn(&state, "ab", "0000")
        for _ in 0..<4 {
            Fixture.type(&state, "0000")
            Fixture.press(&state, .enter)
        }
        #expect(Fixture.render(state).contains("Te veel onjuiste pincodes: wacht tot"))
        Fixture.type(&state, "1111")
        Fixture.press(&state, .enter)
        #expect(state.gate != .open, "the right PIN waits too")
        for c in "1111" { _ = state.handle(.character(c), size: Fixture.size, now: later(31)) }
        _ = state.handle(.enter, size: Fixture.size, now: later(31))
        #expect(state.gate == .open, "after the wait the right PIN works")
        let outcomes = AuditLog.read(root: store.root).entries.map(\.event.outcome)
        #expect(outcomes == [.failed, .failed, .failed, .failed, .failed, .denied, .ok])
    }

    @Test("After the idle time the screen locks: no client data; the same PIN unlocks and keeps the place")
    func idleLock() throws {
        let store = try copy()
        var state = try app(store)
        signIn(&state, "ab", "1111")
        Fixture.press(&state, .enter)
        #expect(state.focus == .plan)
        state.tick(now: later(299))
        #expect(state.gate == .open)
        state.tick(now: later(300))
        let screen = AppView.render(state, size: Fixture.size, now: later(300)).text
        expectScreen(screen, """
             Wijkdesk · Testteam · Vergrendeld                                        09:30


                      Vergrendeld door Anouk Bakker (AB).

                      Pincode voor Anouk Bakker (AB):

















             Pincode en Enter om verder te gaan · Tab: een ander meldt zich aan
            """, name: "locked")
        #expect(!screen.contains("De Vries") && !screen.contains("Stationsweg"))
        for c in "1111" { _ = state.handle(.character(c), size: Fixture.size, now: later(310)) }
        _ = state.handle(.enter, size: Fixture.size, now: later(310))
        #expect(state.gate == .open)
        #expect(state.focus == .plan, "unlocking returns to where the worker was")
        let actions = AuditLog.read(root: store.root).entries.map(\.event.action)
        #expect(actions == [.signIn, .open, .lock, .unlock])
    }

    @Test("From the lock screen another worker can sign in; Ctrl-L locks at once and Ctrl-W signs out")
    func switching() throws {
        let store = try copy()
        var state = try app(store)
        signIn(&state, "ab", "1111")
        Fixture.press(&state, .ctrl("l"))
        guard case .locked = state.gate else { Issue.record("not locked"); return }
        Fixture.press(&state, .tab)
        signIn(&state, "mk", "2222")
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
        let store = try copy()
        for (who, pin, visible) in [("ld", "4444", false), ("mk", "2222", true), ("ab", "1111", true), ("fd", "3333", false)] {
            var state = try app(store)
            signIn(&state, who, pin)
            let screen = Fixture.render(state)
            #expect(screen.contains("Van der Berg") == visible, "\(who)")
            #expect(screen.contains("Afgeschermd huis") == !visible, "\(who)")
        }
    }

    @Test("Emergency access asks for a reason, opens the household, is recorded, and its regisseur sees it")
    func emergencyAccess() throws {
        let store = try copy()
        var state = try app(store)
        signIn(&state, "ld", "4444")
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

        var regisseur = try app(store, workstation: "werkplek-2")
        signIn(&regisseur, "mk", "2222")
        let row = regisseur.caseload.visible.firstIndex { regisseur.caseload.rows[$0].name == "Van der Berg" }!
        Fixture.press(&regisseur, .home)
        for _ in 0..<row { Fixture.press(&regisseur, .down) }
        Fixture.press(&regisseur, .enter)
        #expect(Fixture.render(regisseur).contains("Noodtoegang"))
        #expect(Fixture.render(regisseur).contains("23-11-2026 door Lieke Dijkstra (LD): Melding …"))
    }

    @Test("Coordinators manage the team: a new worker with a PIN, deactivating, a new PIN; medewerkers may not")
    func teamScreen() throws {
        let store = try copy()
        var worker = try app(store)
        signIn(&worker, "mk", "2222")
        Fixture.press(&worker, .character("t"))
        #expect(worker.overlay == nil)
        #expect(worker.notice == "Dat mag jouw rol niet.")

        var state = try app(store)
        signIn(&state, "ab", "1111")
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
             AB Anouk Bakker          Enter openen  / filter  v weergave  q stoppen  ? help
            """, name: "team")
        Fixture.press(&state, .character("n"))
        Fixture.type(&state, "Sanne Visser")
        Fixture.press(&state, .tab)
        Fixture.type(&state, "sv")
        Fixture.press(&state, .tab, .tab, .tab)
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

    @Test("Only the beheerder reads the audit trail in the app; it says whether the chain is whole")
    func auditForAdmin() throws {
        let store = try copy()
        var coordinator = try app(store)
        signIn(&coordinator, "ab", "1111")
        Fixture.press(&coordinator, .character("a"))
        #expect(coordinator.overlay == nil)
        var admin = try app(store)
        signIn(&admin, "fd", "3333")
        Fixture.press(&admin, .character("a"))
        let screen = Fixture.render(admin)
        #expect(screen.contains("Keten heel: 2 gebeurtenissen."))
        #expect(screen.contains("w-fd   werkplek-1  sign-in"))
    }

    @Test("Searches and changes are recorded with ids only: no search text, no values")
    func searchAndChange() throws {
        let store = try copy()
        var state = try app(store)
        signIn(&state, "ab", "1111")
        Fixture.press(&state, .character("/"))
        Fixture.type(&state, "berg")
        Fixture.press(&state, .enter)
        Fixture.press(&state, .enter, .character("e"))
        Fixture.press(&state, .tab, .tab, .tab, .tab)
        Fixture.type(&state, "050 1234")
        Fixture.press(&state, .enter)
        let events = AuditLog.read(root: store.root).entries.map(\.event)
        #expect(events.map(\.action) == [.signIn, .search, .open, .change])
        #expect(events[1].object == "caseload")
        #expect(events[2].object == "h-2")
        #expect(events[3].object == "h-2")
        let text = try String(contentsOfFile: store.root + "/" + AuditLog.read(root: store.root).entries[0].path, encoding: .utf8)
        #expect(!text.contains("berg") && !text.contains("050 1234") && !text.contains("Van der Berg"))
    }
}
