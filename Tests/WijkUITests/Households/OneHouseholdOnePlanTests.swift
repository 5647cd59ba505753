import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

/// A team with De Vries at Stationsweg 1 (h-1, Anouk Bakker's), Meijer at Molenweg 5 (h-2, Mehmet Kaya's).
private func makeStore(_ extra: [String: String] = [:]) throws -> TemporaryStore {
    try TemporaryStore([
        "team/w-ab.rec": "%rec: Worker\n\nId: w-ab\nName: Anouk Bakker\nInitials: AB\nRole: coordinator\n",
        "team/w-mk.rec": "%rec: Worker\n\nId: w-mk\nName: Mehmet Kaya\nInitials: MK\nRole: worker\n",
        "households/h-1/household.rec": TemporaryStore.household("h-1", members: """
            Id: m-1
            Name: Anouk de Vries
            Born: 1985-04-12
            BSN: 111222333
            """),
        "households/h-2/household.rec": TemporaryStore.household("h-2", name: "Meijer", members: "Id: m-1\nName: Jan Meijer\n")
            .replacingOccurrences(of: "Stationsweg 1\nPostcode: 9791 AB", with: "Molenweg 5\nPostcode: 9797 PB")
            .replacingOccurrences(of: "Regisseur: w-ab", with: "Regisseur: w-mk"),
    ].merging(extra) { _, new in new })
}

private func app(_ store: TemporaryStore, as worker: String = "w-ab") throws -> AppState {
    let snapshot = try StoreReader.read(store.root)
    return AppState(snapshot: snapshot, viewer: snapshot.worker(worker), storeLabel: "~/teststore",
                    workstation: "werkplek-1", writer: StoreWriter(root: store.root, workstation: "werkplek-1"),
                    audit: AuditLog(root: store.root, workstation: "werkplek-1"), now: Fixture.now)
}

/// `1 n`, the name and address typed, Ctrl-S.
private func newHousehold(_ state: inout AppState, _ name: String, street: String = "", postcode: String = "") {
    Fixture.press(&state, .character("1"), .character("n"))
    Fixture.fill(&state, "Naam", name)
    if !street.isEmpty { Fixture.fill(&state, "Straat en nr.", street) }
    if !postcode.isEmpty { Fixture.fill(&state, "Postcode", postcode) }
    Fixture.press(&state, .ctrl("s"))
}

private func households(_ store: TemporaryStore) throws -> [Dossier] { try StoreReader.read(store.root).dossiers }

