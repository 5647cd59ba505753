/// Text from outside (a store file, the command line) that could steer a terminal or hide what it says:
/// control characters, bidi overrides, the byte-order mark. Found to report it, escaped to print it.
public enum Printable {
    /// Whether `scalar` is a control or invisible formatting character: C0 and C1 controls, DEL, bidi marks,
    /// overrides and isolates, line and paragraph separators, the byte-order mark.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    /// Whether `text` holds a control character; newlines and tabs count only when `inText` is false.
    @inlinable
    public static func hasControl(_ text: some StringProtocol, inText: Bool = true) -> Bool {
        // One pass over the bytes decides for nearly all text: every control is below 0x20 or DEL, or starts
        // with one of four UTF-8 lead bytes (C1 controls C2, the Arabic mark D8, the marks and separators
        // around U+2000 E2, the byte-order mark EF). Only text with one of those is looked at by scalar. The
        // store's reader asks this of every value, so it is a loop over contiguous bytes, not a generic one.
        let quick = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var suspect = false
            for byte in bytes {
                if byte < 0x20 {
                    if !(inText && (byte == 0x0A || byte == 0x09)) { return true }
                } else if byte >= 0x7F {
                    if byte == 0x7F { return true }
                    if byte == 0xC2 || byte == 0xD8 || byte == 0xE2 || byte == 0xEF { suspect = true }
                }
            }
            return suspect ? nil : false
        }
        if let decided = quick ?? nil { return decided }
        return text.unicodeScalars.contains { isControl($0) && !(inText && ($0 == "\n" || $0 == "\t")) }
    }

    /// `text` with every control character written as `\uXXXX`, so a message shows it instead of obeying it.
    public static func escaped(_ text: some StringProtocol) -> String {
        guard hasControl(text, inText: false) else { return String(text) }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
