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
    public static func format(_ record: Record) -> String {
        var out = ""
        for field in record.fields {
            let lines = field.value.split(separator: "\n", omittingEmptySubsequences: false)
            out += field.name + ":"
            if let first = lines.first, !first.isEmpty { out += " " + first }
            out += "\n"
            for line in lines.dropFirst() {
                out += line.isEmpty ? "+\n" : "+ " + line + "\n"
            }
        }
        return out
    }
}
