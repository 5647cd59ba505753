/// A small multi-line text editor: the text as lines of characters and a cursor, wrapped for display.
///
/// Typing inserts at the cursor (so does a paste, which the terminal
/// delivers as typed characters), Enter splits the line, Backspace and Del
/// join lines at their ends, ←/→ move through the text, ↑/↓ move between
/// wrapped display lines keeping the column, Home/End go to the start and
/// end of the line.
public struct TextEditor: Sendable, Equatable {
    public private(set) var lines: [[Character]]
    public private(set) var line = 0
    public private(set) var column = 0

    public init(_ text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        if lines.isEmpty { lines = [[]] }
        line = lines.count - 1
        column = lines[line].count
    }

    /// `text` with the cursor at `column` of `line` (kept within the text).
    public init(_ text: String, line: Int, column: Int) {
        self.init(text)
        self.line = min(max(0, line), lines.count - 1)
        self.column = min(max(0, column), lines[self.line].count)
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }

    public mutating func insert(_ c: Character) {
        if c == "\n" || c == "\r" { newline(); return }
        lines[line].insert(c, at: column)
        column += 1
    }

    public mutating func newline() {
        let rest = Array(lines[line][column...])
        lines[line].removeSubrange(column...)
        lines.insert(rest, at: line + 1)
        line += 1
        column = 0
    }

    public mutating func backspace() {
        if column > 0 {
            lines[line].remove(at: column - 1)
            column -= 1
        } else if line > 0 {
            column = lines[line - 1].count
            lines[line - 1] += lines[line]
            lines.remove(at: line)
            line -= 1
        }
    }

    public mutating func delete() {
        if column < lines[line].count {
            lines[line].remove(at: column)
        } else if line + 1 < lines.count {
            lines[line] += lines[line + 1]
            lines.remove(at: line + 1)
        }
    }

    public mutating func left() {
        if column > 0 { column -= 1 } else if line > 0 { line -= 1; column = lines[line].count }
    }

    public mutating func right() {
        if column < lines[line].count { column += 1 } else if line + 1 < lines.count { line += 1; column = 0 }
    }

    public mutating func home() { column = 0 }
    public mutating func end() { column = lines[line].count }

    /// Moves one wrapped display line up (`delta` -1) or down (+1) at `width` columns, keeping the column.
    public mutating func vertical(_ delta: Int, width: Int) {
        let rows = wrapped(width: width)
        guard let current = rows.firstIndex(where: { $0.line == line && column >= $0.start && column <= $0.end
                                                       && (column < $0.end || $0.isLast) }) else { return }
        let target = current + delta
        guard target >= 0, target < rows.count else { return }
        let offset = column - rows[current].start
        line = rows[target].line
        column = min(rows[target].start + offset, rows[target].end)
    }

    /// One display row: a slice of a line, with where it starts and ends in that line.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var start: Int
        public var end: Int
        public var isLast: Bool
        public var text: String
    }

    /// The text wrapped at `width` columns, at spaces where possible.
    public func wrapped(width: Int) -> [Row] {
        let width = max(4, width)
        var rows: [Row] = []
        for (index, chars) in lines.enumerated() {
            var start = 0
            if chars.isEmpty {
                rows.append(Row(line: index, start: 0, end: 0, isLast: true, text: ""))
                continue
            }
            while start < chars.count {
                var end = start
                var used = 0
                while end < chars.count, used + DisplayWidth.of(chars[end]) <= width - 1 {
                    used += DisplayWidth.of(chars[end])
                    end += 1
                }
                if end < chars.count, let space = chars[start..<end].lastIndex(of: " "), space > start {
                    end = space + 1
                }
                let last = end >= chars.count
                rows.append(Row(line: index, start: start, end: end, isLast: last, text: String(chars[start..<end])))
                start = end
            }
        }
        return rows
    }

    /// The display row and column of the cursor at `width`.
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let rows = wrapped(width: width)
        for (i, row) in rows.enumerated() where row.line == line {
            if column >= row.start && (column < row.end || row.isLast) {
                let prefix = lines[line][row.start..<min(column, lines[line].count)]
                return (i, DisplayWidth.of(String(prefix)))
            }
        }
        return (max(0, rows.count - 1), 0)
    }
}
