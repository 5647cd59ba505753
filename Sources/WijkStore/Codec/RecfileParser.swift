/// Reads the recfile text format (GNU recutils) into record sets, strictly.
///
/// Supported: `#` comments, blank lines between records, `Name: value`
/// fields (one optional blank after the colon is not part of the value),
/// `+` continuation lines (a newline in the value), a trailing backslash
/// joining the next line, and `%rec` descriptors starting a new set.
/// Anything else is an error naming the line, so a damaged file is never
/// half-read.
public enum RecfileParser {
    /// Files above this size are refused: a store file is a few kilobytes,
    /// and a runaway value must not exhaust memory.
    public static let maxFileBytes = 4 * 1024 * 1024
    /// Values above this size are refused: the longest report a person writes is tens of kilobytes, so a larger
    /// value is a paste gone wrong or a file that is not the store's, and it would stall every screen showing it.
    public static let maxValueBytes = 256 * 1024

    public static func parse(_ text: String) throws(RecfileError) -> [RecordSet] {
        try parse(bytes: Array(text.utf8))
    }

    public static func parse(bytes: [UInt8]) throws(RecfileError) -> [RecordSet] {
        var tolerated: [RecfileError] = []
        return try parse(bytes: bytes, tolerated: &tolerated)
    }

    /// Parses `bytes`, reading past a byte-order mark and CRLF line ends (as a Windows editor leaves them) but
    /// naming each in `tolerated`, once per file: nothing in such a file is lost, and `wijk check` still asks
    /// for it to be put right.
    public static func parse(bytes: [UInt8], tolerated: inout [RecfileError]) throws(RecfileError) -> [RecordSet] {
        if bytes.count > maxFileBytes { throw RecfileError(line: 0, kind: .tooLarge(limitBytes: maxFileBytes)) }
        if let nul = bytes.firstIndex(of: 0) { throw RecfileError(line: lineNumber(of: nul, in: bytes), kind: .binary) }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            start = 3
            tolerated.append(RecfileError(line: 1, kind: .byteOrderMark))
        }
        var sawCRLF = false

        var sets: [RecordSet] = []
        var current = RecordSet(descriptor: nil)
        var fields: [Field] = []
        var recordLine = 0
        var pendingJoin = false  // previous line ended in a backslash

        func finishRecord() {
            guard !fields.isEmpty else { return }
            let record = Record(fields: fields, line: recordLine)
            if record.isDescriptor {
                if current.descriptor != nil || !current.records.isEmpty { sets.append(current) }
                current = RecordSet(descriptor: record)
            } else {
                current.records.append(record)
            }
            fields = []
        }

        /// The field just added to or extended, refused when its value passed the limit.
        func checkLength() throws(RecfileError) {
            guard let field = fields.last, field.value.utf8.count > maxValueBytes else { return }
            throw RecfileError(line: field.line, kind: .valueTooLong(field: field.name, limitBytes: maxValueBytes))
        }

        var lineNo = 0
        let count = bytes.count
        while start < count || (start == count && pendingJoin) {
            lineNo += 1
            var end = start
            while end < count && bytes[end] != 0x0A { end += 1 }
            var line = bytes[start..<end]
            start = end + 1
            if line.last == 0x0D {
                line = line.dropLast()
                if !sawCRLF { tolerated.append(RecfileError(line: lineNo, kind: .crlfLineEnds)) }
                sawCRLF = true
            }
            guard let text = String(validating: line, as: UTF8.self) else {
                throw RecfileError(line: lineNo, kind: .notUTF8)
            }

            if pendingJoin {
                pendingJoin = false
                let (piece, joins) = splitTrailingBackslash(text)
                fields[fields.count - 1].value += piece
                pendingJoin = joins
                try checkLength()
                continue
            }
            if line.isEmpty || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                finishRecord()
                continue
            }
            switch line.first! {
            case UInt8(ascii: "#"):
                continue
            case UInt8(ascii: "+"):
                guard !fields.isEmpty else { throw RecfileError(line: lineNo, kind: .continuationWithoutField) }
                var rest = text.dropFirst()
                if rest.first == " " || rest.first == "\t" { rest = rest.dropFirst() }
                let (piece, joins) = splitTrailingBackslash(String(rest))
                fields[fields.count - 1].value += "\n" + piece
                pendingJoin = joins
                try checkLength()
            default:
                guard let colon = text.firstIndex(of: ":") else {
                    throw RecfileError(line: lineNo, kind: .expectedField)
                }
                let name = String(text[..<colon])
                guard isFieldName(name) else {
                    throw RecfileError(line: lineNo, kind: name.contains(" ") || name.isEmpty
                                       ? .expectedField : .badFieldName(name))
                }
                var value = text[text.index(after: colon)...]
                if value.first == " " || value.first == "\t" { value = value.dropFirst() }
                if fields.isEmpty { recordLine = lineNo }
                let (piece, joins) = splitTrailingBackslash(String(value))
                fields.append(Field(name: name, value: piece, line: lineNo))
                pendingJoin = joins
                try checkLength()
            }
        }
        finishRecord()
        if current.descriptor != nil || !current.records.isEmpty { sets.append(current) }
        return sets
    }

    /// Whether `name` is a valid recfile field name: `[a-zA-Z%][a-zA-Z0-9_]*`.
    public static func isFieldName(_ name: String) -> Bool {
        guard let first = name.utf8.first else { return false }
        guard isLetter(first) || first == UInt8(ascii: "%") else { return false }
        return name.utf8.dropFirst().allSatisfy { isLetter($0) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "_") }
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }

    private static func splitTrailingBackslash(_ s: String) -> (String, Bool) {
        s.hasSuffix("\\") ? (String(s.dropLast()), true) : (s, false)
    }

    private static func lineNumber(of index: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for i in 0..<index where bytes[i] == 0x0A { line += 1 }
        return line
    }
}
