import Testing
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("The screens in English")
struct LanguageTests {
    @Test("The screens speak English when asked")
    func english() {
        let state = Fixture.state(language: .en)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkd…  Mon 23-11-2026 09:30
             1 Caseload · team · 5 households                                          1/5
              Alert  Name          Address                         Reg Status     Evaluation
            ▸        Van der Berg  Woldweg 2, Woltersum            LD  active     01-02-2027
                     Nguyễn        Thesingerweg 7, Thesinge        LD  registered
                 A   De Vries      Stationsweg 12, Ten Boer        AB  active     01-12-2026
              !EC    Yılmaz-Bakker Kerkstraat 3, Ten Boer          MK  active     01-11-2026
                     王 (Wang)     Dorpsstraat 9, Garmerwolde      MK  active     10-01-2027





             2 Household plan · Van der Berg ─────────────────── 3 Neighbourhood resources ─
              Van der Berg
              Woldweg 2, 9795 TC Woltersum
              Regisseur Lieke Dijkstra (LD)
              active · evaluation 01-02-2027

            Members
              No members.

            ZRM
             AB Anouk Bakker (demo)   Enter open  / filter  v view  n new  Tab pane  ? help
            """, name: "english")
    }
}
