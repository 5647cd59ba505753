import Testing
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("The help is generated from the key map")
struct HelpTests {
    @Test("The help overlay is generated from the key map and scrolls")
    func help() {
        var state = Fixture.state()
        Fixture.press(&state, .character("?"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
            ┌─ Help — toetsen ─────────────────────────────────────────────────────────────┐
            │ Overal                                                                       │
            │   Tab                  volgend paneel                                        │
            │   Shift-Tab            vorig paneel                                          │
            │   1                    naar de caseload                                      │
            │   2                    naar het huishoudplan                                 │
            │   3                    naar de sociale kaart                                 │
            │   4                    hulpvragen: de inbox (medewerkers kijken,             │
            │                        coördinatoren triëren)                                │
            │   5                    rapportages (coördinator, beheerder)                  │
            │   M                    teamoverleg: agenda, punten, besluiten, notulen       │
            │   w                    problemen in de opslag tonen                          │
            │   ? / F1               deze help                                             │
            │   q / Ctrl-C           stoppen                                               │
            │   u                    laatste wijziging ongedaan maken, als nieuwe          │
            │                        wijziging: noemt haar en vraagt j; niet: een nieuw    │
            │                        huishouden of voorziening, een triagestap, team en    │
            │                        instellingen                                          │
            │   c                    conflicten oplossen (kies per veld)                   │
            │   Ctrl-L               scherm nu vergrendelen                                │
            │   Ctrl-W               afmelden / wisselen van medewerker                    │
            └─────────────────────────────────────── 1–20/195 · ↑↓ scrollen · Esc sluiten ─┘
             AB Anouk Bakker (demo)     Enter openen  / filter  v weergave  n nieuw  ? help
            """, name: "help")
        Fixture.press(&state, .pageDown)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
            ┌─ Help — toetsen ─────────────────────────────────────────────────────────────┐
            │   t                    team: medewerkers, rollen, pincodes (coördinator,     │
            │                        beheerder)                                            │
            │   a                    audit-trail bekijken (beheerder)                      │
            │   i                    instellingen (beheerder)                              │
            │                                                                              │
            │ In een lijst                                                                 │
            │   ↓ / j                regel omlaag                                          │
            │   ↑ / k                regel omhoog                                          │
            │   PgDn / Ctrl-F        pagina omlaag                                         │
            │   PgUp / Ctrl-B        pagina omhoog                                         │
            │   Home / g             naar de eerste regel                                  │
            │   End / G              naar de laatste regel                                 │
            │   Enter / → / l        openen                                                │
            │   Esc / ← / h          terug (sluiten, filter wissen)                        │
            │   /                    filteren terwijl je typt                              │
            │                                                                              │
            │ In de caseload                                                               │
            │   Enter / → / l        het huishoudplan openen (afgeschermd: noodtoegang     │
            │                        vragen)                                               │
            │   /                    zoeken op naam, adres, postcode, gezinslid of         │
            └────────────────────────────────────── 21–40/195 · ↑↓ scrollen · Esc sluiten ─┘
             AB Anouk Bakker (demo)     Enter openen  / filter  v weergave  n nieuw  ? help
            """, name: "help-page2")
    }

    @Test("Every pane has a section of its own, and each context's keys are described for that context")
    func sections() {
        let help = HelpView.lines(keyMap: .standard, strings: Strings(), width: 76).map { $0.map(\.text).joined() }
        let headings = help.filter { !$0.hasPrefix(" ") && !$0.isEmpty }
        #expect(headings.contains("In de sociale kaart"))
        #expect(headings.contains("In de caseload") && headings.contains("In het huishoudplan"))
        let team = help.drop { $0 != "In het teamscherm" }
        #expect(team.contains { $0.contains("e / Enter") && $0.contains("medewerker bewerken") })
        #expect(!team.contains { $0.contains("huishouden, lid, doel") }, "the team's e is not the plan's")
        let conflict = help.drop { $0 != "Bij een conflict" }.prefix(9)
        #expect(conflict.contains { $0.contains("Esc") && $0.contains("later kiezen") })
    }
}
