import Testing
@testable import WijkStore
@testable import WijkUI

@Suite("Text on the screen grid")
struct RenderingTests {
    @Test("Wide characters take two columns and accents none", arguments: [
        ("abc", 3), ("é", 1), ("e\u{301}", 1), ("王芳", 4), ("Nguyễn", 6), ("ğüş", 3), ("👍", 2), ("", 0),
    ])
    func widths(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test("A character of the first blocks measures from the table as from its Unicode properties, alone or accented")
    func smallWidthsMatchProperties() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = Character(scalar)
            #expect(DisplayWidth.of(alone) == DisplayWidth.measured(alone), "U+\(String(value, radix: 16))")
            // With a combining mark or a variation selector after it, it is one cluster of more than one scalar.
            for after in ["\u{301}", "\u{FE0F}"] {
                let cluster = String(alone) + after
                guard cluster.count == 1, let character = cluster.first else { continue }
                #expect(DisplayWidth.of(character) == DisplayWidth.measured(character), "U+\(String(value, radix: 16))")
            }
        }
        #expect(DisplayWidth.of("©\u{FE0F}") == 2)
        #expect(DisplayWidth.of("│─…·é\u{AD}") == 5)
    }

    @Test("Every scalar drawn without grapheme breaking is a character of its own, before or after any other")
    func oneScalarPerCharacter() {
        let allowed = (UInt32(0)..<0x3000).compactMap(Unicode.Scalar.init).filter { Screen.isOneScalarPerCharacter(String($0)) }
        #expect(allowed.count > 3_000)
        for scalar in allowed {
            for text in ["a" + String(scalar), String(scalar) + "a", String(scalar) + String(scalar), "─" + String(scalar)] {
                #expect(text.count == text.unicodeScalars.count, "U+\(String(scalar.value, radix: 16))")
            }
        }
        // The one pair of them that joins: CR LF, both drawn as nothing either way.
        #expect("\r\n".count == 1)
        #expect(!Screen.isOneScalarPerCharacter("e\u{301}") && !Screen.isOneScalarPerCharacter("☺\u{FE0F}"))
    }

    @Test("Lines, accents and arrows draw the same without grapheme breaking as with it", arguments: [1, 2, 3])
    func oneScalarPathMatches(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let pool: [UInt32] = [0x2500, 0x2502, 0x2026, 0xB7, 0xE9, 0x131, 0x2192, 0x231A, 0x25B2, 0x2714, 0x9, 0x1B,
                              0xAD, 0x202E, 0x41, 0x20, 0x7A]
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int(random.next() % 30) {
                text.unicodeScalars.append(Unicode.Scalar(pool[Int(random.next() % UInt64(pool.count))])!)
            }
            let x = Int(random.next() % 8), width = Int(random.next() % 24)
            var fast = Screen(size: Size(columns: 30, rows: 1))
            var slow = fast
            let a = fast.put(text, x: x, y: 0, maxWidth: width)
            // A zero-width space joins nothing and takes no column, and sends the text the grapheme-breaking way.
            let b = slow.put(text + "\u{200B}", x: x, y: 0, maxWidth: width)
            #expect(a == b && fast == slow, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("A cell keeps a character of several scalars whole, and two cells of it are equal")
    func cellsOfClusters() {
        for text in ["e\u{301}", "👍🏽", "👨‍👩‍👧", "🇳🇱", "\r\n"] {
            let character = Character(text)
            let cell = Cell(character, style: .warning)
            #expect(cell.character == character && cell.scalar == nil && cell.style == .warning)
            #expect(cell == Cell(character, style: .warning) && cell != Cell(character))
        }
        #expect(Cell("é").scalar == "é" && Cell("é") == Cell("é" as Unicode.Scalar))
        var screen = Screen(size: Size(columns: 6, rows: 1))
        screen.put("a👍🏽e\u{301}", x: 0, y: 0)
        #expect(screen.line(0) == "a👍🏽e\u{301}  ")
    }

    @Test("Truncation counts columns, not characters, and marks the cut")
    func truncate() {
        #expect(DisplayWidth.truncate("王芳王芳", to: 5) == "王芳…")
        #expect(DisplayWidth.truncate("Yılmaz", to: 6) == "Yılmaz")
        #expect(DisplayWidth.truncate("Yılmaz-Bakker", to: 6) == "Yılma…")
        #expect(DisplayWidth.fit("王", to: 4) == "王  ")
    }

    @Test("Wrapping breaks at spaces, keeps newlines and splits words longer than the line")
    func wrap() {
        #expect(DisplayWidth.wrap("een twee drie vier", width: 9) == ["een twee", "drie vier"])
        #expect(DisplayWidth.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(DisplayWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(DisplayWidth.wrap("王芳王芳王", width: 4) == ["王芳", "王芳", "王"])
    }

    @Test("A wide character that does not fit at the edge becomes a space, never half a character")
    func wideAtEdge() {
        var screen = Screen(size: Size(columns: 5, rows: 1))
        screen.put("ab王芳", x: 0, y: 0)
        #expect(screen.line(0) == "ab王 ")
        #expect(screen[3, 0].isContinuation)
        screen.put("x", x: 3, y: 0)
        #expect(screen.line(0) == "ab x ")
    }

    @Test("Columns stay aligned after names with diacritics and CJK")
    func alignment() {
        var screen = Screen(size: Size(columns: 20, rows: 2))
        screen.put(DisplayWidth.fit("王芳 (Wang)", to: 12) + "|", x: 0, y: 0)
        screen.put(DisplayWidth.fit("Nguyễn Văn", to: 12) + "|", x: 0, y: 1)
        #expect(DisplayWidth.of(screen.line(0).prefix { $0 != "|" }) == 12)
        #expect(DisplayWidth.of(screen.line(1).prefix { $0 != "|" }) == 12)
    }

    @Test("Every row of every screen is exactly as wide as the terminal")
    func fullWidthRows() {
        var state = Fixture.state()
        for key: Key in [.down, .down, .down, .enter, .character("G"), .character("3"), .character("?")] {
            Fixture.press(&state, key)
            let screen = AppView.render(state, size: Fixture.size, now: Fixture.now)
            for y in 0..<24 { #expect(DisplayWidth.of(screen.line(y)) == 80) }
        }
    }
}
