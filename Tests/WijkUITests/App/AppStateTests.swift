import Testing
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("Keys move through the app")
struct AppStateTests {
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
        #expect(Fixture.render(state).contains("⚠ 1 problemen w"))
        Fixture.press(&state, .character("w"))
        #expect(Fixture.render(state).contains("households/h-9/household.rec:4: verwacht een veld ‘Naam: waarde’"))
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

    @Test("A new day recomputes the signals without a restart")
    func newDay() {
        var state = Fixture.state()
        let later = LocalTime(day: Fixture.day("2026-12-02"))
        _ = state.handle(.down, size: Fixture.size, now: later)
        let deVries = state.caseload.rows.first { $0.name == "De Vries" }
        #expect(deVries?.signals.contains(.evaluationOverdue) == true)
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
