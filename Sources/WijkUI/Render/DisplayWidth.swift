/// How many terminal columns text takes: 0, 1 or 2 per character, as wcwidth does in a UTF-8 locale.
///
/// Works on grapheme clusters, so a letter with combining accents counts
/// once. East Asian Wide and Fullwidth characters (Unicode 14, generated from
/// EastAsianWidth.txt) and emoji presentation take two columns; ambiguous
/// characters (box drawing, `·`) take one, as in a non-CJK locale.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        // One scalar of the first blocks (Latin, Greek, Cyrillic, punctuation, box drawing, arrows): from a
        // table, since looking up Unicode properties per cell was most of drawing a screen of names and lines.
        if first.value < UInt32(smallWidths.count), first.utf8.count == character.utf8.count {
            return Int(smallWidths[Int(first.value)])
        }
        return measured(character)
    }

    /// The width of `scalar` (below U+3000) as a character on its own.
    static func ofSmall(_ scalar: Unicode.Scalar) -> Int { Int(smallWidths[Int(scalar.value)]) }

    /// The width of every single-scalar character below U+3000, as `measured` gives it.
    private static let smallWidths: [UInt8] = (0..<0x3000).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        return UInt8(value < 0x7F ? (value < 0x20 ? 0 : 1) : measured(Character(scalar)))
    }

    /// The width of a character from its Unicode properties.
    static func measured(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        switch first.properties.generalCategory {
        case .control, .format, .nonspacingMark, .enclosingMark, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if first.properties.isEmojiPresentation || isWide(first.value) { return 2 }
        if first.properties.isEmoji, character.unicodeScalars.contains("\u{FE0F}") { return 2 }
        return 1
    }

    public static func of(_ text: some StringProtocol) -> Int {
        if let ascii = asciiWidth(text) { return ascii }
        var total = 0
        for ch in text { total += of(ch) }
        return total
    }

    /// The width of text that is all ASCII (one column a printable byte, none a control), nil otherwise:
    /// nearly every name, address and label, measured without breaking it into grapheme clusters.
    static func asciiWidth(_ text: some StringProtocol) -> Int? {
        let width = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var n = 0
            for byte in bytes {
                if byte >= 0x7F { return nil }
                if byte >= 0x20 { n += 1 }
            }
            return n
        }
        return width ?? nil
    }

    /// `text` cut to at most `width` columns; when cut, the last column is `…`.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// `text` truncated or padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }

    /// `text` right-aligned in `width` columns (truncated when longer).
    public static func fitRight(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        return String(repeating: " ", count: max(0, width - of(cut))) + cut
    }

    /// Splits `text` into lines of at most `width` columns, breaking at
    /// spaces where possible and inside long words where not; existing
    /// newlines are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var word = String(word)
                var w = of(word)
                if lineWidth > 0 && lineWidth + 1 + w <= width {
                    line += " " + word
                    lineWidth += 1 + w
                    continue
                }
                if lineWidth > 0 || !line.isEmpty {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while w > width {  // a word longer than the line: break it
                    var piece = ""
                    var pw = 0
                    var rest = Substring(word)
                    while let ch = rest.first, pw + of(ch) <= width {
                        piece.append(ch)
                        pw += of(ch)
                        rest = rest.dropFirst()
                    }
                    lines.append(piece)
                    word = String(rest)
                    w = of(word)
                }
                line = word
                lineWidth = w
            }
            lines.append(line)
        }
        return lines
    }

    static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.0 { high = mid - 1 } else if value > range.1 { low = mid + 1 } else { return true }
        }
        return false
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges, Unicode 14.
    static let wideRanges: [(UInt32, UInt32)] = [
        (0x1100, 0x115F),
        (0x231A, 0x231B),
        (0x2329, 0x232A),
        (0x23E9, 0x23EC),
        (0x23F0, 0x23F0),
        (0x23F3, 0x23F3),
        (0x25FD, 0x25FE),
        (0x2614, 0x2615),
        (0x2648, 0x2653),
        (0x267F, 0x267F),
        (0x2693, 0x2693),
        (0x26A1, 0x26A1),
        (0x26AA, 0x26AB),
        (0x26BD, 0x26BE),
        (0x26C4, 0x26C5),
        (0x26CE, 0x26CE),
        (0x26D4, 0x26D4),
        (0x26EA, 0x26EA),
        (0x26F2, 0x26F3),
        (0x26F5, 0x26F5),
        (0x26FA, 0x26FA),
        (0x26FD, 0x26FD),
        (0x2705, 0x2705),
        (0x270A, 0x270B),
        (0x2728, 0x2728),
        (0x274C, 0x274C),
        (0x274E, 0x274E),
        (0x2753, 0x2755),
        (0x2757, 0x2757),
        (0x2795, 0x2797),
        (0x27B0, 0x27B0),
        (0x27BF, 0x27BF),
        (0x2B1B, 0x2B1C),
        (0x2B50, 0x2B50),
        (0x2B55, 0x2B55),
        (0x2E80, 0x303E),
        (0x3041, 0x3247),
        (0x3250, 0x4DBF),
        (0x4E00, 0xA4C6),
        (0xA960, 0xA97C),
        (0xAC00, 0xD7A3),
        (0xF900, 0xFAD9),
        (0xFE10, 0xFE19),
        (0xFE30, 0xFE6B),
        (0xFF01, 0xFF60),
        (0xFFE0, 0xFFE6),
        (0x16FE0, 0x1B2FB),
        (0x1F004, 0x1F004),
        (0x1F0CF, 0x1F0CF),
        (0x1F18E, 0x1F18E),
        (0x1F191, 0x1F19A),
        (0x1F200, 0x1F320),
        (0x1F32D, 0x1F335),
        (0x1F337, 0x1F37C),
        (0x1F37E, 0x1F393),
        (0x1F3A0, 0x1F3CA),
        (0x1F3CF, 0x1F3D3),
        (0x1F3E0, 0x1F3F0),
        (0x1F3F4, 0x1F3F4),
        (0x1F3F8, 0x1F43E),
        (0x1F440, 0x1F440),
        (0x1F442, 0x1F4FC),
        (0x1F4FF, 0x1F53D),
        (0x1F54B, 0x1F54E),
        (0x1F550, 0x1F567),
        (0x1F57A, 0x1F57A),
        (0x1F595, 0x1F596),
        (0x1F5A4, 0x1F5A4),
        (0x1F5FB, 0x1F64F),
        (0x1F680, 0x1F6C5),
        (0x1F6CC, 0x1F6CC),
        (0x1F6D0, 0x1F6D2),
        (0x1F6D5, 0x1F6DF),
        (0x1F6EB, 0x1F6EC),
        (0x1F6F4, 0x1F6FC),
        (0x1F7E0, 0x1F7F0),
        (0x1F90C, 0x1F93A),
        (0x1F93C, 0x1F945),
        (0x1F947, 0x1F9FF),
        (0x1FA70, 0x1FAF6),
        (0x20000, 0x3134A)
    ]
}
