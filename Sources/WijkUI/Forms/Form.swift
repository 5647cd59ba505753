import Foundation
import WijkDomain
import WijkStore

/// A form being filled in: fields, the focused one, the text cursor, validation messages, and what saving it
/// writes.
///
/// Keys: Tab/↓ and Shift-Tab/↑ between fields, typing edits the focused
/// field (←/→, Home/End, Backspace/Del, Ctrl-U), Space or ←/→ changes a
/// choice and typing on a choice picks the first option that matches (then
/// ←/→ go through the matches only), Enter or Ctrl-S saves, Esc cancels and
/// asks first when something changed.
public struct Form: Sendable {
    public var title: String
    /// A sentence shown above the fields, for forms that need explaining.
    public var note: String?
    public var fields: [FormField]
    /// The file the form changes and the version it was read as (for forms on files that change).
    public var path: String?
    public var base: FileVersion?
    public var focused = 0
    /// Cursor position in characters within the focused field.
    public var cursor = 0
    /// Validation messages by field index, shown next to the field.
    public var errors: [Int: FieldError] = [:]
    /// Esc was pressed with changes: waiting for j/n.
    public var confirmingDiscard = false
    /// The editors of multi-line fields, by field index.
    public var editors: [Int: TextEditor] = [:]
    /// Allowed range of number fields, by field key.
    public var ranges: [String: ClosedRange<Int>] = [:]
    /// What was typed on a choice field to find an option, by field index; gone when the focus moves on.
    public var queries: [Int: String] = [:]
    /// How the values show on the projector; nil off it.
    var projection: FormProjection?
    /// Rules between fields, checked once each field is right on its own: the field a rule is about and why.
    var rules: [@Sendable (Form) -> (key: String, error: FieldError)?] = []
    /// Looked at once the fields are right, before anything is written: a window to show instead of saving
    /// (households the new one may already be), which takes the form along; nil saves.
    var vetting: (@Sendable (Form, Workspace) -> (any Layer)?)?
    /// The households this one is knowingly kept apart from, once a person chose so over `vetting`'s window.
    var apartFrom: [String] = []
    /// What saving writes: from the values and the version read to the changes; nil keeps the form open.
    let submit: @Sendable (Form, Workspace) -> Submission?
    private let original: [String]

    init(title: String, fields: [FormField], path: String? = nil, base: FileVersion? = nil,
         submit: @escaping @Sendable (Form, Workspace) -> Submission?) {
        self.title = title
        self.fields = fields
        self.path = path
        self.base = base
        self.submit = submit
        self.original = fields.map(\.value)
        self.cursor = fields.first?.value.count ?? 0
        for (i, field) in fields.enumerated() {
            if case .multiline = field.kind { editors[i] = TextEditor(field.value) }
        }
    }

    /// The wrap width of multi-line fields on screen (set by the view's size; the editor needs it for ↑/↓).
    public static let multilineWidth = 56

    public var hasChanges: Bool { fields.map(\.value) != original }

    /// The value of field `key`.
    public func value(_ key: String) -> String { fields.first { $0.key == key }?.value ?? "" }

    /// The value of date field `key`, when it holds one.
    func day(_ key: String) -> Day? { Day(dutch: value(key)) }

