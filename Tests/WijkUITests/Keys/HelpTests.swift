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
            │   w                    problemen in de opslag tonen                          │
            │   ? / F1               deze help                                             │
            │   q / Ctrl-C           stoppen                                               │
            │   u                    laatste wijziging ongedaan maken (als nieuwe          │
            │                        wijziging)                                            │
            │   c                    conflicten oplossen (kies per veld)                   │
            │   Ctrl-L               scherm nu vergrendelen                                │
            │   Ctrl-W               afmelden / wisselen van medewerker                    │
            │   t                    team: medewerkers, rollen, pincodes (coördinator,     │
            │                        beheerder)                                            │
            │   a                    audit-trail bekijken (beheerder)                      │
            │   i                    instellingen (beheerder)                              │
            │                                                                              │
            │ In een lijst                                                                 │
            └──────────────────────────────────────── 1–20/82 · ↑↓ scrollen · Esc sluiten ─┘
             AB Anouk Bakker (demo)   Enter openen  / filter  v weergave  q stoppen  ? help
            """, name: "help")
        Fixture.press(&state, .pageDown)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
            ┌─ Help — toetsen ─────────────────────────────────────────────────────────────┐
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
            │   v                    weergave: team / mijn caseload / afgesloten           │
            │   n                    nieuw huishouden                                      │
            │                                                                              │
            │ Tijdens het filteren (typ om te filteren)                                    │
            │   Enter / ↓            filter houden, terug naar de lijst                    │
            └─────────────────────────────────────── 17–36/82 · ↑↓ scrollen · Esc sluiten ─┘
             AB Anouk Bakker (demo)   Enter openen  / filter  v weergave  q stoppen  ? help
            """, name: "help-page2")
    }
}
