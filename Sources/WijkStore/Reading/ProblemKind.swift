import WijkDomain

/// What is wrong with a file or a record in the store; the UI words it from its string table.
///
/// Problems carry field names and expected formats, never the offending
/// value: a value may be client data, and problems end up on screens and
/// in terminal output.
public enum ProblemKind: Sendable, Equatable, Codable {
    /// A NUL byte: the file is binary, not text.
    case binary
    /// The bytes are not valid UTF-8.
    case notUTF8
    /// The file is larger than the store accepts.
    case tooLarge(limitBytes: Int)
    /// The file starts with a byte-order mark; read past it.
    case byteOrderMark
    /// Lines end in CRLF; read as LF. Named on the first such line.
    case crlfLineEnds
    /// A field's value larger than the store accepts.
    case valueTooLong(field: String, limitBytes: Int)
    /// A line that is neither a field, a `+` continuation, a comment nor blank.
    case expectedField
    /// A field name that recfiles do not allow.
    case badFieldName(String)
    /// A `+` continuation line with no field before it.
    case continuationWithoutField
    /// A field the record must have is absent or empty.
    case missingField(String)
    /// A field that may occur once occurs again.
    case duplicateField(String)
    /// A field value that does not have the expected form.
    case badValue(field: String, expected: ValueFormat)
    /// The file holds no record of the type it should.
    case missingRecord(type: String)
    /// The file cannot be read (permissions, I/O error).
    case unreadable(reason: String)
    /// A copy left by a sync tool after a conflict, not merged yet.
    case conflictCopy
    /// A field refers to a worker, goal, member, resource or household that does not exist.
    case unknownReference(field: String, id: String)
    /// A BSN that fails the elfproef (the number itself is never repeated).
    case invalidBSN(field: String)
    /// A postcode not of the form `1234 AB`.
    case invalidPostcode(field: String)
    /// A control character (an escape sequence, BEL, a C1 control, a bidi override) in a field's value: a
    /// screen or a terminal could be steered by it.
    case controlCharacter(field: String)
    /// A field the record type does not have (a typo would otherwise drop what was written).
    case unknownField(String)
    /// A field Wijkdesk fills in itself (an id, a status), given from outside.
    case setByWijkdesk(String)
    /// A date after today where only the past makes sense (when a request came in).
    case inFuture(field: String)
    /// A worker who has left the team.
    case inactiveWorker(field: String, id: String)
    /// Several records where one is expected.
    case oneRecordExpected(found: Int)
    /// A referral that breaks its own rules: details shared without consent, a step skipped, an end without
    /// an outcome.
    case referral(Referral.Problem)
    /// A spreadsheet column whose header names no field Wijkdesk knows.
    case unknownColumn(String)
    /// The same column twice in a spreadsheet's header.
    case duplicateColumn(String)
    /// A column the spreadsheet must have.
    case missingColumn(String)
    /// A row with more fields than the header has columns.
    case extraFields(Int)
    /// A row for a resource an earlier row of the same sheet already gave.
    case duplicateRow(firstLine: Int)
    /// The end of a range before its start (ages 30 to 20).
    case reversedRange(field: String)
    /// A quoted field of a spreadsheet that is never closed.
    case unclosedQuote
    /// A member's BSN that a member of another open household has too: one person in two households.
    case sameBSN(household: String)
    /// The same address as another open household: perhaps one household twice (a warning).
    case sameAddress(household: String)

    /// A warning points at something a person should look at that may well be right (two households at one
    /// address); it does not make a check fail.
    public var isWarning: Bool {
        if case .sameAddress = self { return true }
        return false
    }

    /// The field the problem is about, when it is about one.
    public var field: String? {
        switch self {
        case .referral(let problem):
            switch problem {
            case .sharedWithoutConsent: return "DetailsShared"
            case .consentIncomplete: return "Consent"
            case .skipped: return "Status"
            case .missingOutcome: return "Outcome"
            }
        case .missingField(let name), .duplicateField(let name), .unknownField(let name), .setByWijkdesk(let name),
             .valueTooLong(let name, _):
            return name
        case .badValue(let field, _), .unknownReference(let field, _), .invalidBSN(let field), .invalidPostcode(let field),
             .controlCharacter(let field), .inFuture(let field), .inactiveWorker(let field, _), .reversedRange(let field):
            return field
        case .duplicateColumn(let name):
            return name
        case .binary, .notUTF8, .tooLarge, .byteOrderMark, .crlfLineEnds, .expectedField, .badFieldName, .continuationWithoutField, .missingRecord,
             .unreadable, .conflictCopy, .oneRecordExpected, .unknownColumn, .missingColumn, .extraFields, .duplicateRow,
             .unclosedQuote, .sameAddress:
            return nil
        case .sameBSN:
            return "BSN"
        }
    }
}
