import Foundation
import WijkDomain
import WijkStore

/// A form being filled in: fields, the focused one, the text cursor, validation messages.
///
/// Keys: Tab/↓ and Shift-Tab/↑ between fields, typing edits the focused
/// field (←/→, Home/End, Backspace/Del, Ctrl-U), Space or ←/→ changes a
/// choice, Enter or Ctrl-S saves, Esc cancels and asks first when something
/// changed.
public struct Form: Sendable, Equatable {
    /// What the form edits, and the version of the file it was read from.
    public enum Purpose: Sendable, Equatable {
        case household(id: String)
        /// Why a restricted household is opened anyway (doorbreekglas).
        case emergency(household: String)
        /// A new worker (`id` nil) or changes to one.
        case worker(id: String?)
        /// A new PIN for a worker.
        case pin(worker: String)
        /// The team's settings in wijkdesk.rec.
        case settings
        case newHousehold
        case member(household: String, member: String?)
        case close(household: String)
        case handover(household: String)
        case assessment(household: String, isFinal: Bool)
        case goal(household: String, goal: String?)
        case action(household: String, action: String?)
        case journal(household: String, corrects: String?)
        case budget(household: String)
        case expense(household: String)
    }

    /// What a key did to the form.
    public enum Outcome: Sendable, Equatable {
        case editing, save, cancel
    }

    public var title: String
    /// A sentence shown above the fields, for forms that need explaining.
    public var note: String?
    public var fields: [FormField]
    public var purpose: Purpose
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
    private let original: [String]

    public init(title: String, fields: [FormField], purpose: Purpose, path: String? = nil, base: FileVersion? = nil) {
        self.title = title
        self.fields = fields
        self.purpose = purpose
        self.path = path
        self.base = base
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

    /// Applies a key; `command` is what the key map binds it to in forms.
    public mutating func handle(_ key: Key, command: Command?) -> Outcome {
        if confirmingDiscard {
            confirmingDiscard = false
            switch key {
            case .character("j"), .character("J"), .character("y"), .character("Y"): return .cancel
            default: return .editing
            }
        }
        if var editor = editors[focused], key != .tab, key != .backTab, key != .escape, key != .ctrl("s") {
            switch key {
            case .enter: editor.newline()
            case .character(let c): editor.insert(c)
            case .backspace: editor.backspace()
            case .delete: editor.delete()
            case .left: editor.left()
            case .right: editor.right()
            case .up: editor.vertical(-1, width: Form.multilineWidth)
            case .down: editor.vertical(1, width: Form.multilineWidth)
            case .home, .ctrl("a"): editor.home()
            case .end, .ctrl("e"): editor.end()
            default: break
            }
            editors[focused] = editor
            fields[focused].value = editor.text
            errors[focused] = nil
            return .editing
        }
        switch command {
        case .cancel?:
            if hasChanges { confirmingDiscard = true; return .editing }
            return .cancel
        case .save?:
            return validate() ? .save : .editing
        case .nextField?: focus(focused + 1)
        case .previousField?: focus(focused - 1)
        default:
            edit(key)
        }
        return .editing
    }

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
        if let first = errors.keys.min() { focus(first) }
        return errors.isEmpty
    }

    private mutating func focus(_ index: Int) {
        focused = (index + fields.count) % fields.count
        cursor = fields[focused].value.count
    }

    private mutating func edit(_ key: Key) {
        var field = fields[focused]
        if case .choice(let codes, _) = field.kind {
            let i = codes.firstIndex(of: field.value) ?? 0
            switch key {
            case .character(" "), .right: field.value = codes[(i + 1) % codes.count]
            case .left: field.value = codes[(i + codes.count - 1) % codes.count]
            default: return
            }
            fields[focused] = field
            return
        }
        var chars = Array(field.value)
        switch key {
        case .character(let c) where field.kind != .pin || (c.isASCII && c.isNumber):
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
