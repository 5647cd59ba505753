import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("The regisseur's daily work in the household plan")
struct PlanEditingTests {
    func makeStore() throws -> TemporaryStore {
        try TemporaryStore([
            "team/w-ab.rec": "%rec: Worker\n\nId: w-ab\nName: Anouk Bakker\nInitials: AB\nRole: coordinator\n",
            "team/w-mk.rec": "%rec: Worker\n\nId: w-mk\nName: Mehmet Kaya\nInitials: MK\nRole: worker\n",
            "resources/r-deel.rec": "%rec: Resource\n\nId: r-deel\nName: Kulturhus De Deel\nKind: buurthuis\n",
            "households/h-1/household.rec": TemporaryStore.household("h-1", members: "Id: m-1\nName: Anouk de Vries\nBorn: 1985-04-12\n"),
        ])
    }

    /// The app on `store` as Anouk Bakker, with the plan of h-1 focused.
    func app(_ store: TemporaryStore) throws -> AppState {
        let snapshot = try StoreReader.read(store.root)
        var state = AppState(snapshot: snapshot, viewer: snapshot.worker("w-ab"), storeLabel: "~/teststore",
                             workstation: "werkplek-1", writer: StoreWriter(root: store.root, workstation: "werkplek-1"),
                             now: Fixture.now)
        Fixture.press(&state, .enter)
        return state
    }

    func dossier(_ store: TemporaryStore, _ id: String = "h-1") throws -> Dossier {
        try #require(try StoreReader.read(store.root).dossiers.first { $0.id == id })
    }

    @Test("A new household made from the caseload opens in the plan; its file passes recfix")
    func newHousehold() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("1"), .character("n"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Nieuw huishouden ───────────────────────────────────────────────────────────┐
            │ Naam *                                                                       │
            │ Straat en nr.                                                                │
            │ Postcode                                                                     │
            │ Plaats                                                                       │
            │ Telefoon                                                                     │
            │ E-mail                                                                       │
            │ Contact bij voorkeur   ‹ — ›                                                 │
            │ Regisseur *            ‹ Anouk Bakker (AB) ›                                 │
            │ Status                 ‹ aangemeld ›                                         │
            │ Afscherming            ‹ normaal ›                                           │
            │ Start                  23-11-2026                                            │
            │ Evaluatie              22-02-2027                                            │
            │                                                                              │
            │ * verplicht                                                                  │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────── Tab volgend veld · Enter/Ctrl-S opslaan · Esc annuleren ─┘
             AB Anouk Bakker
            """, name: "new-household")
        Fixture.fill(&state, "Naam *", "Çelik-Nguyễn")
        Fixture.fill(&state, "Postcode", "9791ab")
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form == nil)
        #expect(state.focus == .plan)
        #expect(state.selectedDossier?.household.name == "Çelik-Nguyễn")
        #expect(state.selectedDossier?.household.postcode == "9791 AB")
        #expect(state.selectedDossier?.household.regisseur == "w-ab")
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
    }

    @Test("Members are added with age and BSN checked, edited, and removed after a question; removal is in the journal")
    func members() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("m"))
        Fixture.fill(&state, "Naam *", "Sem de Vries")
        Fixture.fill(&state, "Geboren", "1-6-2017")
        Fixture.fill(&state, "BSN", "123456789")
        Fixture.press(&state, .enter)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Nieuw gezinslid ────────────────────────────────────────────────────────────┐
            │ Naam *     Sem de Vries                                                      │
            │ Geboren    1-6-2017                                                          │
            │ Relatie                                                                      │
            │ BSN        123456789                           geen geldig BSN (elfproef)    │
            │ Telefoon                                                                     │
            │ Notities                                                                     │
            │                                                                              │
            │                                                                              │
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
            └──────────────────── Tab volgend veld · Enter/Ctrl-S opslaan · Esc annuleren ─┘
             AB Anouk Bakker
            """, name: "member-form-errors")
        Fixture.fill(&state, "BSN", "123456782")
        Fixture.fill(&state, "Relatie", "kind")
        Fixture.press(&state, .enter)
        #expect(state.form == nil)
        var members = try dossier(store).members
        #expect(members.map(\.name) == ["Anouk de Vries", "Sem de Vries"])
        #expect(members[1].born == Day(iso: "2017-06-01"))
        #expect(Fixture.render(state).contains("Sem de Vries") && Fixture.render(state).contains("9 jr"))

