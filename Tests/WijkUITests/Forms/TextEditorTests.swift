import Testing
@testable import WijkUI

@Suite("The multi-line text editor")
struct TextEditorTests {
    @Test("Typing, Enter, Backspace at a line start and Del at a line end edit the text as expected")
    func editing() {
        var e = TextEditor()
        for c in "Huisbezoek bij Gül" { e.insert(c) }
        e.newline()
        for c in "Afspraak" { e.insert(c) }
        #expect(e.text == "Huisbezoek bij Gül\nAfspraak")
        e.home()
        e.backspace()
        #expect(e.text == "Huisbezoek bij GülAfspraak")
        e.insert("\n")
        e.left()
        e.delete()
        #expect(e.text == "Huisbezoek bij GülAfspraak")
    }

    @Test("A pasted text with newlines and diacritics arrives whole")
    func paste() {
        var e = TextEditor("Begin ")
        for c in "één\ntwee, ñ ü 王\ndrie" { e.insert(c) }
        #expect(e.text == "Begin één\ntwee, ñ ü 王\ndrie")
    }

    @Test("Long lines wrap at spaces; up and down move over wrapped lines keeping the column")
    func wrapping() {
        var e = TextEditor("een twee drie vier vijf zes")
        let rows = e.wrapped(width: 12)
        #expect(rows.map(\.text) == ["een twee ", "drie vier ", "vijf zes"])
        #expect(e.cursorPosition(width: 12) == (2, 8))
        e.vertical(-1, width: 12)
        #expect(e.cursorPosition(width: 12).row == 1)
        e.vertical(-1, width: 12)
        #expect(e.cursorPosition(width: 12) == (0, 8))
        e.vertical(-1, width: 12)
        #expect(e.cursorPosition(width: 12) == (0, 8), "no row above the first")
    }
}
