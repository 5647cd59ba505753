import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("Editing a household and choosing after a conflict")
struct EditingTests {
    let path = "households/h-1/household.rec"

    /// The app on a real store in a temporary folder, the plan of h-1 focused.
    func app(_ store: TemporaryStore) throws -> AppState {
        let snapshot = try StoreReader.read(store.root)
        var state = AppState(snapshot: snapshot, viewer: snapshot.workers.first, storeLabel: "~/teststore",
                             writer: StoreWriter(root: store.root, workstation: "werkplek-1"), now: Fixture.now)
        Fixture.press(&state, .enter)
        return state
    }

    func makeStore() throws -> TemporaryStore {
        try TemporaryStore([
            "team/w-ab.rec": "%rec: Worker\n\nId: w-ab\nName: Anouk Bakker\nInitials: AB\nRole: coordinator\n",
            "team/w-mk.rec": "%rec: Worker\n\nId: w-mk\nName: Mehmet Kaya\nInitials: MK\nRole: worker\n",
            path: TemporaryStore.household("h-1"),
        ])
    }

    /// Another workstation saves `changes` (field, value) to the household file.
    func changeElsewhere(_ store: TemporaryStore, _ changes: [(String, String)]) throws {
        let other = StoreWriter(root: store.root, workstation: "werkplek-2")
        let base = try #require(try other.read(path))
        _ = try other.save(path, base: base, ours: RecordMerge.resolve(base.sets, changes.map {
            (FieldConflict(type: "Household", key: "Id:h-1", field: $0.0, base: nil, ours: nil, theirs: nil), $0.1)
        }))
    }

    /// Moves to field `index` of the form and replaces its text.
    func setField(_ state: inout AppState, _ index: Int, _ text: String) {
        while state.form!.focused != index { Fixture.press(&state, .tab) }
        Fixture.press(&state, .ctrl("u"))
        Fixture.type(&state, text)
    }

