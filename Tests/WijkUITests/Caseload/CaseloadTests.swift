import Testing
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("The caseload: households, their signals, views and the filter")
struct CaseloadTests {
    @Test("The caseload lists open households Dutch-sorted with their signals, the plan previews the selection")
    func caseload() {
        let state = Fixture.state()
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
             1 Caseload · team · 5 huishoudens                                         1/5
              Let op Naam          Adres                           Reg Status     Evaluatie
            ▸        Van der Berg  Woldweg 2, Woltersum            LD  actief     01-02-2027
                     Nguyễn        Thesingerweg 7, Thesinge        LD  aangemeld
                 A   De Vries      Stationsweg 12, Ten Boer        AB  actief     01-12-2026
              !EC    Yılmaz-Bakker Kerkstraat 3, Ten Boer          MK  actief     01-11-2026
                     王 (Wang)     Dorpsstraat 9, Garmerwolde      MK  actief     10-01-2027





             2 Huishoudplan · Van der Berg ─────────────────────────────── 3 Sociale kaart ─
              Van der Berg
              Woldweg 2, 9795 TC Woltersum
              Regisseur Lieke Dijkstra (LD)
              actief · evaluatie 01-02-2027

            Gezinsleden
              Geen gezinsleden.

            ZRM
             AB Anouk Bakker (demo)     Enter openen  / filter  v weergave  n nieuw  ? help
            """, name: "caseload")
    }

    @Test("Members' names and postcodes are found by the caseload filter")
    func filterFindsMembers() {
        var state = Fixture.state()
        Fixture.press(&state, .character("/"))
        Fixture.type(&state, "wang fang")
        #expect(state.caseload.visible.count == 1)
        Fixture.press(&state, .ctrl("u"))
        Fixture.type(&state, "9797 pb")
        #expect(state.caseload.visible.map { state.caseload.rows[$0].name } == ["Nguyễn"])
    }

    @Test("A filter's first letters find each household once and never across two households' text")
    func filterKeepsRowsApart() {
        let names = ["Aab", "Baa", "Cab", "Dee"]
        let dossiers = names.enumerated().map { i, name in
            Dossier(household: Household(id: "h-\(i)", name: name, regisseur: "w-x", status: .active))
        }
        var snapshot = Fixture.snapshot
        snapshot.dossiers = dossiers
        var caseload = Caseload(snapshot: snapshot, viewer: nil, day: Fixture.now.day, strings: Strings())
        func shown(_ filter: String) -> [String] {
            caseload.apply(scope: .team, viewer: nil, filter: filter, fresh: true)
            return caseload.visible.map { caseload.rows[$0].name }
        }
        #expect(shown("a") == ["Aab", "Baa", "Cab"])
        #expect(shown("ab") == ["Aab", "Cab"])
        // Baa's text ends in its id, h-1; Cab's begins with its name.
        #expect(shown("1ca") == [], "the end of one household's text and the start of the next are not one word")
        #expect(shown("e") == ["Dee"])
        #expect(shown("") == names)
    }

    @Test("The view cycles through team, my caseload and closed households")
    func scope() {
        var state = Fixture.state()
        Fixture.press(&state, .character("v"))
        #expect(state.scope == .mine)
        #expect(state.caseload.visible.map { state.caseload.rows[$0].name } == ["De Vries"])
        Fixture.press(&state, .character("v"))
        #expect(state.scope == .closed)
        #expect(state.caseload.visible.map { state.caseload.rows[$0].name } == ["Ëlzinga"])
        Fixture.press(&state, .character("v"))
        #expect(state.scope == .team)
    }

    @Test("A new day recomputes the signals without a restart")
    func newDay() {
        var state = Fixture.state()
        let later = LocalTime(day: Fixture.day("2026-12-02"))
        _ = state.handle(.down, size: Fixture.size, now: later)
        let deVries = state.caseload.rows.first { $0.name == "De Vries" }
        #expect(deVries?.signals.contains(.evaluationOverdue) == true)
    }

    @Test("A long address is cut in the street, never the village; the name column is as wide as the names need")
    func longAddress() {
        var snapshot = Fixture.snapshot
        snapshot.dossiers[0].household.street = "Burgemeester van Roijensingel 33 bis"
        let screen = Fixture.render(Fixture.state(snapshot: snapshot))
        let row = screen.split(separator: "\n").first { $0.contains("De Vries") }!
        #expect(row.contains("…, Ten Boer"), "\(row)")
        #expect(row.contains("De Vries      Burgemeester"), "the name column ends after the longest name: \(row)")
    }
}
