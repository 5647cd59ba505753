/// The Dutch working-day calendar: weekends and the national holidays, the movable ones computed from
/// Easter, so waiting times and norms count the days a team actually works.
public struct WorkCalendar: Sendable, Equatable, Codable {
    /// When Bevrijdingsdag (5 May) is a day off.
    public enum LiberationDay: String, CaseIterable, Sendable, Codable {
        /// Every five years (2025, 2030, …), as most collective agreements have it.
        case lustrum
        case everyYear = "every-year"
        case never
    }

    /// The national holidays, in the year's order.
    public enum Holiday: String, CaseIterable, Sendable, Codable {
        case newYear, goodFriday, easter, easterMonday, kingsDay, liberationDay, ascension, whitSunday, whitMonday
        case christmas, boxingDay
    }

    /// Whether Goede Vrijdag is a day off (it is not a national holiday for everyone).
    public var goodFriday: Bool
    public var liberationDay: LiberationDay

    public init(goodFriday: Bool = false, liberationDay: LiberationDay = .lustrum) {
        self.goodFriday = goodFriday
        self.liberationDay = liberationDay
    }

    /// Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).
    public static func easter(_ year: Int) -> Day {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)!
    }

    /// The holiday that falls on `day`, if any.
    public func holiday(_ day: Day) -> Holiday? {
        switch (day.month, day.day) {
        case (1, 1): return .newYear
        case (12, 25): return .christmas
        case (12, 26): return .boxingDay
        case (5, 5):
            switch liberationDay {
            case .everyYear: return .liberationDay
            case .lustrum: if day.year % 5 == 0 { return .liberationDay }
            case .never: break
            }
        case (4, 27):
            if day.weekday != 7 { return .kingsDay }
        case (4, 26):
            // Koningsdag moves to the Saturday when the 27th is a Sunday.
            if day.adding(days: 1).weekday == 7 { return .kingsDay }
        default: break
        }
        switch WorkCalendar.easter(day.year).days(until: day) {
        case -2: return goodFriday ? .goodFriday : nil
        case 0: return .easter
        case 1: return .easterMonday
        case 39: return .ascension
        case 49: return .whitSunday
        case 50: return .whitMonday
        default: return nil
        }
    }

    /// Monday to Friday, not a holiday.
    public func isWorkingDay(_ day: Day) -> Bool { day.weekday <= 5 && holiday(day) == nil }

    /// The working days after `from` up to and including `to`: 0 on the same day or when `to` is earlier.
    public func workingDays(from: Day, to: Day) -> Int {
        guard to > from else { return 0 }
        var count = 0
        var day = from.adding(days: 1)
        while day <= to {
            if isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    /// The day `n` working days after `day`; with `n` 0, `day` itself when it is a working day, else the next one.
    public func adding(workingDays n: Int, to day: Day) -> Day {
        var current = day
        while !isWorkingDay(current) { current = current.adding(days: 1) }
        var left = n
        while left > 0 {
            current = current.adding(days: 1)
            if isWorkingDay(current) { left -= 1 }
        }
        return current
    }
}
