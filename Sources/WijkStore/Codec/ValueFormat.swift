/// The form a field's value must have, named in problems so a person knows what to write.
public enum ValueFormat: Sendable, Equatable, Codable {
    /// `yyyy-mm-dd`
    case isoDate
    /// `dd-mm-yyyy` or `yyyy-mm-dd`, as spreadsheets write dates.
    case date
    /// Whole number.
    case integer
    /// `1234.50`
    case money
    /// `yes` or `no`
    case yesNo
    /// One of these codes.
    case oneOf([String])
    /// ZRM score 1–5.
    case score
    /// `regisseur`, `netwerk`, `member:ID`, `resource:ID`
    case actor
    /// `09:25`
    case clockTime
    /// A whole number of years, 1 or more.
    case years
}
