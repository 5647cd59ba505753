/// Writes record sets in the recfile text format that `RecfileParser` reads back unchanged.
public enum RecfileWriter {
    /// The text of a file holding `sets`: descriptor, blank line, records
    /// separated by blank lines, a blank line between sets, final newline.
    public static func format(_ sets: [RecordSet]) -> String {
        var blocks: [String] = []
        for set in sets {
            if let descriptor = set.descriptor { blocks.append(format(descriptor)) }
            for record in set.records { blocks.append(format(record)) }
        }
        return blocks.joined(separator: "\n")
    }

    /// One record: a line per field, `+ ` continuation lines for newlines in
    /// a value, ending in a newline.
    ///
    /// The recfile format cannot end a line with a backslash (it joins the
    /// next line) or a carriage return (read as a CRLF line end): such a
    /// line gets a space after the backslash, and loses the carriage return.
    public static func format(_ record: Record) -> String {
        var out = ""
        for field in record.fields {
            let lines = scalarLines(field.value).map(safeLine)
            out += field.name + ":"
            if let first = lines.first, !first.isEmpty { out += " " + first }
            out += "\n"
            for line in lines.dropFirst() {
                out += line.isEmpty ? "+\n" : "+ " + line + "\n"
            }
        }
        return out
    }

    /// `line` as it can be stored: see `format(_:)`.
    public static func safeLine(_ line: Substring) -> Substring {
        var scalars = Substring(line).unicodeScalars
        while scalars.last == "\r" { scalars.removeLast() }
        let trimmed = Substring(scalars)
        return trimmed.unicodeScalars.last == "\\" ? Substring(trimmed + " ") : trimmed
    }

    /// The lines of `value`, split at every line feed, also one that follows a carriage return
    /// (`\r\n` is one Character in Swift, so a split on Characters would miss it).
    public static func scalarLines(_ value: String) -> [Substring] {
        value.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Substring($0) }
    }
}
