import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

/// What a household means to a worker, as read: its fields, members, plan and budget; the journal entries that
/// stand (a withdrawn one and its withdrawal drop out); what was spent; the assessments that stand; the open
/// referrals. Undo must bring this back, whatever it writes to do so.
private struct Meaning: Equatable {
    var household: Household
    var members: [Member]
    var goals: [Goal]
    var actions: [Action]
    var budget: Budget?
    var journal: [String]
    var spent: Money
    var assessments: [String]
    var openReferrals: [String]

    init(_ d: Dossier) {
        household = d.household
        members = d.members
        goals = d.goals
        actions = d.actions
        budget = d.budget
        let withdrawn = Set(d.journal.filter { $0.text.hasPrefix("Ingetrokken") }.compactMap(\.corrects))
        journal = d.journal.filter { !withdrawn.contains($0.id) && !$0.text.hasPrefix("Ingetrokken") }.map(\.text)
        spent = d.spent
        assessments = d.assessments.map(\.id)
        openReferrals = d.referrals.filter { $0.status.isOpen }.map(\.id)
    }
}

private func makeStore() throws -> TemporaryStore {
    try TemporaryStore([
        "team/w-ab.rec": "%rec: Worker\n\nId: w-ab\nName: Anouk Bakker\nInitials: AB\nRole: coordinator\n",
        "team/w-mk.rec": "%rec: Worker\n\nId: w-mk\nName: Mehmet Kaya\nInitials: MK\nRole: worker\n",
        "resources/r-deel.rec": "%rec: Resource\n\nId: r-deel\nName: Kulturhus De Deel\nKind: buurthuis\nDomain: Network\n",
        "households/h-1/household.rec": TemporaryStore.household("h-1"),
        "households/h-1/plan.rec": "%rec: Goal\n%key: Id\n\nId: g-1\nDomain: Network\nText: Contact met anderen\n",
    ])
}

private func app(_ store: TemporaryStore) throws -> AppState {
    let snapshot = try StoreReader.read(store.root)
    var state = AppState(snapshot: snapshot, viewer: snapshot.worker("w-ab"), storeLabel: "~/teststore",
                         workstation: "werkplek-1", writer: StoreWriter(root: store.root, workstation: "werkplek-1"),
                         audit: AuditLog(root: store.root, workstation: "werkplek-1"), now: Fixture.now)
    Fixture.press(&state, .enter)
    return state
}

