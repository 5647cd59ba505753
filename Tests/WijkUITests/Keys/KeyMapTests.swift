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
}
