import Testing
import WijkDomain

@Suite("Text that could steer a terminal")
struct PrintableTests {
    @Test("Escape sequences, BEL, C1 controls, bidi overrides and the byte-order mark are found; newlines and tabs in text are not")
    func found() {
        for text in ["a\u{1B}[31m", "bel\u{07}", "c1\u{9B}2J", "\u{202E}txt", "\u{2066}x\u{2069}", "\u{FEFF}Id", "cr\r", "\u{7F}",
                     "\u{061C}x", "a\u{2028}b", "\u{200E}", "Gül\u{0085}"] {
            #expect(Printable.hasControl(text), "\(Array(text.unicodeScalars))")
        }
        for text in ["Gül Çelik-Nguyễn", "王芳", "regel 1\nregel 2", "a\tb", "", "€ 12 — ‘zo’", "ﬁ ¡olé!"] {
            #expect(!Printable.hasControl(text), "\(text)")
        }
        #expect(Printable.hasControl("a\tb", inText: false))
    }

    @Test("Escaped, a control character reads as \\uXXXX and the rest stays as it is")
    func escaped() {
        #expect(Printable.escaped("\u{FEFF}%rec") == "\\uFEFF%rec")
        #expect(Printable.escaped("x\u{1B}]0;t\u{07}") == "x\\u001B]0;t\\u0007")
        #expect(Printable.escaped("Gül\n") == "Gül\\u000A")
        #expect(Printable.escaped("gewoon") == "gewoon")
    }
}