        Fixture.selectPlanRow(&state, .member(members[1].id))
        Fixture.press(&state, .character("e"))
        Fixture.fill(&state, "Telefoon", "06 12345678")
        Fixture.press(&state, .enter)
        #expect(try dossier(store).members[1].phone == "06 12345678")

        Fixture.selectPlanRow(&state, .member(members[1].id))
        Fixture.press(&state, .character("x"))
        #expect(Fixture.render(state).contains("Sem de Vries uit het huishouden verwijderen?"))
        Fixture.press(&state, .character("n"))
        #expect(try dossier(store).members.count == 2, "any other key than j keeps the member")
        Fixture.press(&state, .character("x"), .character("j"))
        members = try dossier(store).members
        #expect(members.map(\.name) == ["Anouk de Vries"])
        #expect(try dossier(store).journal.contains { $0.text == "Gezinslid verwijderd: Sem de Vries." })
    }

    @Test("Scoring the ZRM twice keeps both and shows the progress per domain")
    func assessments() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("z"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ ZRM scoren ─────────────────────────────────────────────────────────────────┐
            │ Per domein 1 acute problematiek … 5 volledig zelfredzaam; — als het domein   │
            │ niet gescoord wordt. ←→ of spatie kiest.                                     │
            │                                                                              │
            │ Voor                     ‹ huishouden ›                                      │
            │ Datum *                  23-11-2026                                          │
            │ Financiën                ‹ — ›                                               │
            │ Werk & opleiding         ‹ — ›                                               │
            │ Tijdsbesteding           ‹ — ›                                               │
            │ Huisvesting              ‹ — ›                                               │
            │ Huiselijke relaties      ‹ — ›                                               │
            │ Geestelijke gezondheid   ‹ — ›                                               │
            │ Lichamelijke gezondheid  ‹ — ›                                               │
            │ Middelengebruik          ‹ — ›                                               │
            │ Basale ADL               ‹ — ›                                               │
            │ Instrumentele ADL        ‹ — ›                                               │
            │ Sociaal netwerk          ‹ — ›                                               │
            │ Maatschappelijke partic… ‹ — ›                                               │
            │ Justitie                 ‹ — ›                                               │
            │                                                                              │
            │ * verplicht                                                                  │
            └──────────────────── Tab volgend veld · Enter/Ctrl-S opslaan · Esc annuleren ─┘
             AB Anouk Bakker
            """, name: "assessment-form")
        Fixture.choose(&state, "Financiën", "2 niet zelfredzaam")
        Fixture.choose(&state, "Huisvesting", "4 voldoende zelfredzaam")
        Fixture.fill(&state, "Datum *", "01-03-2026")
        Fixture.press(&state, .ctrl("s"))
        Fixture.press(&state, .character("z"))
        Fixture.choose(&state, "Financiën", "4 voldoende zelfredzaam")
        Fixture.press(&state, .ctrl("s"))
        let d = try dossier(store)
        #expect(d.assessments.count == 2)
        #expect(d.progress.map { "\($0.domain.rawValue) \($0.first.rawValue)→\($0.latest.rawValue)" }
                == ["Finances 2→4", "Housing 4→4"])
        let screen = Fixture.render(state, size: Size(columns: 80, rows: 40))
        #expect(screen.contains("Financiën                                                      ████░ 4 (2) +2"))
    }

    @Test("Goals and actions are added and edited; an overdue action is marked")
    func goalsAndActions() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("D"))
        Fixture.fill(&state, "Doel *", "Schulden in beeld")
        Fixture.choose(&state, "Doelscore", "4 voldoende zelfredzaam")
        Fixture.fill(&state, "Uiterlijk", "01-03-2027")
        Fixture.press(&state, .enter)
        Fixture.press(&state, .character("A"))
        Fixture.fill(&state, "Wat *", "Aanmelden Kulturhus")
        Fixture.choose(&state, "Wie", "Kulturhus De Deel")
        Fixture.fill(&state, "Uiterlijk", "20-11-2026")
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Nieuwe actie ───────────────────────────────────────────────────────────────┐
            │ Wat *       Aanmelden Kulturhus                                              │
            │ Wie         ‹ Kulturhus De Deel ›                                            │
            │ Doel        ‹ Schulden in beeld ›                                            │
            │ Uiterlijk   20-11-2026                                                       │
            │ Status      ‹ open ›                                                         │
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
            └──────────────────── Tab volgend veld · Enter/Ctrl-S opslaan · Esc annuleren ─┘
             AB Anouk Bakker
            """, name: "action-form")
        Fixture.press(&state, .enter)
        let d = try dossier(store)
        #expect(d.goals.map(\.text) == ["Schulden in beeld"])
        #expect(d.actions.first?.who == .resource("r-deel"))
        #expect(d.actions.first?.goal == d.goals.first?.id)
        let screen = Fixture.render(state, size: Size(columns: 100, rows: 40))
        #expect(screen.contains("[ ] Aanmelden Kulturhus · Kulturhus"))
        #expect(screen.contains("20-11-2026 te laat"))

        Fixture.selectPlanRow(&state, .action(d.actions[0].id))
        Fixture.press(&state, .character("e"))
        Fixture.choose(&state, "Status", "gedaan")
        Fixture.press(&state, .enter)
        #expect(try dossier(store).actions.first?.status == .done)
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
    }

    @Test("A multi-line journal entry with diacritics is written by the signed-in worker; a correction refers to it")
    func journal() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("n"))
        Fixture.fill(&state, "Duur (min)", "45")
        Fixture.fill(&state, "Tekst *", "Huisbezoek bij Gül en Zoë.\nAfspraken: café op woensdag, één keer per week.\n")
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Nieuw contactmoment of notitie ─────────────────────────────────────────────┐
            │ Enter maakt een nieuwe regel; Ctrl-S slaat op.                               │
            │                                                                              │
            │ Soort        ‹ huisbezoek ›                                                  │
            │ Datum *      23-11-2026                                                      │
            │ Duur (min)   45                                                              │
            │ Tekst *      Huisbezoek bij Gül en Zoë.                                      │
            │              Afspraken: café op woensdag, één keer per week.                 │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │ * verplicht                                                                  │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────── Tab volgend veld · Enter/Ctrl-S opslaan · Esc annuleren ─┘
             AB Anouk Bakker
            """, name: "journal-form")
        Fixture.press(&state, .ctrl("s"))
        var entry = try #require(try dossier(store).journal.first)
        #expect(entry.text == "Huisbezoek bij Gül en Zoë.\nAfspraken: café op woensdag, één keer per week.")
        #expect(entry.author == "w-ab")
        #expect(entry.minutes == 45)
        #expect(entry.kind == .homevisit)

        Fixture.selectPlanRow(&state, .journal(entry.id))
        Fixture.press(&state, .character("e"))
        Fixture.fill(&state, "Tekst *", "Het was op dinsdag.")
        Fixture.press(&state, .ctrl("s"))
        let correction = try #require(try dossier(store).journal.first { $0.corrects != nil })
        #expect(correction.corrects == entry.id)
        entry = try dossier(store).journal.first { $0.id == entry.id }!
        #expect(entry.text.hasPrefix("Huisbezoek"), "the original entry is never changed")
        #expect(Fixture.render(state).contains("(gecorrigeerd)"))
    }

    @Test("Typing in the plan's filter searches the whole journal, not only the latest entries")
    func journalSearch() throws {
        let store = try makeStore()
        for i in 1...9 {
            try store.write("households/h-1/journal/2026110\(i)T100000Z-ab-ws1-aaa\(i).rec",
                            TemporaryStore.journal("j-\(i)", date: "2026-11-0\(i)", text: i == 1 ? "Oud gesprek over de fiets" : "Gesprek \(i)"))
        }
        var state = try app(store)
        #expect(!Fixture.render(state, size: Size(columns: 80, rows: 60)).contains("fiets"), "the oldest entry is not listed")
        Fixture.press(&state, .character("/"))
        Fixture.type(&state, "fiets")
        #expect(Fixture.render(state).contains("01-11-2026 huisbezoek AB Oud gesprek over de"))
    }

    @Test("Budget and expenses: Dutch amounts, a running balance, overspending marked but not blocked")
    func budget() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("B"))
        Fixture.fill(&state, "Budget *", "1.000,00")
        Fixture.press(&state, .enter)
        Fixture.press(&state, .character("b"))
        Fixture.fill(&state, "Bedrag *", "12,3,4")
        Fixture.fill(&state, "Omschrijving *", "Fiets")
        Fixture.press(&state, .enter)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Uitgave of toezegging ──────────────────────────────────────────────────────┐
            │ Datum *            23-11-2026                                                │
            │ Soort              ‹ uitgave ›                                               │
            │ Bedrag *           12,3,4                             bedrag als 1.234,50    │
            │ Omschrijving *     Fiets                                                     │
            │ Domein (analyse)   ‹ — ›                                                     │
            │ Voorziening        ‹ — ›                                                     │
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
            └──────────────────── Tab volgend veld · Enter/Ctrl-S opslaan · Esc annuleren ─┘
             AB Anouk Bakker
            """, name: "expense-form-error")
        Fixture.fill(&state, "Bedrag *", "1.234,50")
        Fixture.choose(&state, "Domein (analyse)", "Maatschappelijke participatie")
        Fixture.press(&state, .enter)
        #expect(state.form == nil)
        let d = try dossier(store)
        #expect(d.budget?.amount == Money(cents: 100_000))
        #expect(d.expenses.first?.amount == Money(cents: 123_450))
        #expect(d.expenses.first?.domain == .participation)
        #expect(d.balance == Money(cents: -23_450))
        Fixture.press(&state, .character("G"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
             1 Caseload · team · 1 huishoudens ─────────────────────────────────────── 1/1 ─
              Let op Naam         Adres                            Reg Status     Evaluatie
            ▸   C    De Vries     Stationsweg 1, Ten Boer          AB  actief     01-12-2026



             2 Huishoudplan · De Vries                                     3 Sociale kaart

            Doelen en acties
              Nog geen doelen.

            Verwijzingen
              Nog geen verwijzingen (V: wat past bij dit plan).

            Journaal
              Nog geen journaal.

            Budget
              Budget 23-11-2026 – 22-11-2027                                     € 1.000,00
              Besteed en toegezegd                                               € 1.234,50
              Saldo  OVER BUDGET                                                  -€ 234,50
            ▸   23-11-2026 Fiets                                                 € 1.234,50
             AB Anouk Bakker                  n journaal  z ZRM  A actie  b uitgave  ? help
            """, name: "budget-overspent")
    }

    @Test("Closing asks the coded reason, whether they carry on without help and satisfaction, then the final ZRM; the household leaves the caseload, is findable, and reopens")
    func closeAndReopen() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("s"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Huishouden afsluiten — De Vries ────────────────────────────────────────────┐
            │ Na het afsluiten volgt de eind-ZRM. Een afgesloten huishouden staat onder    │
            │ weergave ‘afgesloten’ (v) en kan worden heropend.                            │
            │                                                                              │
            │ Reden *              ‹ — kies de reden — ›            typ om te zoeken       │
            │ Verder zonder hulp   ‹ weet nog niet ›                                       │
            │ Tevredenheid 1–10                                                            │
            │ Toelichting                                                                  │
            │                                                                              │
            │                                                                              │
            │                                                                              │
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
            └──────────────────── Tab volgend veld · Enter/Ctrl-S opslaan · Esc annuleren ─┘
             AB Anouk Bakker
            """, name: "close-form")
        Fixture.choose(&state, "Reden *", "verhuisd uit de gemeente")
        Fixture.choose(&state, "Verder zonder hulp", "ja")
        Fixture.fill(&state, "Tevredenheid 1–10", "11")
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form?.errors.values.contains(.range) == true)
        Fixture.fill(&state, "Tevredenheid 1–10", "8")
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form?.title == "Eind-ZRM")
        Fixture.choose(&state, "Financiën", "5 volledig zelfredzaam")
        Fixture.press(&state, .ctrl("s"))
        var d = try dossier(store)
        #expect(d.household.status == .closed)
        #expect(d.household.closeReason == .moved)
        #expect(d.household.satisfaction == 8)
        #expect(d.household.selfReliant == true)
        #expect(d.household.closed == Fixture.now.day)
        #expect(d.assessments.last?.isFinal == true)
        #expect(d.journal.contains { $0.text == "Huishouden afgesloten. Reden: verhuisd uit de gemeente. Verder zonder hulp: ja. Tevredenheid: 8/10." })
        #expect(state.caseload.visible.isEmpty, "closed households leave the team's caseload")
        Fixture.press(&state, .character("1"), .character("v"), .character("v"))
        #expect(state.caseload.visible.count == 1, "and stay findable under ‘afgesloten’")
        Fixture.press(&state, .enter, .character("s"), .character("j"))
        d = try dossier(store)
        #expect(d.household.status == .active)
        #expect(d.household.closeReason == nil && d.household.selfReliant == nil, "a reopened case has no outcome yet")
        #expect(d.journal.contains { $0.text == "Huishouden heropend." })
    }

    @Test("A household file written before the code lists is closed with a coded reason and still passes recfix")
    func closeOldFile() throws {
        let store = try makeStore()
        // The descriptor as Wijkdesk wrote it before 2026-12-08: the new codes are not in its enum.
        let path = store.root + "/households/h-1/household.rec"
        let old = "%rec: Household\n%key: Id\n%mandatory: Id Name Status Regisseur\n"
            + "%type: CloseReason enum goals-achieved moved referred no-longer-wanted deceased other\n"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let records = text[text.range(of: "\n\n")!.lowerBound...]
        try (old + records).write(toFile: path, atomically: true, encoding: .utf8)
        var state = try app(store)
        Fixture.press(&state, .character("s"))
        Fixture.choose(&state, "Reden *", "voortijdig, door cliënt")
        Fixture.press(&state, .ctrl("s"), .escape)
        #expect(try dossier(store).household.closeReason == .byClient)
        #expect(try Command.recfixFailures([path]) ?? [] == [])
    }

    @Test("A hand-over changes the regisseur and puts the reason in the journal")
    func handover() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("r"))
        Fixture.fill(&state, "Reden *", "Specialisme schulden")
        Fixture.press(&state, .enter)
        let d = try dossier(store)
        #expect(d.household.regisseur == "w-mk")
        #expect(d.journal.contains { $0.text == "Overgedragen van Anouk Bakker aan Mehmet Kaya. Reden: Specialisme schulden" })
    }

    @Test("u undoes the last change as a new write: a field back, an entry withdrawn, an expense reversed, a score withdrawn")
    func undo() throws {
        let store = try makeStore()
        var state = try app(store)
        Fixture.press(&state, .character("e"))
        Fixture.fill(&state, "Telefoon", "050 1")
        Fixture.press(&state, .enter)
        Fixture.press(&state, .character("n"))
        Fixture.fill(&state, "Tekst *", "Vergissing")
        Fixture.press(&state, .ctrl("s"))
        Fixture.press(&state, .character("b"))
        Fixture.fill(&state, "Bedrag *", "10")
        Fixture.fill(&state, "Omschrijving *", "Dubbel geboekt")
        Fixture.press(&state, .enter)
        Fixture.press(&state, .character("z"))
        Fixture.choose(&state, "Financiën", "3 beperkt zelfredzaam")
        Fixture.press(&state, .ctrl("s"))
        #expect(try dossier(store).assessments.count == 1)

        Fixture.press(&state, .character("u"), .character("j"))
        #expect(try dossier(store).assessments.isEmpty, "the withdrawn assessment leaves the history")
        Fixture.press(&state, .character("u"), .character("j"))
        #expect(try dossier(store).spent == .zero, "a counter-entry balances the expense")
        #expect(try dossier(store).expenses.count == 2)
        Fixture.press(&state, .character("u"), .character("j"))
        let journal = try dossier(store).journal
        let withdrawal = journal.first { $0.corrects != nil }
        #expect(withdrawal?.corrects == journal.first { $0.text == "Vergissing" }?.id)
        #expect(withdrawal?.text == "Ingetrokken: deze notitie is ongedaan gemaakt.")
        Fixture.press(&state, .character("u"), .character("j"))
        #expect(try dossier(store).household.phone == "")
        Fixture.press(&state, .character("u"))
        #expect(state.notice == "Niets om ongedaan te maken.")
        let files = try FileManager.default.contentsOfDirectory(atPath: store.root + "/households/h-1/zrm")
        #expect(files.count == 2, "undo never deletes a file")
    }
}