    @Test("e opens the household form; a change saved with Enter is in the file and on the screen")
    func editAndSave() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("e"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Huishouden bewerken — De Vries ─────────────────────────────────────────────┐
            │ Naam *                 De Vries                                              │
            │ Straat en nr.          Stationsweg 1                                         │
            │ Postcode               9791 AB                                               │
            │ Plaats                 Ten Boer                                              │
            │ Telefoon                                                                     │
            │ E-mail                                                                       │
            │ Contact bij voorkeur   ‹ — ›                                                 │
            │ Regisseur *            ‹ Anouk Bakker (AB) ›                                 │
            │ Status                 ‹ actief ›                                            │
            │ Afscherming            ‹ normaal ›                                           │
            │ Crisis                 ‹ nee ›                                               │
            │ Start                  05-01-2026                                            │
            │ Evaluatie              01-12-2026                                            │
            │                                                                              │
            │ * verplicht                                                                  │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────── Tab volgend veld · Enter/Ctrl-S opslaan · Esc annuleren ─┘
             AB Anouk Bakker
            """, name: "household-form")
        setField(&state, 4, "050 302 1234")
        Fixture.press(&state, .tab, .tab, .tab, .tab, .character(" "))
        Fixture.press(&state, .enter)
        #expect(state.form == nil)
        #expect(state.notice == "Opgeslagen.")
        let saved = try StoreReader.read(store.root).dossiers[0].household
        #expect(saved.phone == "050 302 1234")
        #expect(saved.status == .closed)
        #expect(state.snapshot.dossiers[0].household.phone == "050 302 1234")
        #expect(try Command.recfixFailures([store.root + "/" + path]) ?? [] == [])
    }

    @Test("A wrong postcode or date is named next to its field and nothing is saved")
    func validation() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("e"))
        setField(&state, 2, "979 AB")
        setField(&state, 11, "31-02-2026")
        setField(&state, 0, "")
        Fixture.press(&state, .enter)
        let lines = Fixture.render(state).split(separator: "\n")
        let line = { (label: String) in lines.first { $0.contains(label) }.map(String.init) ?? "" }
        #expect(line("Naam *").contains("verplicht"))
        #expect(line("Postcode").contains("979 AB") && line("Postcode").contains("postcode als 1234 AB"))
        #expect(line("Start").contains("31-02-2026") && line("Start").contains("datum als dd-mm-jjjj"))
        #expect(state.form?.focused == 0)
        #expect(try StoreReader.read(store.root).dossiers[0].household.name == "De Vries")
    }

    @Test("A name with an escape sequence or a bidi override in it is refused by the form, and nothing is saved")
    func controlCharacters() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("e"))
        setField(&state, 0, "De Vries\u{1B}[2J")
        Fixture.press(&state, .enter)
        #expect(state.form?.errors[0] == .controlCharacter)
        #expect(Fixture.render(state).split(separator: "\n").first { $0.contains("Naam *") }?.contains("bevat een stuurteken") == true)
        setField(&state, 0, "De Vries\u{202E}")
        Fixture.press(&state, .enter)
        #expect(state.form?.errors[0] == .controlCharacter)
        #expect(try StoreReader.read(store.root).dossiers[0].household.name == "De Vries")
        setField(&state, 0, "De Vries-Bakker")
        Fixture.press(&state, .enter)
        #expect(state.form == nil)
        #expect(try StoreReader.read(store.root).dossiers[0].household.name == "De Vries-Bakker")
    }

    @Test("A value pasted beyond what a store file may hold is refused by the form, in words next to the field")
    func overlongValue() throws {
        // Built at once: typed key by key it would take minutes, and this is about what the form accepts.
        var form = Form(title: "Huishouden", fields: [
            FormField(key: "Name", label: "Naam", required: true, value: String(repeating: "De Vries ", count: 30_000)),
        ]) { _, _ in nil }
        let accepted = form.validate()
        #expect(!accepted)
        #expect(form.errors[0] == .tooLong)
        #expect(Text.fieldError(.tooLong).nl == "langer dan 256 KiB")
        form.fields[0].value = "De Vries"
        let short = form.validate()
        #expect(short)
    }

    @Test("Esc with changes asks before throwing them away")
    func escapeAsks() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("e"))
        Fixture.type(&state, " en zn")
        Fixture.press(&state, .escape)
        #expect(Fixture.render(state).contains("Wijzigingen weggooien? j = ja, andere toets = nee"))
        Fixture.press(&state, .character("n"))
        #expect(state.form?.value("Name") == "De Vries en zn")
        Fixture.press(&state, .escape, .character("j"))
        #expect(state.form == nil)
    }

    @Test("Esc in the window of a save that met a conflict gives the form back as it was typed: nothing typed is lost")
    func conflictEscapeKeepsForm() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("e"))
        setField(&state, 4, "050 111")
        try changeElsewhere(store, [("Phone", "050 222")])
        Fixture.press(&state, .enter)
        #expect(state.conflict != nil)
        Fixture.press(&state, .escape)
        #expect(state.conflict == nil)
        #expect(state.form?.fields[4].value == "050 111", "the form is open again with what was typed")
        #expect(state.workspace.notice == "Nog niet opgeslagen: het formulier staat weer open zoals je het invulde.")
    }

    @Test("Undo of a save that merged in a colleague's change takes back only one's own")
    func undoAfterMerge() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("e"))
        setField(&state, 4, "050 111")
        try changeElsewhere(store, [("City", "Thesinge")])
        Fixture.press(&state, .enter)
        var household = try StoreReader.read(store.root).dossiers[0].household
        #expect(household.phone == "050 111" && household.city == "Thesinge", "merged without asking")
        Fixture.press(&state, .character("u"), .character("j"))
        household = try StoreReader.read(store.root).dossiers[0].household
        #expect(household.phone != "050 111", "one's own change is taken back")
        #expect(household.city == "Thesinge", "the colleague's change stays")
    }

    @Test("The same field changed on another workstation meanwhile is shown with both values; the choice is saved")
    func conflictChoice() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("e"))
        setField(&state, 4, "050 111")
        setField(&state, 5, "mijn@example.org")

        // Meanwhile, on werkplek-2:
        try changeElsewhere(store, [("Phone", "050 222"), ("City", "Thesinge")])

        Fixture.press(&state, .enter)
        #expect(state.form == nil)
        #expect(state.conflict?.conflicts.map(\.field) == ["Phone"])
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Ook elders gewijzigd — kies per veld ───────────────────────────────────────┐
            │ Terwijl je bewerkte, is De Vries op een andere werkplek gewijzigd. Je andere │
            │ wijzigingen zijn samengevoegd; voor deze velden kies jij. Er is nog niets    │
            │ overschreven.                                                                │
            │                                                                              │
            │ ▸ Telefoon  (Household h-1)                                                  │
            │           was eerst                    (leeg)                                │
            │     [x] 1 jouw wijziging               050 111                               │
            │           ↳ AB · werkplek-1 · 23-11-2026 09:30                               │
            │     [ ] 2 op schijf (andere werkplek)  050 222                               │
            │           ↳ wie en wanneer onbekend                                          │
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
            └────── ↑↓ veld · ←→/1/2 kiezen · e zelf invullen · Enter opslaan · Esc later ─┘
             AB Anouk Bakker
            """, name: "conflict")
        #expect(try StoreReader.read(store.root).dossiers[0].household.phone == "050 222", "nothing overwritten yet")

