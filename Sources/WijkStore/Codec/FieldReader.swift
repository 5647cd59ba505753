import WijkDomain

/// Reads typed values out of one record, collecting a problem for every field that is missing or malformed.
///
/// A bad optional value is reported and read as absent, so one typo does not
/// hide a whole household; a missing or bad required value makes `isValid`
/// false and the caller skips the record.
struct FieldReader {
    let record: Record
    let path: String
    private(set) var problems: [StoreProblem] = []
    private(set) var isValid = true

    /// Fields that may occur more than once.
    static let repeatable: Set<String> = ["Domain", "Present", "Why", "Change"]

    init(record: Record, path: String) {
        self.record = record
        self.path = path
        var seen: Set<String> = []
        for field in record.fields {
            if Printable.hasControl(field.value) {
                problems.append(StoreProblem(path: path, line: field.line, kind: .controlCharacter(field: field.name)))
            }
            if !FieldReader.repeatable.contains(field.name) && !seen.insert(field.name).inserted {
                problems.append(StoreProblem(path: path, line: field.line, kind: .duplicateField(field.name)))
            }
        }
    }

    /// The value of a field that must be present and non-empty.
    mutating func required(_ name: String) -> String {
        guard let value = record[name], !value.trimmed.isEmpty else {
            fail(line: record.field(name)?.line ?? record.line, .missingField(name))
            return ""
        }
        return value
    }

    /// The value of an optional field, empty when absent.
    func optional(_ name: String) -> String { record[name] ?? "" }

    /// An optional field, nil when absent or empty.
    func optionalNonEmpty(_ name: String) -> String? {
        guard let value = record[name], !value.trimmed.isEmpty else { return nil }
        return value
    }

    mutating func day(_ name: String, required: Bool = false) -> Day? {
        parsed(name, required: required, expected: .isoDate) { Day(iso: $0.trimmed) }
    }

    mutating func int(_ name: String, required: Bool = false) -> Int? {
        parsed(name, required: required, expected: .integer) { Int($0.trimmed) }
    }

    /// A number of years, 1 or more (a retention period): 0 would destroy a file the day it closes.
    mutating func years(_ name: String) -> Int? {
        parsed(name, required: false, expected: .years) { Int($0.trimmed).flatMap { $0 >= 1 ? $0 : nil } }
    }

    mutating func money(_ name: String, required: Bool = false) -> Money? {
        parsed(name, required: required, expected: .money) { Money(stored: $0.trimmed) }
    }

    mutating func score(_ name: String) -> ZRMScore? {
        parsed(name, required: false, expected: .score) { Int($0.trimmed).flatMap(ZRMScore.init(rawValue:)) }
    }

    /// `yes`/`no` (also `true`/`false`, `1`/`0`, as recutils accepts); absent is `false`.
    mutating func bool(_ name: String) -> Bool { optionalBool(name) ?? false }

    /// A yes or no that may be absent: nil then (and, with a problem, when it is neither).
    mutating func optionalBool(_ name: String) -> Bool? {
        parsed(name, required: false, expected: .yesNo) { value -> Bool? in
            switch value.trimmed.lowercased() {
            case "yes", "true", "1": return true
            case "no", "false", "0": return false
            default: return nil
            }
        }
    }

    mutating func code<Code: RawRepresentable & CaseIterable>(
        _ name: String, required: Bool = false, as: Code.Type = Code.self, aliases: [String: Code] = [:]
    ) -> Code? where Code.RawValue == String {
        parsed(name, required: required, expected: .oneOf(Code.allCases.map(\.rawValue))) {
            Code(rawValue: $0.trimmed) ?? aliases[$0.trimmed.lowercased()]
        }
    }

    /// Every value of a repeatable code field; bad values are reported and left out.
    mutating func codes<Code: RawRepresentable & CaseIterable>(_ name: String, as: Code.Type = Code.self) -> [Code]
    where Code.RawValue == String {
        var result: [Code] = []
        for field in record.fields where field.name == name {
            if let code = Code(rawValue: field.value.trimmed) {
                result.append(code)
            } else {
                problems.append(StoreProblem(path: path, line: field.line,
                                             kind: .badValue(field: name, expected: .oneOf(Code.allCases.map(\.rawValue)))))
            }
        }
        return result
    }

    mutating func actor(_ name: String) -> Actor? {
        parsed(name, required: false, expected: .actor) { Actor(code: $0.trimmed) }
    }

    private mutating func parsed<T>(_ name: String, required: Bool, expected: ValueFormat,
                                    _ parse: (String) -> T?) -> T? {
        guard let field = record.field(name), !field.value.trimmed.isEmpty else {
            if required { fail(line: record.field(name)?.line ?? record.line, .missingField(name)) }
            return nil
        }
        if let value = parse(field.value) { return value }
        let problem = StoreProblem(path: path, line: field.line, kind: .badValue(field: name, expected: expected))
        problems.append(problem)
        if required { isValid = false }
        return nil
    }

    private mutating func fail(line: Int, _ kind: ProblemKind) {
        problems.append(StoreProblem(path: path, line: line, kind: kind))
        isValid = false
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmed: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
