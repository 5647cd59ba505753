import WijkUI

/// Columns for a terminal without a screen: each as wide as its widest cell, two spaces between.
enum TextTable {
    /// The first row is the header; columns in `rightAligned` (figures) are aligned on the right.
    static func lines(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { $0.indices.contains(column) ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                line += (column == 0 ? "" : "  ") + (rightAligned.contains(column) ? pad + cell : cell + pad)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