    /// Checks every field; marks the first wrong one focused. Dates and postcodes are tidied.
    public mutating func validate() -> Bool {
        errors = [:]
        for i in fields.indices {
            var value = fields[i].value
            if case .multiline = fields[i].kind {
                value = value.trimmingCharacters(in: .whitespacesAndNewlines)
            } else {
                value = value.trimmingCharacters(in: .whitespaces)
            }
            fields[i].value = value
            if Printable.hasControl(value, inText: fields[i].kind.isMultiline) {
                errors[i] = .controlCharacter
                continue
            }
            if value.utf8.count > RecfileParser.maxValueBytes {
                errors[i] = .tooLong
                continue
            }
            if value.isEmpty {
                if fields[i].required { errors[i] = .required }
                continue
            }
            switch fields[i].kind {
            case .date:
                if Day(dutch: value) == nil { errors[i] = .date }
            case .postcode:
                if let tidy = Postcode.normalized(value) { fields[i].value = tidy } else { errors[i] = .postcode }
            case .pin:
                if !PinHash.isAcceptable(value) { errors[i] = .pin }
            case .number:
                if let n = Int(value), n >= 0 {
                    if let range = ranges[fields[i].key], !range.contains(n) { errors[i] = .range }
                } else {
                    errors[i] = .number
                }
            case .money:
                if let money = Money(dutch: value) { fields[i].value = money.dutch } else { errors[i] = .amount }
            case .bsn:
                if !BSN.isValid(value) { errors[i] = .bsn }
            case .text, .choice, .multiline:
                break
            }
        }
        // Two PIN fields must agree.
        let pins = fields.indices.filter { fields[$0].kind == .pin }
        if pins.count == 2, errors[pins[0]] == nil, fields[pins[0]].value != fields[pins[1]].value {
            errors[pins[1]] = .pinsDiffer
        }
        if errors.isEmpty {
            for rule in rules {
                if let (key, error) = rule(self), let i = fields.firstIndex(where: { $0.key == key }) { errors[i] = error }
            }
        }
        if let first = errors.keys.min() { focus(first) }
        return errors.isEmpty
    }

    mutating func focus(_ index: Int) {
        queries = [:]
        focused = (index + fields.count) % fields.count
        cursor = fields[focused].value.count
    }

    /// The options whose label holds every word of `query`, case and accents aside, in their order.
    static func matches(_ query: String, _ labels: [String]) -> [Int] {
        let words = Folding.queryWords(query)
        return labels.indices.filter { Folding.matches(Folding.fold(labels[$0]), query: words) }
    }

    /// The option to pick for `query`: the first whose label begins with it, else the first that holds it.
    static func bestMatch(_ query: String, _ labels: [String]) -> Int? {
        let found = matches(query, labels)
        let folded = Folding.fold(query)
        return found.first { Folding.fold(labels[$0]).hasPrefix(folded) } ?? found.first
    }

    mutating func edit(_ key: Key) {
        var field = fields[focused]
        if case .choice(let codes, let shownLabels) = field.kind {
            let labels = field.searchTerms ?? shownLabels
            var query = queries[focused] ?? ""
            switch key {
            case .character(let c) where c != " " || !query.isEmpty:
                query.append(c)
                if let best = Form.bestMatch(query, labels) {
                    field.value = codes[best]
                } else if codes.first == "" {
                    // Nothing matches: a choice that may be empty is, so Enter does not save the option last found.
                    field.value = ""
                }
            case .backspace where !query.isEmpty:
                query.removeLast()
                if let best = Form.bestMatch(query, labels), !query.isEmpty { field.value = codes[best] }
            case .ctrl("u"):
                query = ""
            case .character(" "), .right, .left:
                // With a query, only the options that match it.
                let candidates = query.isEmpty ? Array(codes.indices) : Form.matches(query, labels)
                guard !candidates.isEmpty else { return }
                let i = candidates.firstIndex(of: codes.firstIndex(of: field.value) ?? -1) ?? -1
                let step = key == .left ? candidates.count - 1 : 1
                field.value = codes[candidates[(max(i, 0) + (i < 0 ? 0 : step)) % candidates.count]]
            default: return
            }
            queries[focused] = query.isEmpty ? nil : query
            fields[focused] = field
            errors[focused] = nil
            return
        }
        var chars = Array(field.value)
        switch key {
        case .character(let c) where (field.kind != .pin && field.kind != .number) || (c.isASCII && c.isNumber):
            chars.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            if cursor > 0 { chars.remove(at: cursor - 1); cursor -= 1 }
        case .delete:
            if cursor < chars.count { chars.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = chars.count
        case .ctrl("u"):
            chars = []
            cursor = 0
        default: return
        }
        field.value = String(chars)
        fields[focused] = field
        errors[focused] = nil
    }
}
