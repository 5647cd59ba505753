import Testing
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("The household plan pane: its rows, details and who else has it open")
struct PlanPaneTests {
    @Test("Opening a household moves the focus to its plan: members, ZRM progress, goals, journal")
    func plan() {
        var state = Fixture.state()
        Fixture.press(&state, .down, .down, .enter)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
             1 Caseload · team · 5 huishoudens ─────────────────────────────────────── 3/5 ─
              Let op Naam          Adres                           Reg Status     Evaluatie
                     Van der Berg  Woldweg 2, Woltersum            LD  actief     01-02-2027
                     Nguyễn        Thesingerweg 7, Thesinge        LD  aangemeld
            ▸    A   De Vries      Stationsweg 12, Ten Boer        AB  actief     01-12-2026
              !EC    Yılmaz-Bakker Kerkstraat 3, Ten Boer          MK  actief     01-11-2026
             2 Huishoudplan · De Vries                                     3 Sociale kaart
            ▸ De Vries                                                         050 302 1234
              Stationsweg 12, 9791 AB Ten Boer
              Regisseur Anouk Bakker (AB)
              actief · evaluatie 01-12-2026

            Gezinsleden
              Anouk de Vries                                             ouder        41 jr
              Sem de Vries                                               kind          9 jr

            ZRM  huishouden · 10-02-2026 → 13-10-2026
              Financiën                                                      ███░░ 3 (1) +2
              Huisvesting                                                    ███░░ 3 (3)  =
              Sociaal netwerk                                                █░░░░ 1 (2) −1

            Doelen en acties
             AB Anouk Bakker (demo)           n journaal  z ZRM  A actie  b uitgave  ? help
            """, name: "plan")
        Fixture.press(&state, .character("G"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
             1 Caseload · team · 5 huishoudens ─────────────────────────────────────── 3/5 ─
              Let op Naam          Adres                           Reg Status     Evaluatie
                     Van der Berg  Woldweg 2, Woltersum            LD  actief     01-02-2027
                     Nguyễn        Thesingerweg 7, Thesinge        LD  aangemeld
            ▸    A   De Vries      Stationsweg 12, Ten Boer        AB  actief     01-12-2026
              !EC    Yılmaz-Bakker Kerkstraat 3, Ten Boer          MK  actief     01-11-2026
             2 Huishoudplan · De Vries                                     3 Sociale kaart
                [x] Post sorteren · Anouk de Vries                               10-12-2026

            Verwijzingen
              Nog geen verwijzingen (V: wat past bij dit plan).

            Journaal
              18-11-2026 telefoon AB (gecorrigeerd) Gebeld over brief van de Kredietbank.
                ↳ correctie 19-11-2026 AB Het was een brief van de woningcorporatie.
              02-10-2026 huisbezoek AB Kennismaking thuis. Post stapelt zich op.

            Budget
              Budget                                                             € 2.500,00
              Besteed en toegezegd                                               € 1.200,50
              Saldo                                                              € 1.299,50
            ▸   01-05-2026 Fiets voor werk                                       € 1.200,50
             AB Anouk Bakker (demo)           n journaal  z ZRM  A actie  b uitgave  ? help
            """, name: "plan-end")
    }

    @Test("A journal entry opens in full with its correction")
    func journalDetail() {
        var state = Fixture.state()
        Fixture.press(&state, .down, .down, .enter)
        Fixture.press(&state, .character("G"), .up, .up, .up, .up, .up, .up, .enter)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
            ┌─ telefoon 18-11-2026 ────────────────────────────────────────────────────────┐
            │ Datum  18-11-2026                                                            │
            │ Soort  telefoon                                                              │
            │ Door   Anouk Bakker (AB)                                                     │
            │ Duur   45 min                                                                │
            │                                                                              │
            │ Gebeld over brief van de Kredietbank.                                        │
            │                                                                              │
            │ correctie 19-11-2026 · Anouk Bakker (AB)                                     │
            │ Het was een brief van de woningcorporatie.                                   │
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
             AB Anouk Bakker (demo)           n journaal  z ZRM  A actie  b uitgave  ? help
            """, name: "journal-detail")
    }

    @Test("Moving in the plan skips headings and blank lines")
    func planSkipsHeadings() {
        var state = Fixture.state()
        Fixture.press(&state, .down, .down, .enter)
        let rows = state.planRows(now: Fixture.now)
        for _ in 0..<rows.count {
            #expect(rows[state.list(.plan).selected].isSelectable)
            Fixture.press(&state, .down)
        }
        #expect(state.list(.plan).selected == rows.count - 1)
    }

    @Test("Another household in the caseload resets the plan to its top")
    func planResets() {
        var state = Fixture.state()
        Fixture.press(&state, .down, .down, .enter, .character("G"), .character("1"), .down)
        #expect(state.list(.plan).selected == 0)
        #expect(state.selectedDossier?.household.name == "Yılmaz-Bakker")
    }

    @Test("A colleague with the same household open shows in the plan's title; stale or own presence does not")
    func presence() {
        var state = Fixture.state(workstation: "werkplek-1")
        Fixture.press(&state, .down, .down, .enter)
        let now = Fixture.now.instant
        state.setPresence([
            Presence(worker: "w-mk", workstation: "werkplek-2", household: "h-0001", seen: Timestamp(seconds: now.seconds - 20)),
            Presence(worker: "w-ld", workstation: "laptop-3", household: "h-0001", seen: Timestamp(seconds: now.seconds - 500)),
            Presence(worker: "w-ab", workstation: "werkplek-1", household: "h-0001", seen: now),
            Presence(worker: "w-ld", workstation: "werkplek-4", household: "h-0002", seen: now),
        ])
        #expect(state.colleaguesHere(now: Fixture.now).map(\.worker) == ["w-mk"])
        let title = Fixture.render(state).split(separator: "\n")[7]
        #expect(title.contains("ook geopend door MK op werkplek-2"), "\(title)")
        #expect(state.openHousehold == "h-0001")
        Fixture.press(&state, .character("1"))
        #expect(state.openHousehold == nil)
    }
}
