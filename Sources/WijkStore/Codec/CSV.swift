import Foundation

/// Comma-separated values as spreadsheets read them (RFC 4180), for what `wijk` exports.
public enum CSV {
    /// One line: fields joined by commas, each quoted when it holds a comma, a quote or a line break.
    ///
    /// A field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first)
    /// gets a `'` before it: a client's name must not become a command on the municipality's computer. Numbers
    /// pass as they are, so give them with `number`.
    public static func line(_ fields: [String], separator: Character = ",") -> String {
        fields.map { field($0, separator: separator) }.joined(separator: String(separator))
    }

    /// The two ways `wijk` writes a sheet: for a Dutch Excel (the default everywhere), or for scripts.
    public enum Dialect: String, Sendable, CaseIterable {
        /// UTF-8 with a byte-order mark, `;` between fields, CRLF: what a Dutch Excel opens without asking.
        case excel
        /// RFC 4180 as scripts expect it: no byte-order mark, `,` between fields, CRLF.
        case rfc4180
    }

    /// A whole file in `dialect`.
    public static func file(_ rows: [[String]], _ dialect: Dialect) -> [UInt8] {
        switch dialect {
        case .excel: return spreadsheet(rows)
        case .rfc4180: return Array(rows.map { line($0) + "\r\n" }.joined().utf8)
        }
    }

    /// A whole file as Excel on a Dutch Windows opens it without asking: a UTF-8 byte-order mark (so accents
    /// survive), `;` between fields, CRLF line ends.
    public static func spreadsheet(_ rows: [[String]]) -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(rows.map { line($0, separator: ";") + "\r\n" }.joined().utf8)
    }

    static func field(_ value: String, separator: Character = ",") -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
           Double(text) == nil, Double(text.replacingOccurrences(of: ",", with: ".")) == nil {
            text = "'" + text
        }
        // Either separator is quoted, whichever this file uses: a reader that guesses the separator from the
        // first line must not be misled by the other one in a field. Looked for by Unicode scalar, as the reader
        // reads: a quote followed by a combining mark is one Character in Swift, but still a quote in the file.
        let special: [Unicode.Scalar] = [",", ";", "\"", "\n", "\r"] + Array(separator.unicodeScalars)
        guard text.unicodeScalars.contains(where: special.contains) else { return text }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// A value as it was before `field` guarded it: the `'` before a formula character taken off again, so
    /// an export read back gives what was exported.
    public static func unguarded(_ value: String) -> String {
        guard value.hasPrefix("'"), let second = value.unicodeScalars.dropFirst().first,
              "=+-@\t\r".unicodeScalars.contains(second) else { return value }
        return String(value.dropFirst())
    }

    /// A figure with a point for decimals and at most one decimal, empty when there is none: `2.5`, `3`, ``.
    public static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
