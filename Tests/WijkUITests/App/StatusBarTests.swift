import Testing
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("The status line: the keys that matter in the pane with the focus")
struct StatusBarTests {
    func statusLine(_ state: AppState, size: Size = Fixture.size) -> String {
        String(Fixture.render(state, size: size).split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
    }

    @Test("In the plan the four daily actions come first: journal, ZRM, action, expense; a wider screen shows more")
    func planHints() {
        var state = Fixture.state()
        Fixture.press(&state, .character("2"))
        #expect(statusLine(state).hasSuffix("n journaal  z ZRM  A actie  b uitgave  ? help"))
        let wide = Size(columns: 130, rows: 30)
        Fixture.press(&state, .resize, size: wide)
        let line = statusLine(state, size: wide)
        #expect(line.contains("n journaal  z ZRM  A actie  b uitgave  e bewerken  Enter openen  / filter"), "\(line)")
        #expect(line.hasSuffix("? help"))
    }

    @Test("The keys shown do not depend on who is signed in: a long name is shortened, not the hints")
    func sameHintsForEveryone() {
        let long = Worker(id: "w-kw", name: "Katarzyna Wiśniewska-Nieuwenhuizen", initials: "KW", role: .coordinator)
        var snapshot = Fixture.snapshot
        snapshot.workers.append(long)
        let short = statusLine(Fixture.state(snapshot: snapshot))
        let longState = AppState(snapshot: snapshot, viewer: long, isDemo: true, storeLabel: "~/demo", now: Fixture.now)
        let longLine = statusLine(longState)
        #expect(short.hasSuffix("Enter openen  / filter  v weergave  n nieuw  ? help"))
        #expect(longLine.hasSuffix("Enter openen  / filter  v weergave  n nieuw  ? help"), "\(longLine)")
        #expect(longLine.hasPrefix(" KW Katarzyna Wi… (demo)"), "\(longLine)")
    }

    @Test("At 80 columns a notice takes the inbox marker's room for the one key it shows; from 100 both show")
    func noticeBeforeMarker() {
        var state = Fixture.state(snapshot: InboxFixture.snapshot)
        #expect(statusLine(state).contains("nieuw"), "the marker is there without a notice")
        state.workspace.notice = "Niet opgeslagen: bekend huishouden geopend."
        #expect(statusLine(state).contains("Niet opgeslagen: bekend huishouden geopend."), "\(statusLine(state))")
        let wide = Size(columns: 120, rows: 30)
        let line = statusLine(state, size: wide)
        #expect(line.contains("Niet opgeslagen: bekend huishouden geopend.") && line.contains("nieuwe hulpvragen"), "\(line)")
    }
}
