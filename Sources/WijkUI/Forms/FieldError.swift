/// Why a form field's value is not accepted; worded by the string table next to the field.
public enum FieldError: Sendable, Equatable {
    case required, date, postcode, pin, pinsDiffer, number, amount, bsn, range
    /// A control character (pasted escape sequence, bidi override): never stored.
    case controlCharacter
    /// Longer than a store value may be (a paste gone wrong): the file would not read back.
    case tooLong
    /// A rule between fields, in the words of the form that has it (details shared only with consent).
    case rule(Text)
}