private func meaning(_ store: TemporaryStore) throws -> Meaning {
    Meaning(try #require(try StoreReader.read(store.root).dossiers.first { $0.id == "h-1" }))
}

@Suite("Undo takes back what the worker just did, and says so", .serialized)
struct UndoModelTests {
    /// Every kind of change a worker makes in the plan, as keys.
    static let changes: [(String, @Sendable (inout AppState) -> Void)] = [
        ("a household field", { s in
            Fixture.press(&s, .character("e")); Fixture.fill(&s, "Telefoon", "050 1"); Fixture.press(&s, .enter) }),
        ("a new member", { s in
            Fixture.press(&s, .character("m")); Fixture.fill(&s, "Naam", "Sem de Vries"); Fixture.press(&s, .enter) }),
        ("a journal note", { s in
            Fixture.press(&s, .character("n")); Fixture.fill(&s, "Tekst *", "Gebeld"); Fixture.press(&s, .ctrl("s")) }),
        ("a goal", { s in
            Fixture.press(&s, .character("D")); Fixture.fill(&s, "Doel *", "Schulden in beeld"); Fixture.press(&s, .enter) }),
        ("an action", { s in
            Fixture.press(&s, .character("A")); Fixture.fill(&s, "Wat *", "Bellen"); Fixture.press(&s, .enter) }),
        ("an expense", { s in
            Fixture.press(&s, .character("b")); Fixture.fill(&s, "Bedrag *", "10"); Fixture.fill(&s, "Omschrijving *", "Fiets")
            Fixture.press(&s, .enter) }),
        ("the budget", { s in
            Fixture.press(&s, .character("B")); Fixture.fill(&s, "Budget *", "500"); Fixture.press(&s, .enter) }),
        ("a ZRM", { s in
            Fixture.press(&s, .character("z")); Fixture.choose(&s, "Financiën", "3 beperkt zelfredzaam"); Fixture.press(&s, .ctrl("s")) }),
        ("a hand-over", { s in
            Fixture.press(&s, .character("r")); Fixture.fill(&s, "Reden *", "Specialisme"); Fixture.press(&s, .enter) }),
        ("a referral", { s in Fixture.press(&s, .character("V"), .enter, .ctrl("s")) }),
        ("closing", { s in
            Fixture.press(&s, .character("s"))
            Fixture.choose(&s, "Reden *", "volgens plan")
            Fixture.press(&s, .enter)
            if s.form != nil { Fixture.press(&s, .escape, .character("j")) } }),
    ]

    @Test("Each change a worker makes in the plan, undone, leaves the household meaning what it meant before",
          arguments: 0..<changes.count)
    func undoEveryKind(_ index: Int) throws {
        let (name, change) = Self.changes[index]
        let store = try makeStore()
        var state = try app(store)
        let before = try meaning(store)
        change(&state)
        #expect(try meaning(store) != before, "\(name): the change was made")
        Fixture.press(&state, .character("u"))
        #expect(Fixture.render(state).contains("Ongedaan maken: "), "\(name): u asks first")
        Fixture.press(&state, .character("j"))
        #expect(try meaning(store) == before, "\(name): undone")
        #expect(state.notice?.hasPrefix("Ongedaan gemaakt: ") == true, "\(name): \(state.notice ?? "")")
        #expect(state.workspace.selection?.household == "h-1", "\(name): the household it was about is shown")
    }

    @Test("Undone after another workstation changed the same file: only this worker's field goes back")
    func undoAfterAChangeElsewhere() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("e"))
        Fixture.fill(&state, "Telefoon", "050 1")
        Fixture.press(&state, .enter)
        let writer = StoreWriter(root: store.root, workstation: "werkplek-2")
        let path = "households/h-1/household.rec"
        let base = try #require(try writer.read(path))
        _ = try writer.save(path, base: base, ours: base.sets.updating("Household") { $0.setting("Email", to: "devries@example.nl") })
        state.reload([path], size: Fixture.size, now: Fixture.now)
        Fixture.press(&state, .character("u"), .character("j"))
        let household = try meaning(store).household
        #expect(household.phone == "" && household.email == "devries@example.nl")
    }

    @Test("u on a change that cannot be undone says what and why, and takes back nothing older")
    func cannotUndo() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("e"))
        Fixture.fill(&state, "Telefoon", "050 1")
        Fixture.press(&state, .enter)
        Fixture.press(&state, .character("1"), .character("n"))
        Fixture.fill(&state, "Naam", "Bos")
        Fixture.press(&state, .enter)
        #expect(try StoreReader.read(store.root).dossiers.count == 2)
        Fixture.press(&state, .character("u"))
        #expect(state.overlay is DetailOverlay, "why not, in a window the whole of it fits in")
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Niet ongedaan te maken ─────────────────────────────────────────────────────┐
            │ Nieuw huishouden · Bos (09:30) maak je niet ongedaan met u: een nieuw        │
            │ huishouden: sluit het af met s. Ook wat je daarvoor deed niet meer: u neemt  │
            │ alleen terug wat je net deed.                                                │
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
            │                                                                              │
            │                                                                              │
            └──────────────────────────────────────────────────────────────── Esc sluiten ─┘
             AB Anouk Bakker                  n journaal  z ZRM  A actie  b uitgave  ? help
            """, name: "undo-cannot")
        Fixture.press(&state, .character("j"))
        #expect(try meaning(store).household.phone == "050 1", "the older change stays")
    }

    @Test("Letters typed in a list without / change no file: a stray u asks, the next letter answers no")
    func strayLetters() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("e"))
        Fixture.fill(&state, "Telefoon", "050 1")
        Fixture.press(&state, .enter, .character("1"))
        let before = try meaning(store)
        Fixture.type(&state, "bouk")
        #expect(try meaning(store) == before)
        #expect(state.workspace.undoStack.count == 1, "still there to undo on purpose")
    }

    @Test("The undo question at 80×24 names the change and its time")
    func question() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("n"))
        Fixture.fill(&state, "Tekst *", "Gebeld")
        Fixture.press(&state, .ctrl("s"), .character("u"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
             1 Caseload · team · 1 huishoudens ─────────────────────────────────────── 1/1 ─
              Let op Naam         Adres                            Reg Status     Evaluatie
            ▸        De Vries     Stationsweg 1, Ten Boer          AB  actief     01-12-2026



             2 Huishoudplan · De Vries                                     3 Sociale kaart
            ▸ De Vries
              St┌─ Wijkdesk ───────────────────────────────────────────────────────────┐
              Re│ Ongedaan maken: Nieuw contactmoment of notitie · De Vries (09:30)?   │
              ac│                                                                      │
                │                                                                      │
            Gezi│                                                                      │
              An└──────────────────────────────────────── j = ja · andere toets = nee ─┘ jr

            ZRM
              Nog geen ZRM-score.

            Doelen en acties
              • Sociaal netwerk: Contact met anderen

            Verwijzingen
             AB Anouk Bakker                  n journaal  z ZRM  A actie  b uitgave  ? help
            """, name: "undo-question")
    }
}
