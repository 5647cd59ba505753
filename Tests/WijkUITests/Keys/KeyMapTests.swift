import Testing
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("Key bindings from plain-text files")
struct KeyMapTests {
    @Test("A key-binding file adds keys, moves a key from one command to another, and reports bad lines")
    func keyConfig() {
        var map = KeyMap.standard
        let bad = map.apply(config: "# mijn toetsen\nlist J page-down\nglobal x quit\nlist j first\nfoo bar baz\n")
        #expect(bad == [5])
        #expect(map.command(for: .character("J"), in: [.list]) == .pageDown)
        #expect(map.command(for: .character("x"), in: [.global]) == .quit)
        #expect(map.command(for: .character("j"), in: [.list]) == .first)
        #expect(map.command(for: .down, in: [.list]) == .moveDown)
        let help = HelpView.lines(keyMap: map, strings: Strings(), width: 70).map { $0.map(\.text).joined() }
        #expect(help.contains { $0.contains("PgDn / Ctrl-F / J") })
    }

    @Test("Key names in files are read the way the help writes them")
    func keyNames() {
        for key: Key in [.enter, .escape, .tab, .backTab, .pageUp, .pageDown, .ctrl("s"), .function(5), .character("/"), .up] {
            #expect(Key(name: key.label) == key, "\(key.label)")
        }
    }

    @Test("A key file line naming a command its context does not have is reported, and changes nothing")
    func configForeignCommand() {
        var map = KeyMap.standard
        let bad = map.apply(config: "plan x quit\nteam Q new-journal\ncaseload X new-household\n")
        #expect(bad == [1, 2])
        #expect(map.command(for: .character("x"), in: [.plan]) == .removeMember)
        #expect(map.command(for: .character("X"), in: [.caseload]) == .newHousehold)
    }

    @Test("Every binding in the key table has a handler on the screen that owns its context, and every handler has keys")
    func everyBindingIsHandled() {
        let state = Fixture.state()
        var handled: [[String]] = []
        func add<T>(_ groups: [BindingGroup<T>]) {
            handled += groups.flatMap { group in group.bindings.map { [group.context.name, $0.command.name] } }
        }
        add([MainScreen.globals])
        add(CaseloadPane.keyGroups + [FilterInput.group(CaseloadPane.self)])
        add(PlanPane.keyGroups + [FilterInput.group(PlanPane.self)])
        add(ResourcesPane.keyGroups + [FilterInput.group(ResourcesPane.self)])
        add(HelpOverlay.keyGroups)
        add(TeamScreen.keyGroups)
        add([Form.bindings])
        add([ConflictForm.bindings])
        add(InboxScreen.keyGroups + [FilterInput.group(InboxScreen.self)])
        add(RequestScreen.keyGroups)
        add(MatchScreen.keyGroups)
        add(KnownHouseholdScreen.keyGroups)
        add(AssignScreen.keyGroups)
        add(SuggestionScreen.keyGroups)
        add(MeetingScreen.keyGroups)
        add(MeetingExit.keyGroups)
        add(ReportsScreen.keyGroups)
        let table = KeyMap.standard.bindings.map { [$0.context.name, $0.command.name] }
        #expect(Set(table) == Set(handled))
        #expect(KeyMap.standard.bindings.allSatisfy { !$0.keys.isEmpty })
        #expect(KeyMap.standard.contexts.map(\.name)
                == ["global", "list", "caseload", "filter", "overlay", "plan", "resources", "form", "conflict", "team",
                    "inbox", "request", "match", "known-household", "assign", "suggestions", "meeting", "meeting-exit", "reports"])
    }
}
