import WijkDomain

/// One figure of a report: a value in a unit, or withheld because it rests on fewer than five households.
public struct ReportFigure: Sendable, Equatable {
    public enum Unit: Sendable, Hashable {
        case count
        /// One decimal at most: a mean score.
        case decimal
        /// A share from 0 to 1, shown as a percentage.
        case percent
        /// Cents, shown in euros.
        case money
        /// Days or working days, one decimal at most.
        case days
    }

    /// Nil when there is nothing to measure (a median of nothing).
    public var value: Double?
    public var unit: Unit
    public var withheld: Bool

    public init(_ value: Double?, _ unit: Unit = .count, withheld: Bool = false) {
        self.value = value
        self.unit = unit
        self.withheld = withheld
    }

    /// A count of `tally`, withheld when it rests on too few households.
    public static func count(_ tally: Tally) -> ReportFigure {
        ReportFigure(Double(tally.count), withheld: tally.isSmall)
    }

    /// What may be drawn as a bar or a sparkline: nothing when withheld or unknown.
    public var shown: Double? { withheld ? nil : value }

    /// As the screen and the terminal show it: `12`, `2,5`, `45%`, `€ 1.235`, `<5`, `–`.
    public func text(_ t: Strings) -> String {
        if withheld { return "<" + String(SmallNumbers.threshold) }
        guard let value else { return "–" }
        let comma = t.language == .nl
        switch unit {
        case .count: return String(Int(value.rounded()))
        case .decimal, .days: return Self.decimal(value, comma: comma)
        case .percent: return String(Int((value * 100).rounded())) + "%"
        case .money:
            let euros = Money(cents: Int64((value / 100).rounded()) * 100).dutch
            let whole = String(euros.dropLast(3))
            return comma ? whole : whole.replacingOccurrences(of: ".", with: ",")
        }
    }

    /// As a Dutch spreadsheet reads it: a decimal comma, cents for money, a percentage as a number, `<5`
    /// when withheld, empty when unknown.
    public var csv: String {
        if withheld { return "<" + String(SmallNumbers.threshold) }
        guard let value else { return "" }
        switch unit {
        case .count: return String(Int(value.rounded()))
        case .decimal, .days: return Self.decimal(value, comma: true)
        case .percent: return Self.decimal(value * 100, comma: true)
        case .money: return Money(cents: Int64(value.rounded())).stored.replacingOccurrences(of: ".", with: ",")
        }
    }

    /// At most one decimal, none when it is whole: `2,5`, `3`.
    static func decimal(_ value: Double, comma: Bool) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = String(abs(tenths) / 10)
        return abs(tenths) % 10 == 0 ? sign + whole : sign + whole + (comma ? "," : ".") + String(abs(tenths) % 10)
    }
}
