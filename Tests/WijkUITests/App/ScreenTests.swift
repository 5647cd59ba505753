import Testing
import WijkDomain
@testable import WijkUI

@Suite("Whole screens at 80×24")
struct ScreenTests {
    @Test("The caseload lists open households Dutch-sorted with their signals, the plan previews the selection")
    func caseload() {
        let state = Fixture.state()
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
             1 Caseload · team · 5 huishoudens                                         1/5
              Let op Naam                Adres                     Reg Status     Evaluatie
            ▸        Van der Berg        Woldweg 2, Woltersum      LD  actief     01-02-2027
                     Nguyễn              Thesingerweg 7, Thesinge  LD  aangemeld
                 A   De Vries            Stationsweg 12, Ten Boer  AB  actief     01-12-2026
              !EC    Yılmaz-Bakker       Kerkstraat 3, Ten Boer    MK  actief     01-11-2026
                     王 (Wang)           Dorpsstraat 9, Garmerwol… MK  actief     10-01-2027





             2 Huishoudplan · Van der Berg ─────────────────│ 3 Sociale kaart · 4 voo… 1/4 ─
              Van der Berg                                  │  Naam
              Woldweg 2, 9795 TC Woltersum                  │▸ GeheugenHuis Ten Boer
              Regisseur Lieke Dijkstra (LD)                 │  Kulturhus De Deel
              actief · evaluatie 01-02-2027                 │  Voedselbank Ten Boer
                                                            │  GGZ-team Noord
            Gezinsleden                                     │
              Geen gezinsleden.                             │
                                                            │
            ZRM                                             │
             AB Anouk Bakker (demo)   Enter openen  / filter  v weergave  q stoppen  ? help
            """, name: "caseload")
    }

    @Test("Opening a household moves the focus to its plan: members, ZRM progress, goals, journal")
    func plan() {
        var state = Fixture.state()
        Fixture.press(&state, .down, .down, .enter)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
             1 Caseload · team · 5 huishoudens ─────────────────────────────────────── 3/5 ─
              Let op Naam                Adres                     Reg Status     Evaluatie
                     Van der Berg        Woldweg 2, Woltersum      LD  actief     01-02-2027
                     Nguyễn              Thesingerweg 7, Thesinge  LD  aangemeld
            ▸    A   De Vries            Stationsweg 12, Ten Boer  AB  actief     01-12-2026
              !EC    Yılmaz-Bakker       Kerkstraat 3, Ten Boer    MK  actief     01-11-2026
             2 Huishoudplan · De Vries                      │ 3 Sociale kaart · 4 voo… 1/4 ─
            ▸ De Vries                         050 302 1234 │  Naam
              Stationsweg 12, 9791 AB Ten Boer              │▸ GeheugenHuis Ten Boer
              Regisseur Anouk Bakker (AB)                   │  Kulturhus De Deel
              actief · evaluatie 01-12-2026                 │  Voedselbank Ten Boer
                                                            │  GGZ-team Noord
            Gezinsleden                                     │
              Anouk de Vries             ouder        41 jr │
              Sem de Vries               kind          9 jr │
                                                            │
            ZRM  huishouden · 10-02-2026 → 13-10-2026       │
              Financiën                      ███░░ 3 (1) +2 │
              Huisvesting                    ███░░ 3 (3)  = │
              Sociaal netwerk                █░░░░ 1 (2) −1 │
                                                            │
            Doelen en acties                                │
             AB Anouk Bakker (demo)   Enter openen  e bewerken  Esc terug  / filter  ? help
            """, name: "plan")
        Fixture.press(&state, .character("G"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
             1 Caseload · team · 5 huishoudens ─────────────────────────────────────── 3/5 ─
              Let op Naam                Adres                     Reg Status     Evaluatie
                     Van der Berg        Woldweg 2, Woltersum      LD  actief     01-02-2027
                     Nguyễn              Thesingerweg 7, Thesinge  LD  aangemeld
            ▸    A   De Vries            Stationsweg 12, Ten Boer  AB  actief     01-12-2026
              !EC    Yılmaz-Bakker       Kerkstraat 3, Ten Boer    MK  actief     01-11-2026
             2 Huishoudplan · De Vries                      │ 3 Sociale kaart · 4 voo… 1/4 ─
            Doelen en acties                                │  Naam
              • Financiën: Schulden in b… doel 4 01-03-2027 │▸ GeheugenHuis Ten Boer
                [ ] Aanmelden Kredietba… 15-11-2026 te laat │  Kulturhus De Deel
                [x] Post sorteren · Anouk de Vr… 10-12-2026 │  Voedselbank Ten Boer
                                                            │  GGZ-team Noord
            Journaal                                        │
              18-11-2026 telefoon AB (gecorrigeerd) Gebeld …│
                ↳ correctie 19-11-2026 AB Het was een brief…│
              02-10-2026 huisbezoek AB Kennismaking thuis. …│
                                                            │
            Budget                                          │
              Budget                             € 2.500,00 │
              Besteed en toegezegd               € 1.200,50 │
              Saldo                              € 1.299,50 │
            ▸   01-05-2026 Fiets voor werk       € 1.200,50 │
             AB Anouk Bakker (demo)   Enter openen  e bewerken  Esc terug  / filter  ? help
            """, name: "plan-end")
    }

    @Test("The sociale kaart lists low-threshold services first and shows more columns when focused")
    func resources() {
        var state = Fixture.state()
        Fixture.press(&state, .character("3"), .down)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
             1 Caseload · team · 5 huishoudens ─────────────────────────────────────── 1/5 ─
              Let op Naam                Adres                     Reg Status     Evaluatie
            ▸        Van der Berg        Woldweg 2, Woltersum      LD  actief     01-02-2027
                     Nguyễn              Thesingerweg 7, Thesinge  LD  aangemeld
                 A   De Vries            Stationsweg 12, Ten Boer  AB  actief     01-12-2026
              !EC    Yılmaz-Bakker       Kerkstraat 3, Ten Boer    MK  actief     01-11-2026
             2 Huishoudplan · Van der Berg ─│ 3 Sociale kaart · 4 voorzieningen        2/4
              Van der Berg                  │  Naam                          Soort
              Woldweg 2, 9795 TC Woltersum  │  GeheugenHuis Ten Boer         dementie
              Regisseur Lieke Dijkstra (LD) │▸ Kulturhus De Deel             buurthuis
              actief · evaluatie 01-02-2027 │  Voedselbank Ten Boer          voedselbank
                                            │  GGZ-team Noord                ggz
            Gezinsleden                     │
              Geen gezinsleden.             │
                                            │
            ZRM                             │
              Nog geen ZRM-score.           │
                                            │
            Doelen en acties                │
              Nog geen doelen.              │
                                            │
            Journaal                        │
             AB Anouk Bakker (demo)    Enter openen  Esc terug  / filter  q stoppen  ? help
            """, name: "resources")
    }

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

