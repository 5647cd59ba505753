/// One field of a form: its label, what may be typed, and the value being edited.
public struct FormField: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case text
        /// A date typed the Dutch way, `dd-mm-jjjj`.
        case date
        /// A Dutch postcode, tidied to `1234 AB`.
        case postcode
        /// One of fixed codes, shown by their labels; Space or ←/→ changes it.
        case choice(codes: [String], labels: [String])
        /// A PIN: digits, shown as dots.
        case pin
        /// A whole number.
        case number
        /// An amount in euros as a Dutch user types it (`1.234,50`).
        case money
        /// A BSN, checked with the elfproef.
        case bsn
        /// Several lines of text, edited with a cursor; Enter makes a new line.
        case multiline(rows: Int)
    }

    /// The store field it edits.
    public var key: String
    public var label: String
    public var kind: Kind
    public var required: Bool
    public var value: String
    /// What typing on a choice looks for, one per option, where it is not the label shown (the projector's
    /// picker shows initials and finds by name).
    public var searchTerms: [String]?

    public init(key: String, label: String, kind: Kind = .text, required: Bool = false, value: String,
                searchTerms: [String]? = nil) {
        self.key = key
        self.label = label
        self.kind = kind
        self.required = required
        self.value = value
        self.searchTerms = searchTerms
    }

    /// What is shown: the label of a choice, the text otherwise.
    public var shown: String {
        if case .choice(let codes, let labels) = kind, let i = codes.firstIndex(of: value) { return labels[i] }
        if kind == .pin { return String(repeating: "•", count: value.count) }
        return value
    }
}

extension FormField.Kind {
    /// Whether the field holds several lines (Enter makes a new line, newlines are kept).
    public var isMultiline: Bool {
        if case .multiline = self { return true }
        return false
    }
}
