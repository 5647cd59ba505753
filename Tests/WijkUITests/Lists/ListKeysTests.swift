import Foundation
import Testing
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("Moving through lists, paging and filtering as you type")
struct ListKeysTests {
    /// A store with `count` households named Huishouden 00001 … for scrolling tests.
    static func bigSnapshot(_ count: Int) -> StoreSnapshot {
        let dossiers = (1...count).map { i in
            Dossier(household: Household(id: "h-\(i)", name: "Huishouden " + String(format: "%05d", i),
                                         street: "Straat \(i)", city: "Ten Boer", regisseur: "w-ab",
                                         start: Fixture.day("2026-11-01")))
        }
        return StoreSnapshot(root: "/tmp/x", info: TeamInfo(format: 1, team: "T"), workers: Fixture.workers,
                             dossiers: dossiers)
    }

    @Test("j/k and arrows move one row; g and G jump to the ends; the selection never leaves the list")
    func movement() {
        var state = Fixture.state()
        Fixture.press(&state, .character("j"), .down)
        #expect(state.list(.caseload).selected == 2)
        Fixture.press(&state, .character("k"))
        #expect(state.list(.caseload).selected == 1)
        Fixture.press(&state, .character("G"))
        #expect(state.list(.caseload).selected == 4)
        Fixture.press(&state, .down, .down)
        #expect(state.list(.caseload).selected == 4)
        Fixture.press(&state, .character("g"), .up)
        #expect(state.list(.caseload).selected == 0)
    }

    @Test("Page down moves a screenful and scrolls, keeping the selection on screen")
    func paging() {
        var state = Fixture.state(snapshot: Self.bigSnapshot(10_000))
        let height = Layout.compute(size: Fixture.size, focus: .caseload).panes[.caseload]!.height - CaseloadPane.headerRows
        Fixture.press(&state, .pageDown)
        #expect(state.list(.caseload).selected == height - 1)
        Fixture.press(&state, .pageDown)
        let list = state.list(.caseload)
        #expect(list.selected == 2 * (height - 1))
        #expect(list.selected >= list.top && list.selected < list.top + height)
        Fixture.press(&state, .end)
        #expect(state.list(.caseload).selected == 9_999)
        #expect(state.list(.caseload).top == 10_000 - height)
        #expect(Fixture.render(state).contains("Huishouden 10000"))
    }

    @Test("Esc backs out: first the filter, then from the plan to the caseload")
    func escape() {
        var state = Fixture.state()
        Fixture.press(&state, .character("2"), .character("/"))
        Fixture.type(&state, "vries")
        Fixture.press(&state, .enter)
        #expect(state.list(.plan).filter == "vries")
        Fixture.press(&state, .escape)
        #expect(state.list(.plan).filter == "")
        #expect(state.focus == .plan)
        Fixture.press(&state, .escape)
        #expect(state.focus == .caseload)
    }

    @Test("Esc while typing a filter clears it and shows every row again")
    func escapeWhileTyping() {
        var state = Fixture.state()
        Fixture.press(&state, .character("/"))
        Fixture.type(&state, "zzz")
        #expect(state.caseload.visible.isEmpty)
        #expect(Fixture.render(state).contains("Niets gevonden voor dit filter."))
        Fixture.press(&state, .escape)
        #expect(state.caseload.visible.count == 5)
        #expect(!state.isEditingFilter)
    }

    @Test("Letters typed in a filter are text, not commands: q does not quit")
    func filterIsText() {
        var state = Fixture.state()
        Fixture.press(&state, .character("/"))
        let keepsRunning = state.handle(.character("q"), size: Fixture.size, now: Fixture.now)
        #expect(keepsRunning)
        Fixture.press(&state, .backspace)
        Fixture.type(&state, "gul")
        #expect(state.caseload.visible.map { state.caseload.rows[$0].name } == ["Yılmaz-Bakker"])
        Fixture.press(&state, .ctrl("w"))
        #expect(state.list(.caseload).filter == "")
    }

    @Test("Typing a filter narrows the caseload as you type, ignoring case and accents")
    func filter() {
        var state = Fixture.state()
        Fixture.press(&state, .character("/"))
        Fixture.type(&state, "TEN boer")
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
             1 Caseload · team · 2 van 5 · filter “TEN boer”                           1/2
              Let op Naam          Adres                           Reg Status     Evaluatie
            ▸    A   De Vries      Stationsweg 12, Ten Boer        AB  actief     01-12-2026
              !EC    Yılmaz-Bakker Kerkstraat 3, Ten Boer          MK  actief     01-11-2026








             2 Huishoudplan · De Vries ─────────────────────────────────── 3 Sociale kaart ─
              De Vries                                                         050 302 1234
              Stationsweg 12, 9791 AB Ten Boer
              Regisseur Anouk Bakker (AB)
              actief · evaluatie 01-12-2026

            Gezinsleden
              Anouk de Vries                                             ouder        41 jr
              Sem de Vries                                               kind          9 jr

             Filter: TEN boer                                Enter klaar  Esc filter wissen
            """, name: "filter-typing")
        Fixture.press(&state, .enter)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
             1 Caseload · team · 2 van 5 · filter “TEN boer”                           1/2
              Let op Naam          Adres                           Reg Status     Evaluatie
            ▸    A   De Vries      Stationsweg 12, Ten Boer        AB  actief     01-12-2026
              !EC    Yılmaz-Bakker Kerkstraat 3, Ten Boer          MK  actief     01-11-2026








             2 Huishoudplan · De Vries ─────────────────────────────────── 3 Sociale kaart ─
              De Vries                                                         050 302 1234
              Stationsweg 12, 9791 AB Ten Boer
              Regisseur Anouk Bakker (AB)
              actief · evaluatie 01-12-2026

            Gezinsleden
              Anouk de Vries                                             ouder        41 jr
              Sem de Vries                                               kind          9 jr

             AB Anouk Bakker (demo)     Enter openen  / filter  v weergave  n nieuw  ? help
            """, name: "filter-kept")
    }
}