    @Test("Typing a filter narrows the caseload as you type, ignoring case and accents")
    func filter() {
        var state = Fixture.state()
        Fixture.press(&state, .character("/"))
        Fixture.type(&state, "TEN boer")
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
             1 Caseload · team · 2 van 5 · filter “TEN boer”                           1/2
              Let op Naam                Adres                     Reg Status     Evaluatie
            ▸    A   De Vries            Stationsweg 12, Ten Boer  AB  actief     01-12-2026
              !EC    Yılmaz-Bakker       Kerkstraat 3, Ten Boer    MK  actief     01-11-2026








             2 Huishoudplan · De Vries ─────────────────────│ 3 Sociale kaart · 4 voo… 1/4 ─
              De Vries                         050 302 1234 │  Naam
              Stationsweg 12, 9791 AB Ten Boer              │▸ GeheugenHuis Ten Boer
              Regisseur Anouk Bakker (AB)                   │  Kulturhus De Deel
              actief · evaluatie 01-12-2026                 │  Voedselbank Ten Boer
                                                            │  GGZ-team Noord
            Gezinsleden                                     │
              Anouk de Vries             ouder        41 jr │
              Sem de Vries               kind          9 jr │
                                                            │
             Filter: TEN boer                                Enter klaar  Esc filter wissen
            """, name: "filter-typing")
        Fixture.press(&state, .enter)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
             1 Caseload · team · 2 van 5 · filter “TEN boer”                           1/2
              Let op Naam                Adres                     Reg Status     Evaluatie
            ▸    A   De Vries            Stationsweg 12, Ten Boer  AB  actief     01-12-2026
              !EC    Yılmaz-Bakker       Kerkstraat 3, Ten Boer    MK  actief     01-11-2026








             2 Huishoudplan · De Vries ─────────────────────│ 3 Sociale kaart · 4 voo… 1/4 ─
              De Vries                         050 302 1234 │  Naam
              Stationsweg 12, 9791 AB Ten Boer              │▸ GeheugenHuis Ten Boer
              Regisseur Anouk Bakker (AB)                   │  Kulturhus De Deel
              actief · evaluatie 01-12-2026                 │  Voedselbank Ten Boer
                                                            │  GGZ-team Noord
            Gezinsleden                                     │
              Anouk de Vries             ouder        41 jr │
              Sem de Vries               kind          9 jr │
                                                            │
             AB Anouk Bakker (demo)   Enter openen  / filter  v weergave  q stoppen  ? help
            """, name: "filter-kept")
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
             AB Anouk Bakker (demo)   Enter openen  e bewerken  Esc terug  / filter  ? help
            """, name: "journal-detail")
    }

    @Test("A worker sees a colleague's restricted household without name, address or plan")
    func restricted() {
        var state = Fixture.state(viewer: "w-mk")
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
             1 Caseload · team · 5 huishoudens                                         1/5
              Let op Naam                Adres                     Reg Status     Evaluatie
            ▸        Afgeschermd huisho…                           LD  actief     01-02-2027
                     Nguyễn              Thesingerweg 7, Thesinge  LD  aangemeld
                 A   De Vries            Stationsweg 12, Ten Boer  AB  actief     01-12-2026
              !EC    Yılmaz-Bakker       Kerkstraat 3, Ten Boer    MK  actief     01-11-2026
                     王 (Wang)           Dorpsstraat 9, Garmerwol… MK  actief     10-01-2027





             2 Huishoudplan ────────────────────────────────│ 3 Sociale kaart · 4 voo… 1/4 ─
             Afgeschermd: alleen de regisseur en de         │  Naam
             coördinatoren openen dit huishouden. Enter:    │▸ GeheugenHuis Ten Boer
             noodtoegang.                                   │  Kulturhus De Deel
                                                            │  Voedselbank Ten Boer
                                                            │  GGZ-team Noord
                                                            │
                                                            │
                                                            │
                                                            │
             MK Mehmet Kaya (demo)    Enter openen  / filter  v weergave  q stoppen  ? help
            """, name: "restricted")
        Fixture.press(&state, .enter)
        #expect(state.focus == .caseload)
        #expect(state.form?.title == "Noodtoegang (doorbreekglas)", "Enter asks for a reason for emergency access")
    }

    @Test("A resize lays the screen out again at once: at 160 columns the panes stand side by side")
    func resize() {
        var state = Fixture.state()
        Fixture.press(&state, .down, .down)
        let wide = Size(columns: 160, rows: 30)
        Fixture.press(&state, .resize, size: wide)
        expectScreen(Fixture.render(state, size: wide), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkdesk/demo                                                                            ma 23-11-2026 09:30
             1 Caseload · team · 5 huishoudens                                         3/5  │ 2 Huishoudplan · De Vries ────────────────────────────────────────────────────
              Let op Naam                Adres                     Reg Status     Evaluatie │  De Vries                                                        050 302 1234
                     Van der Berg        Woldweg 2, Woltersum      LD  actief     01-02-2027│  Stationsweg 12, 9791 AB Ten Boer
                     Nguyễn              Thesingerweg 7, Thesinge  LD  aangemeld            │  Regisseur Anouk Bakker (AB)
            ▸    A   De Vries            Stationsweg 12, Ten Boer  AB  actief     01-12-2026│  actief · evaluatie 01-12-2026
              !EC    Yılmaz-Bakker       Kerkstraat 3, Ten Boer    MK  actief     01-11-2026│
                     王 (Wang)           Dorpsstraat 9, Garmerwol… MK  actief     10-01-2027│Gezinsleden
                                                                                            │  Anouk de Vries                                            ouder        41 jr
                                                                                            │  Sem de Vries                                              kind          9 jr
                                                                                            │
                                                                                            │ZRM  huishouden · 10-02-2026 → 13-10-2026
                                                                                            │  Financiën                                                     ███░░ 3 (1) +2
                                                                                            │  Huisvesting                                                   ███░░ 3 (3)  =
                                                                                            │  Sociaal netwerk                                               █░░░░ 1 (2) −1
                                                                                            │
                                                                                            │Doelen en acties
                                                                                            │  • Financiën: Schulden in beeld, betalingsregeling          doel 4 01-03-2027
                                                                                            │    [ ] Aanmelden Kredietbank · regisseur                   15-11-2026 te laat
                                                                                            │ 3 Sociale kaart · 4 voorzieningen ────────────────────────────────────── 1/4 ─
                                                                                            │  Naam                Soort          Contact        Open
                                                                                            │▸ GeheugenHuis Ten B… dementie       050 302 33 44  di 10:00–15:00
                                                                                            │  Kulturhus De Deel   buurthuis      050 302 88 88  ma 13:30–16:30, wo en vr …
                                                                                            │  Voedselbank Ten Bo… voedselbank    050 302 11 22  do 14:00–16:00
                                                                                            │  GGZ-team Noord      ggz            050 123 45 67  ma–vr 9:00–17:00
                                                                                            │
                                                                                            │
                                                                                            │
                                                                                            │
             AB Anouk Bakker (demo)                                                                       Enter openen  / filter  v weergave  Tab paneel  q stoppen  ? help
            """, name: "resize-wide")
    }

    @Test("A terminal smaller than 80×24 gets a clear message instead of a broken layout")
    func tooSmall() {
        let state = Fixture.state()
        expectScreen(Fixture.render(state, size: Size(columns: 60, rows: 20)), """









              Het venster is te klein (60×20). Wijkdesk heeft minstens
                                    80×24 nodig.









            """, name: "too-small")
    }

    @Test("The screens speak English when asked")
    func english() {
        let state = Fixture.state(language: .en)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkd…  Mon 23-11-2026 09:30
             1 Caseload · team · 5 households                                          1/5
              Alert  Name                Address                   Reg Status     Evaluation
            ▸        Van der Berg        Woldweg 2, Woltersum      LD  active     01-02-2027
                     Nguyễn              Thesingerweg 7, Thesinge  LD  registered
                 A   De Vries            Stationsweg 12, Ten Boer  AB  active     01-12-2026
              !EC    Yılmaz-Bakker       Kerkstraat 3, Ten Boer    MK  active     01-11-2026
                     王 (Wang)           Dorpsstraat 9, Garmerwol… MK  active     10-01-2027





             2 Household plan · Van der Berg ───────────────│ 3 Neighbourhood resourc… 1/4 ─
              Van der Berg                                  │  Name
              Woldweg 2, 9795 TC Woltersum                  │▸ GeheugenHuis Ten Boer
              Regisseur Lieke Dijkstra (LD)                 │  Kulturhus De Deel
              active · evaluation 01-02-2027                │  Voedselbank Ten Boer
                                                            │  GGZ-team Noord
            Members                                         │
              No members.                                   │
                                                            │
            ZRM                                             │
             AB Anouk Bakker (demo)  Enter open  / filter  v view  Tab pane  q quit  ? help
            """, name: "english")
    }
}
