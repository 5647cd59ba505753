import Foundation

/// Reads comma- or semicolon-separated values as spreadsheets in the Netherlands write them: UTF-8 with or
/// without a byte-order mark, or Windows-1252 (Excel's "CSV" on a Dutch Windows); `;` or `,` between fields,
/// whichever the first line uses outside quotes; quoted fields with separators, doubled quotes and line breaks
/// inside; CRLF, LF or CR line ends.
public enum CSVReader {
    /// One record of the file: its fields and the line it starts on (1-based, as an editor counts).
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    /// What came out of a file: the text's encoding and separator as found, and the rows.
    public struct Sheet: Sendable, Equatable {
        public enum Encoding: String, Sendable { case utf8, utf8WithBOM, windows1252 }

        public var encoding: Encoding
        public var separator: Character
        public var rows: [Row]
    }

    public enum Failure: Error, Equatable {
        /// A quoted field that is never closed: the line it opens on.
        case unclosedQuote(line: Int)
        /// A NUL byte: not text.
        case binary
    }

    public static func read(_ bytes: [UInt8]) throws(Failure) -> Sheet {
        if bytes.contains(0) { throw .binary }
        let (text, encoding) = decode(bytes)
        let separator = detectSeparator(text)
        return Sheet(encoding: encoding, separator: separator, rows: try rows(text, separator: separator))
    }

    /// The text of `bytes`: UTF-8 (a BOM dropped) when it is valid UTF-8, else Windows-1252.
    static func decode(_ bytes: [UInt8]) -> (String, Sheet.Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]), let text = String(validating: bytes.dropFirst(3), as: UTF8.self) {
            return (text, .utf8WithBOM)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(windows1252[Int(byte - 0x80)]) {
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return (String(scalars), .windows1252)
    }

    /// Windows-1252 at 0x80–0x9F (the rest of the upper half is Latin-1); undefined positions as themselves.
    static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// `;` when the first line has more semicolons than commas outside quotes, else `,`.
    static func detectSeparator(_ text: String) -> Character {
        var semicolons = 0
        var commas = 0
        var quoted = false
        for c in text.unicodeScalars {
            if c == "\"" { quoted.toggle() }
            if quoted { continue }
            if c == "\n" || c == "\r" { break }
            if c == ";" { semicolons += 1 }
            if c == "," { commas += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    static func rows(_ text: String, separator: Character) throws(Failure) -> [Row] {
        let sep = separator.unicodeScalars.first!
        var rows: [Row] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var rowLine = 1
        var quoted = false
        var quoteLine = 1
        var afterQuote = false
        var scalars = Array(text.unicodeScalars)
        if scalars.last != "\n" && scalars.last != "\r" { scalars.append("\n") }
        var i = 0
        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            afterQuote = false
        }
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" {
                        field.append("\n")
                        i += 1
                        line += 1
                    } else if c == "\n" || c == "\r" {
                        field.append("\n")
                        line += 1
                    } else {
                        field.append(c)
                    }
                }
            } else if c == "\"" && field.isEmpty && !afterQuote {
                quoted = true
                quoteLine = line
            } else if c == sep {
                endField()
            } else if c == "\n" || c == "\r" {
                if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
                endField()
                // Lines with nothing on them are not records (a spreadsheet's trailing empty lines).
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
                fields = []
                line += 1
                rowLine = line
            } else {
                // Text after a closing quote belongs to the field, as spreadsheets read it.
                field.append(c)
            }
            i += 1
        }
        if quoted { throw .unclosedQuote(line: quoteLine) }
        return rows
    }
}
