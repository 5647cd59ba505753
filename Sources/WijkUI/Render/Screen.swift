/// A grid of cells that rendering fills and a terminal draws; also what screen tests read as text.
public struct Screen: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor goes: the focused row, so screen readers
    /// and magnifiers follow the focus.
    public var cursor: (x: Int, y: Int)?

    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: max(0, size.columns * size.rows))
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.columns + x]
    }

    /// Writes `text` from (x, y), clipped at `x + maxWidth` and the screen
    /// edge; a double-width character that does not fit whole is replaced by
    /// a space. Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .normal,
                             maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.rows, x < size.columns else { return 0 }
        let limit = min(size.columns, maxWidth.map { x + max(0, $0) } ?? size.columns)
        if let fast = putASCII(text, x: x, y: y, style: style, limit: limit) { return fast }
        var col = x
        /// Places one character of width `w`; false once the text is cut.
        func place(_ cell: Cell, _ w: Int) -> Bool {
            if w == 0 {
                if cell.scalar == "\t" { col += 1 }  // tabs never reach a terminal raw
                return true
            }
            if col + w > limit {
                if w == 2, col < limit, col >= 0 { set(col, y, Cell(" " as Unicode.Scalar, style: style)) ; col += 1 }
                return false
            }
            if col >= 0 {
                clearWide(at: col, y)
                set(col, y, cell)
                if w == 2 {
                    clearWide(at: col + 1, y)
                    set(col + 1, y, Cell(" ", style: style, isContinuation: true))
                }
            }
            col += w
            return true
        }
        if Self.isOneScalarPerCharacter(text) {
            // Lines, accents, arrows: every scalar is a character of its own, so no grapheme breaking.
            for scalar in text.unicodeScalars {
                guard place(Cell(scalar, style: style), DisplayWidth.ofSmall(scalar)) else { break }
            }
        } else {
            for ch in text {
                guard place(Cell(ch, style: style), DisplayWidth.of(ch)) else { break }
            }
        }
        return max(0, col - x)
    }

    /// Whether every scalar of `text` is sure to be a character of its own, one `DisplayWidth.ofSmall` can
    /// measure: Latin (without combining accents), general punctuation, letterlike and technical symbols,
    /// arrows, box drawing, shapes, dingbats. Joiners, combining marks, variation selectors, Hangul and emoji
    /// beyond these blocks can join a scalar to the one before, and take the grapheme-breaking way.
    static func isOneScalarPerCharacter(_ text: some StringProtocol) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x300, 0x2010..<0x20D0, 0x2100..<0x2C00: continue
            default: return false
            }
        }
        return true
    }

    /// `put` for text that is all printable ASCII: one cell a byte, no grapheme breaking. Nil for any other
    /// text (and for a tab, which `put` turns into a column).
    private mutating func putASCII(_ text: some StringProtocol, x: Int, y: Int, style: Style, limit: Int) -> Int? {
        // A control byte takes no column: a width short of the byte count means one is there.
        guard DisplayWidth.asciiWidth(text) == text.utf8.count else { return nil }
        var col = x
        text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes {
                if col >= limit { break }
                if col >= 0 {
                    clearWide(at: col, y)
                    set(col, y, Cell(Unicode.Scalar(byte), style: style))
                }
                col += 1
            }
        }
        return max(0, col - x)
    }

    /// Fills a rectangle with spaces of `style`.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        for y in max(0, rect.y)..<min(size.rows, rect.maxY) {
            for x in max(0, rect.x)..<min(size.columns, rect.maxX) {
                clearWide(at: x, y)
                set(x, y, Cell(" " as Unicode.Scalar, style: style))
            }
        }
    }

    /// Changes the style of the cells in a rectangle, keeping their characters.
    public mutating func restyle(_ rect: Rect, style: Style) {
        for y in max(0, rect.y)..<min(size.rows, rect.maxY) {
            for x in max(0, rect.x)..<min(size.columns, rect.maxX) {
                cells[y * size.columns + x].style = style
            }
        }
    }

    /// Row `y` as text: each character once, continuation cells left out, so
    /// it reads as it looks in a terminal.
    public func line(_ y: Int) -> String {
        var out = ""
        for x in 0..<size.columns {
            let cell = self[x, y]
            if !cell.isContinuation { out.append(cell.character) }
        }
        return out
    }

    /// The whole screen as text, rows joined by newlines, trailing spaces
    /// removed (what a screen test compares).
    public var text: String {
        (0..<size.rows).map { y in
            var l = line(y)
            while l.last == " " { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        cells[y * size.columns + x] = cell
    }

    /// Before overwriting (x, y), blanks the other half of a wide character
    /// that overlaps it, so no half characters remain.
    private mutating func clearWide(at x: Int, _ y: Int) {
        let i = y * size.columns + x
        if cells[i].isContinuation, x > 0 {
            cells[i - 1] = Cell(" " as Unicode.Scalar, style: cells[i - 1].style)
        } else if x + 1 < size.columns, cells[i + 1].isContinuation {
            cells[i + 1] = Cell(" " as Unicode.Scalar, style: cells[i + 1].style)
        }
    }
}

extension Screen {
    public static func == (a: Screen, b: Screen) -> Bool {
        a.size == b.size && a.cells == b.cells && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
    }
}

extension Screen {
    /// Writes spans one after another from (x, y) within `width` columns,
    /// marking a cut with `…`. Returns the columns written.
    @discardableResult
    public mutating func put(spans: [Span], x: Int, y: Int, width: Int) -> Int {
        let total = spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
        var col = 0
        for span in spans {
            let room = width - col
            if room <= 0 { break }
            let text = total > width ? DisplayWidth.truncate(span.text, to: room) : span.text
            col += put(text, x: x + col, y: y, style: span.style, maxWidth: room)
            if text != span.text { break }  // cut, and ending in …
        }
        return col
    }
}
