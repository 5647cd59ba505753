import Testing
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("Keys move through the app: panes, quitting, the cursor")
struct AppStateTests {
    @Test("Tab and Shift-Tab cycle the panes; 1, 2 and 3 jump to them")
    func panes() {
        var state = Fixture.state()
        Fixture.press(&state, .tab)
        #expect(state.focus == .plan)
        Fixture.press(&state, .tab)
        #expect(state.focus == .resources)
        Fixture.press(&state, .tab)
        #expect(state.focus == .caseload)
        Fixture.press(&state, .backTab)
        #expect(state.focus == .resources)
        Fixture.press(&state, .character("2"))
        #expect(state.focus == .plan)
        Fixture.press(&state, .character("1"))
        #expect(state.focus == .caseload)
    }

    @Test("q and Ctrl-C quit; Ctrl-C quits from an overlay too")
    func quit() {
        var state = Fixture.state()
        let quitsFromList = !state.handle(.character("q"), size: Fixture.size, now: Fixture.now)
        #expect(quitsFromList)
        Fixture.press(&state, .character("?"))
        let closesHelp = state.handle(.character("q"), size: Fixture.size, now: Fixture.now)
        #expect(closesHelp)
        #expect(state.overlay == nil)
        Fixture.press(&state, .character("?"))
        let quitsFromHelp = !state.handle(.ctrl("c"), size: Fixture.size, now: Fixture.now)
        #expect(quitsFromHelp)
    }

    @Test("Store problems show as a marker with a count and are listed by w with file and line")
    func problems() {
        var snapshot = Fixture.snapshot
        snapshot.problems = [StoreProblem(path: "households/h-9/household.rec", line: 4, kind: .expectedField)]
        var state = Fixture.state(snapshot: snapshot)
        #expect(Fixture.render(state).contains("⚠ 1 probleem w"))
        Fixture.press(&state, .character("w"))
        #expect(Fixture.render(state).contains("households/h-9/household.rec:4: verwacht een veld ‘Naam: waarde’"))
    }

    @Test("Thousands of problems in one file: the marker says 99+, the window lists 20 of that file, then the next file")
    func manyProblems() {
        var snapshot = Fixture.snapshot
        snapshot.problems = (1...20_000).map { StoreProblem(path: "households/h-8/journal/x.rec", line: $0, kind: .expectedField) }
            + [StoreProblem(path: "households/h-9/household.rec", line: 0, kind: .missingRecord(type: "Household"))]
        var state = Fixture.state(snapshot: snapshot)
        #expect(Fixture.render(state).contains("⚠ 99+ problemen w"))
        Fixture.press(&state, .character("w"), .pageDown)
        let screen = Fixture.render(state)
        #expect(screen.contains("x.rec:20: verwacht"))
        #expect(!screen.contains("x.rec:21:"))
        #expect(screen.contains("households/h-8/journal/x.rec: en nog 19980 problemen in dit bestand"))
        #expect(screen.contains("households/h-9/household.rec:1: geen record Household"), "a whole-file problem is on line 1")
    }

    @Test("The cursor sits on the selected row of the focused pane")
    func cursor() {
        var state = Fixture.state()
        Fixture.press(&state, .down, .down)
        let screen = AppView.render(state, size: Fixture.size, now: Fixture.now)
        #expect(screen.cursor?.x == 0)
        #expect(screen.cursor?.y == 5)
        #expect(screen[0, 5].character == "▸")
        #expect(screen[10, 5].style == .selected)
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
              Let op Naam          Adres                           Reg Status     Evaluatie │  De Vries                                                        050 302 1234
                     Van der Berg  Woldweg 2, Woltersum            LD  actief     01-02-2027│  Stationsweg 12, 9791 AB Ten Boer
                     Nguyễn        Thesingerweg 7, Thesinge        LD  aangemeld            │  Regisseur Anouk Bakker (AB)
            ▸    A   De Vries      Stationsweg 12, Ten Boer        AB  actief     01-12-2026│  actief · evaluatie 01-12-2026
              !EC    Yılmaz-Bakker Kerkstraat 3, Ten Boer          MK  actief     01-11-2026│
                     王 (Wang)     Dorpsstraat 9, Garmerwolde      MK  actief     10-01-2027│Gezinsleden
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
                                                                                            │  Naam                    Let op      Soort          Dorp        Contact
                                                                                            │▸ GeheugenHuis Ten Boer   controleren dementie       —           050 302 33 44
                                                                                            │  Kulturhus De Deel                   buurthuis      Ten Boer    050 302 88 88
                                                                                            │  Voedselbank Ten Boer                voedselbank    Ten Boer    050 302 11 22
                                                                                            │  GGZ-team Noord          8 wk wacht  ggz            —           050 123 45 67
                                                                                            │
                                                                                            │
                                                                                            │
                                                                                            │
             AB Anouk Bakker (demo)                                                              Enter openen  / filter  v weergave  n nieuw  Tab paneel  q stoppen  ? help
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
}