@Suite("One household, one plan: every door looks first", .serialized)
struct OneHouseholdOnePlanTests {
    @Test("n with a known address typed another way asks first; Enter opens that household and writes nothing")
    func sameAddress() throws {
        let store = try makeStore()
        var state = try app(store)
        newHousehold(&state, "Fam. de Vries", street: "Stationsweg 1-A", postcode: "9791ab")
        #expect(state.overlay is KnownHouseholdScreen)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Is dit huishouden al bekend? ───────────────────────────────────────────────┐
            │ Eén huishouden, één plan. Deze huishoudens lijken erop. Enter opent het      │
            │ gekozen huishouden in plaats van een nieuw; a houdt het nieuwe apart (met    │
            │ een reden); Esc gaat terug naar het formulier.                               │
            │                                                                              │
            │ ▸ De Vries · Stationsweg 1, Ten Boer · h-1                                   │
            │     AB · actief — zelfde adres, zelfde naam                                  │
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
            └──────────────────────────── Enter dit openen  a apart houden  Esc formulier ─┘
             AB Anouk Bakker
            """, name: "known-household")
        Fixture.press(&state, .enter)
        #expect(state.overlay == nil && state.form == nil)
        #expect(state.workspace.selection?.household == "h-1", "the known household is open")
        #expect(try households(store).count == 2, "nothing written")
    }

    @Test("A Dutch sound-alike anywhere is asked about; a near miss is saved at once")
    func soundAlikes() throws {
        let store = try makeStore()
        var state = try app(store)
        newHousehold(&state, "Familie Meyer", street: "Dorpsstraat 9", postcode: "9798 TA")
        let matches = (state.overlay as? KnownHouseholdScreen)?.matches.map(\.household)
        #expect(matches == ["h-2"])
        Fixture.press(&state, .escape)
        #expect(state.form?.value("Name") == "Familie Meyer", "Esc: the form again, as typed")
        Fixture.press(&state, .escape, .character("j"))

        newHousehold(&state, "Mulder", street: "Dorpsstraat 9", postcode: "9798 TA")
        #expect(state.overlay == nil && state.form == nil)
        #expect(try households(store).map(\.household.name).sorted() == ["De Vries", "Meijer", "Mulder"])
    }

    @Test("a keeps a second household apart with a reason: recorded on it and in its journal, and wijk check leaves the pair alone")
    func keepApart() throws {
        let store = try makeStore()
        var state = try app(store)
        newHousehold(&state, "Bos", street: "Stationsweg 1", postcode: "9791 AB")
        Fixture.press(&state, .character("a"))
        #expect(state.form?.fields.last?.label == "Reden apart")
        #expect(state.form?.note?.contains("De Vries (h-1)") == true)
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form?.errors.isEmpty == false, "a reason is needed")
        Fixture.type(&state, "Kamerbewoner, eigen huishouding")
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form == nil)
        let made = try #require(try households(store).first { $0.household.name == "Bos" })
        #expect(made.household.apart == ["h-1"])
        #expect(made.journal.first?.text == "Bewust apart gehouden van De Vries (h-1). Reden: Kamerbewoner, eigen huishouding")
        let (_, problems) = try StoreValidator.readAndCheck(store.root)
        #expect(problems.isEmpty, "\(problems)")
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
    }

    @Test("A medewerker cannot make a second household at the address of an open one")
    func medewerkerAtSameAddress() throws {
        let store = try makeStore()
        var state = try app(store, as: "w-mk")
        newHousehold(&state, "Bos", street: "Stationsweg 1", postcode: "9791 AB")
        Fixture.press(&state, .character("a"))
        #expect(state.overlay is KnownHouseholdScreen)
        #expect(Fixture.render(state).contains("Zelfde adres of BSN: alleen coördinator."))
        #expect(try households(store).count == 2)
    }

    @Test("Changing an address to that of another open household asks; changing the phone does not")
    func editAddress() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("1"), .enter, .character("e"))
        #expect(state.form?.value("Name") == "Meijer")
        Fixture.fill(&state, "Telefoon", "050 123")
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form == nil && state.overlay == nil)
        Fixture.press(&state, .character("e"))
        Fixture.fill(&state, "Straat en nr.", "Stationsweg 1")
        Fixture.fill(&state, "Postcode", "9791 AB")
        Fixture.press(&state, .ctrl("s"))
        #expect((state.overlay as? KnownHouseholdScreen)?.matches.map(\.household) == ["h-1"])
        #expect((state.overlay as? KnownHouseholdScreen)?.matches.first?.reasons == [.address])
    }

    @Test("A member's BSN that a member of another open household has is asked about")
    func memberBSN() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("1"), .enter, .character("m"))
        Fixture.fill(&state, "Naam", "Anouk de Vries")
        Fixture.fill(&state, "BSN", "111222333")
        Fixture.press(&state, .ctrl("s"))
        let known = try #require(state.overlay as? KnownHouseholdScreen)
        #expect(known.matches.map(\.household) == ["h-1"] && known.matches[0].reasons == [.bsn])
    }

    @Test("A new household from a request for a known address asks, and Enter links the request to it")
    func fromRequest() throws {
        let store = try InboxFixture.store()
        var state = try InboxFixture.app(store)
        Fixture.press(&state, .character("4"), .enter, .character("h"), .enter, .ctrl("s"))
        let known = try #require(state.overlay as? KnownHouseholdScreen)
        #expect(known.request == "r-yilmaz" && known.matches.map(\.household) == ["h-1"])
        #expect(Fixture.render(state).contains("Enter koppelen"))
        Fixture.press(&state, .enter)
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.dossiers.count == 1, "no second household")
        #expect(snapshot.requests.first?.household == "h-1" && snapshot.requests.first?.status == .linked)
    }
}

/// Kramer at Boersterveld 14 (h-4), shielded, Anouk Bakker's.
private let shielded = [
    "households/h-4/household.rec": TemporaryStore.household("h-4", name: "Kramer", extra: "Confidentiality: restricted\n")
        .replacingOccurrences(of: "Stationsweg 1\nPostcode: 9791 AB", with: "Boersterveld 14\nPostcode: 9791 CA"),
]

@Suite("One household, one plan where it meets other features", .serialized)
struct OneHouseholdOnePlanAcrossTests {
    @Test("A medewerker sees that a shielded household may be the one, nothing of who, where or why, and may not keep apart")
    func shieldedFromMedewerker() throws {
        let store = try makeStore(shielded)
        var state = try app(store, as: "w-mk")
        newHousehold(&state, "Kramer", street: "Boersterveld 14", postcode: "9791 CA")
        let screen = Fixture.render(state)
        #expect(screen.contains("Afgeschermd huishouden") && screen.contains("een coördinator kan dit bekijken"))
        #expect(!screen.contains("h-4") && !screen.contains("Boersterveld 14,") && !screen.contains("zelfde adres"))
        #expect(!screen.contains("a apart houden"), "no key offered that is refused")
        Fixture.press(&state, .character("a"))
        #expect(state.overlay is KnownHouseholdScreen)
    }

    @Test("To a medewerker a shielded household with only the name alike is no match: a name must not tell who is shielded")
    func shieldedNameOnly() throws {
        let store = try makeStore(shielded)
        var state = try app(store, as: "w-mk")
        newHousehold(&state, "Kramer", street: "Dorpsstraat 2", postcode: "9798 TA")
        #expect(state.overlay == nil && state.form == nil, "saved without a question")
        #expect(try households(store).count == 4)
    }

    @Test("The next worker starts with the whole caseload, not the last one's search or row")
    func nextWorkerStartsAfresh() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("1"), .character("/"))
        Fixture.type(&state, "vries")
        Fixture.press(&state, .enter)
        #expect(state.caseload.visible.count == 1)
        state.requireSignIn()
        state.workspace.viewer = state.workspace.snapshot.worker("w-mk")
        state.main.sessionChanged(&state.workspace)
        #expect(state.caseloadPane.list.filter.isEmpty && state.caseloadPane.list.selected == 0)
    }

    @Test("Kept apart from a shielded household, the new household's journal names it by id only")
    func shieldedNameStaysOut() throws {
        let store = try makeStore(shielded)
        var state = try app(store)
        newHousehold(&state, "Kramer", street: "Dorpsstraat 2", postcode: "9798 TA")
        Fixture.press(&state, .character("a"))
        Fixture.type(&state, "Andere familie Kramer")
        Fixture.press(&state, .ctrl("s"))
        let made = try #require(try households(store).first { $0.household.name == "Kramer" && $0.id != "h-4" })
        #expect(made.journal.first?.text.hasPrefix("Bewust apart gehouden van Afgeschermd huishouden (h-4).") == true,
                "\(made.journal.first?.text ?? "")")
    }

    @Test("Ctrl-W in a form or at the question signs out: what is typed next goes to the sign-in screen, and undo starts afresh")
    func signOutFromAForm() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("1"), .enter, .character("e"))
        Fixture.fill(&state, "Telefoon", "050 123")
        Fixture.press(&state, .ctrl("s"))
        #expect(!state.workspace.undoStack.isEmpty)
        newHousehold(&state, "Bos", street: "Stationsweg 1", postcode: "9791 AB")
        #expect(state.overlay is KnownHouseholdScreen)
        Fixture.press(&state, .ctrl("w"))
        if case .signIn = state.gate {} else { Issue.record("not signed out: \(state.gate)") }
        #expect(state.workspace.layers.isEmpty && state.workspace.undoStack.isEmpty)
        Fixture.type(&state, "MK")
        #expect(try households(store).count == 2)
    }

    @Test("A form open on a household merged away meanwhile saves nothing and says where it went")
    func saveIntoMergedHousehold() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("1"), .enter, .character("e"))
        #expect(state.form?.value("Name") == "Meijer")
        let merge = try HouseholdMerge.prepare(root: store.root, keep: "h-1", other: "h-2", worker: "w-ab", today: Fixture.now.day,
                                               stamps: ["20261123T093000Z-ab-ws2-aaaaaaaa", "20261123T093000Z-ab-ws2-bbbbbbbb"],
                                               notes: .init(keep: "a", other: "b"), requests: [])
        try merge.commit(root: store.root, workstation: "werkplek-2", worker: "w-ab", at: Fixture.now.instant)
        state.reload(merge.paths, size: Fixture.size, now: Fixture.now)
        Fixture.fill(&state, "Telefoon", "050 999")
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form != nil, "the form stays open")
        #expect(Fixture.render(state).contains("Samengevoegd met h-1: open dat."))
        #expect(try households(store).first { $0.id == "h-2" }?.household.phone == "")
    }

    @Test("Enter on a known household opens it even when the caseload's filter hides it")
    func openHiddenByFilter() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("1"), .character("/"))
        Fixture.type(&state, "meijer")
        Fixture.press(&state, .enter, .character("n"))
        Fixture.fill(&state, "Naam", "De Vries")
        Fixture.press(&state, .ctrl("s"), .enter)
        #expect(state.workspace.selection?.household == "h-1")
    }
}

@Suite("Merging two households that turn out to be one, on the screen", .serialized)
struct MergeScreenTests {
    @Test("S merges the household that looks alike into this one; the plan says so; u makes them two again")
    func mergeAndUndo() throws {
        let store = try makeStore([
            "households/h-3/household.rec": TemporaryStore.household("h-3", name: "Vries", members: """
                Id: m-1
                Name: Sem de Vries
                Born: 2017-06-01
                """),
            "households/h-3/journal/20261101T100000Z-ab-ws1-aaaaaaaa.rec":
                TemporaryStore.journal("20261101T100000Z-ab-ws1-aaaaaaaa", date: "2026-11-01", text: "Kennismaking."),
        ])
        var state = try app(store)
        let before = try StoreReader.read(store.root)
        Fixture.press(&state, .character("1"))
        for _ in 0..<5 where state.workspace.selection?.household != "h-1" { Fixture.press(&state, .down) }
        Fixture.press(&state, .enter, .character("S"))
        #expect(state.form?.value("Other") == "h-3", "the household that looks alike comes first")
        #expect(state.form?.value("Keep") == "other", "the one with more history is kept unless the worker says otherwise")
        Fixture.choose(&state, "Behouden", "dit huishouden (De Vries)")
        Fixture.fill(&state, "Reden", "Zelfde gezin, twee keer aangemeld")
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form == nil)
        let after = try StoreReader.read(store.root)
        let kept = try #require(after.dossiers.first { $0.id == "h-1" })
        let merged = try #require(after.dossiers.first { $0.id == "h-3" })
        #expect(merged.household.mergedInto == "h-1" && merged.household.status == .closed)
        #expect(kept.members.map(\.name) == ["Anouk de Vries", "Sem de Vries"])
        #expect(kept.journal.contains { $0.text == "Kennismaking." })
        #expect(kept.journal.contains { $0.text.contains("Reden: Zelfde gezin, twee keer aangemeld") })
        #expect(Fixture.render(state).contains("Samengevoegd: Vries (h-3) op 23-11-2026"))

        Fixture.press(&state, .character("u"), .character("j"))
        let undone = try StoreReader.read(store.root)
        #expect(undone.dossiers.map(\.household) == before.dossiers.map(\.household))
        // The journal keeps the merge's notes, each withdrawn: what stands is what stood before.
        func standing(_ d: Dossier) -> [String] {
            d.journal.filter { e in !e.text.hasPrefix("Ingetrokken") && d.corrections(of: e).isEmpty }.map(\.text)
        }
        #expect(undone.dossiers.map(standing) == before.dossiers.map(standing))
        #expect(Fixture.render(state).contains("Samenvoegen ongedaan: weer twee huishoudens."), "\(state.notice ?? "")")
        let audit = AuditLog.read(root: store.root).entries.map(\.event.action)
        #expect(audit.filter { $0 == .move }.count == 2, "the journal entry there and back")
    }

    @Test("A medewerker cannot merge, and a household merged away points at the one kept")
    func onlyCoordinators() throws {
        let store = try makeStore()
        var state = try app(store, as: "w-mk")
        Fixture.press(&state, .character("1"), .enter, .character("S"))
        #expect(state.form == nil)
        #expect(Fixture.render(state).contains("Alleen een coördinator voegt samen."))
    }
}