        Fixture.press(&state, .character("2"), .enter)
        #expect(state.conflict == nil)
        let household = try StoreReader.read(store.root).dossiers[0].household
        #expect(household.phone == "050 222")
        #expect(household.email == "mijn@example.org")
        #expect(household.city == "Thesinge")
    }

    @Test("A value of one's own can be typed instead of either")
    func conflictOwnValue() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("e"))
        setField(&state, 4, "050 111")
        try changeElsewhere(store, [("Phone", "050 222")])
        Fixture.press(&state, .enter, .character("e"), .ctrl("u"))
        Fixture.type(&state, "06 12345678")
        Fixture.press(&state, .enter, .enter)
        #expect(try StoreReader.read(store.root).dossiers[0].household.phone == "06 12345678")
    }

    @Test("A conflict copy that needs a choice waits behind c; after choosing it is saved and archived")
    func conflictCopy() throws {
        let store = try makeStore()
        var state = try app(store)
        let writer = StoreWriter(root: store.root, workstation: "werkplek-1")
        let original = try #require(try writer.read(path))
        let edit = { (value: String) in
            RecordMerge.resolve(original.sets, [
                (FieldConflict(type: "Household", key: "Id:h-1", field: "Phone", base: nil, ours: nil, theirs: nil), value),
            ])
        }
        _ = try writer.save(path, base: original, ours: edit("050 1"))
        let copy = "households/h-1/household.sync-conflict-20261123-093000-ABCDEFG.rec"
        try store.write(copy, bytes: FileVersion.encode(edit("050 2"), parent: original.hash))
        state.reload([copy], size: Fixture.size, now: Fixture.now)
        #expect(state.pendingCopies.count == 1)
        #expect(Fixture.render(state).contains("⚠ 1 conflict c"))
        Fixture.press(&state, .character("c"))
        #expect(Fixture.render(state).contains("Conflictkopie — kies per veld"))
        Fixture.press(&state, .enter)
        #expect(state.pendingCopies.isEmpty)
        #expect(try StoreReader.read(store.root).dossiers[0].household.phone == "050 2")
        #expect(!FileManager.default.fileExists(atPath: store.root + "/" + copy))
    }

    @Test("A change arriving from elsewhere while a form is open leaves the form and its typed values alone")
    func reloadKeepsForm() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("e"))
        setField(&state, 4, "050 999")
        try changeElsewhere(store, [("City", "Thesinge")])
        state.reload([path], size: Fixture.size, now: Fixture.now)
        #expect(state.form?.value("Phone") == "050 999")
        #expect(state.snapshot.dossiers[0].household.city == "Thesinge", "the plan behind the form is up to date")
        Fixture.press(&state, .enter)
        let household = try StoreReader.read(store.root).dossiers[0].household
        #expect(household.phone == "050 999")
        #expect(household.city == "Thesinge", "the form's save merged the change made meanwhile")
    }
}
