/// Comma-separated values as spreadsheets read them (RFC 4180), for what `wijk` exports.
public enum CSV {
    /// One line: fields joined by commas, each quoted when it holds a comma, a quote or a line break.
    ///
    /// A field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first)
    /// gets a `'` before it: a client's name must not become a command on the municipality's computer. Numbers
    /// pass as they are, so give them with `number`.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A figure with a point for decimals and at most one decimal, empty when there is none: `2.5`, `3`, ``.
    public static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
