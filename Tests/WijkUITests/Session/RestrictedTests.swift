import Testing
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("Restricted households on the screen")
struct RestrictedTests {
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
                     王 (Wang)           Dorpsstraat…, Garmerwolde MK  actief     10-01-2027





             2 Huishoudplan ────────────────────────────────────────────── 3 Sociale kaart ─
             Afgeschermd: alleen de regisseur en de coördinatoren openen dit huishouden.
             Enter: noodtoegang.







             MK Mehmet Kaya (demo)      Enter openen  / filter  v weergave  n nieuw  ? help
            """, name: "restricted")
        Fixture.press(&state, .enter)
        #expect(state.focus == .caseload)
        #expect(state.form?.title == "Noodtoegang (doorbreekglas)", "Enter asks for a reason for emergency access")
    }
}
