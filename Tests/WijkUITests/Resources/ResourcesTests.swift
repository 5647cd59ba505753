import Testing
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("The sociale kaart")
struct ResourcesTests {
    @Test("The sociale kaart lists low-threshold services first and shows more columns when focused")
    func resources() {
        var state = Fixture.state()
        Fixture.press(&state, .character("3"), .down)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
             1 Caseload · team · 5 huishoudens ─────────────────────────────────────── 1/5 ─
              Let op Naam          Adres                           Reg Status     Evaluatie
            ▸        Van der Berg  Woldweg 2, Woltersum            LD  actief     01-02-2027
                     Nguyễn        Thesingerweg 7, Thesinge        LD  aangemeld
                 A   De Vries      Stationsweg 12, Ten Boer        AB  actief     01-12-2026
              !EC    Yılmaz-Bakker Kerkstraat 3, Ten Boer          MK  actief     01-11-2026
             3 Sociale kaart · 4 voorzieningen                         2 Huishoudplan  2/4
              Naam                     Let op      Soort          Dorp        Contact
              GeheugenHuis Ten Boer    controleren dementie       —           050 302 33 44
            ▸ Kulturhus De Deel                    buurthuis      Ten Boer    050 302 88 88
              Voedselbank Ten Boer                 voedselbank    Ten Boer    050 302 11 22
              GGZ-team Noord           8 wk wacht  ggz            —           050 123 45 67










             AB Anouk Bakker (demo)       Enter openen  / zoeken  f filter  n nieuw  ? help
            """, name: "resources")
    }

    @Test("Enter on a resource opens its details; Esc closes them")
    func resourceDetail() {
        var state = Fixture.state()
        Fixture.press(&state, .character("3"), .down, .enter)
        guard let detail = (state.overlay as? DetailOverlay)?.detail else {
            Issue.record("no detail overlay")
            return
        }
        #expect(detail.title == "Kulturhus De Deel")
        #expect(Fixture.render(state).contains("Ontmoeting, koffieochtend en activiteiten voor alle leeftijden."))
        Fixture.press(&state, .escape)
        #expect(state.overlay == nil)
    }
}
