import Testing
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("The layout at 80×24 and 100×30: the focused pane gets the room")
struct LayoutTests {
    func lines(_ state: AppState, _ size: Size = Fixture.size) -> [String] {
        Fixture.render(state, size: size).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test("At 80 columns the plan takes the whole width and the sociale kaart is a tab; Tab brings it in its place")
    func eighty() {
        var state = Fixture.state()
        Fixture.press(&state, .down, .down, .enter)
        var screen = lines(state)
        let title = screen.first { $0.hasPrefix(" 2 Huishoudplan") }!
        #expect(title.hasSuffix("3 Sociale kaart"), "\(title)")
        #expect(!screen.contains { $0.contains("│") }, "no pane beside the plan")
        #expect(screen.contains { $0.hasPrefix("  Anouk de Vries") && $0.hasSuffix("41 jr") })
        Fixture.press(&state, .tab)
        screen = lines(state)
        let resources = screen.first { $0.hasPrefix(" 3 Sociale kaart") }!
        #expect(resources.contains("3 Sociale kaart · 4 voorzieningen") && resources.contains("2 Huishoudplan"))
        #expect(screen.contains { $0.contains("GeheugenHuis Ten Boer ") }, "names are not cut at 80 columns")
    }

    @Test("At 100 columns the pane without the focus keeps a narrow column, and its title keeps its count")
    func hundred() {
        var state = Fixture.state()
        let size = Size(columns: 100, rows: 30)
        Fixture.press(&state, .resize, size: size)
        Fixture.press(&state, .down, .down, .enter, size: size)
        var screen = lines(state, size)
        let row = screen.first { $0.hasPrefix(" 2 Huishoudplan") }!
        #expect(row.contains("│ 3") && row.contains("4 voorzieningen"), "\(row)")
        #expect(row.firstIndex(of: "│")! > row.index(row.startIndex, offsetBy: 70), "the plan has three quarters")
        Fixture.press(&state, .character("3"), size: size)
        screen = lines(state, size)
        let swapped = screen.first { $0.hasPrefix(" 2 Huishoudplan") || $0.hasPrefix(" 2 ") }!
        #expect(swapped.contains("3 Sociale kaart · 4 voorzieningen"), "\(swapped)")
    }

    @Test("A narrow title drops the pane's name before it cuts its count")
    func titleKeepsCount() {
        var screen = Screen(size: Size(columns: 30, rows: 2))
        PaneChrome.drawTitle(&screen, rect: Rect(x: 0, y: 0, width: 24, height: 2), number: 3, title: "Sociale kaart",
                             PaneTitle(info: ["32 voorzieningen", "filter “ggz”"], keep: 0, right: "1/32"), focused: false)
        #expect(screen.line(0).hasPrefix(" 3 · 32 voorzieningen "), "\(screen.line(0))")
    }
}
