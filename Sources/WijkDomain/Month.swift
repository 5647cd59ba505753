/// A calendar month: the unit of every trend in the reports.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1–12.
    public let month: Int

    public init(_ day: Day) {
        year = day.year
        month = day.month
    }

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// `2026-11`, as spreadsheets sort it.
    public var iso: String { String(year) + "-" + (month < 10 ? "0" : "") + String(month) }
    public var description: String { iso }

    public var first: Day { Day(year: year, month: month, day: 1)! }
    public var last: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }

    /// The month after this one.
    public var next: Month { month == 12 ? Month(year: year + 1, month: 1)! : Month(year: year, month: month + 1)! }

    /// This month `count` months earlier (or later, when negative).
    public func back(_ count: Int) -> Month {
        let index = year * 12 + (month - 1) - count
        return Month(year: index / 12, month: index % 12 + 1)!
    }

    /// Every month from the one of `from` to the one of `to`, both included; empty when `to` is earlier.
    public static func range(_ from: Day, _ to: Day) -> [Month] {
        var months: [Month] = []
        var month = Month(from)
        let end = Month(to)
        while month <= end {
            months.append(month)
            month = month.next
        }
        return months
    }

    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
