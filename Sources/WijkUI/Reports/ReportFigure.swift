import WijkDomain

/// One figure of a report: a value in a unit, or withheld, with the rule that withheld it.
public struct ReportFigure: Sendable, Equatable {
    /// Why a figure is not shown, each with a mark of its own, as statistical offices keep them apart.
    public enum Withheld: Sendable, Equatable, CaseIterable {
        /// A count resting on fewer than five households: `<5`.
        case small
        /// A count of five or more withheld only so a small one cannot be worked back from the total: `×`.
        case secondary
        /// A mean, median or percentile over fewer than five households: `n<5`, never read as a value.
        case fewForStatistic

        /// The mark on the screen, in the terminal and in a spreadsheet.
        public var mark: String {
            switch self {
            case .small: return "<" + String(SmallNumbers.threshold)
            case .secondary: return "×"
            case .fewForStatistic: return "n<" + String(SmallNumbers.threshold)
            }
        }
    }

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
    /// Why it is not shown; nil when it is.
    public var reason: Withheld?

    public var withheld: Bool { reason != nil }

    /// A figure; `withheld` as a count on fewer than five households (`<5`), or as a statistic over fewer than
    /// five for a mean, median or percentile (`n<5`).
    public init(_ value: Double?, _ unit: Unit = .count, withheld: Bool = false) {
        self.value = value
        self.unit = unit
        let statistic = unit != .count
        reason = withheld ? (statistic ? .fewForStatistic : .small) : nil
    }

    public init(_ value: Double?, _ unit: Unit = .count, reason: Withheld?) {
        self.value = value
        self.unit = unit
        self.reason = reason
    }

    /// A count of a group, withheld as `mark` says.
    public init(_ value: Double, _ unit: Unit = .count, mark: SmallNumbers.Mark?) {
        self.init(value, unit, reason: mark.map { $0 == .small ? .small : .secondary })
    }

    /// A count of `tally`, withheld when it rests on too few households.
    public static func count(_ tally: Tally) -> ReportFigure {
        ReportFigure(Double(tally.count), withheld: tally.isSmall)
    }

    /// What may be drawn as a bar or a sparkline: nothing when withheld or unknown.
    public var shown: Double? { withheld ? nil : value }

    /// As the screen and the terminal show it: `12`, `2,5`, `45%`, `€ 1.234,50`, `<5`, `×`, `n<5`, `–`.
    public func text(_ t: Strings) -> String {
        if let reason { return reason.mark }
        guard let value else { return "–" }
        let comma = t.language == .nl
        switch unit {
        case .count: return String(Int(value.rounded()))
        case .decimal, .days: return Self.decimal(value, comma: comma)
        case .percent: return String(Int((value * 100).rounded())) + "%"
        case .money:
            // With cents, as the spreadsheet has them: `€ 21.515,30` (English `€ 21,515.30`).
            let euros = Money(cents: Int64(value.rounded())).dutch
            guard !comma else { return euros }
            return String(euros.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
        }
    }

    /// As a Dutch spreadsheet reads it: a decimal comma, cents for money, a percentage as a number, `<5`
    /// when withheld, empty when unknown.
    public var csv: String {
        if let reason { return reason.mark }
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
