/// A calendar day without time or time zone: birth dates, contact dates, due dates.
///
/// Kept as year, month and day so that it reads and stores as ISO
/// `yyyy-mm-dd` without any clock or calendar service; arithmetic goes
/// through a day count (days since 1970-01-01, proleptic Gregorian).
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Makes a day when year, month and day form a real date (years 1–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the stored form `yyyy-mm-dd` (exactly ten characters).
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = Day.number(bytes[0..<4]), let m = Day.number(bytes[5..<7]),
              let d = Day.number(bytes[8..<10]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses what a Dutch user types: `dd-mm-jjjj`, also with `/` or `.`
    /// and one-digit day or month (`1-3-2026`).
    public init?(dutch text: some StringProtocol) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
              (1...2).contains(parts[1].count),
              let d = Day.number(Array(parts[0].utf8)[...]),
              let m = Day.number(Array(parts[1].utf8)[...]),
              let y = Day.number(Array(parts[2].utf8)[...]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day `count` days after 1970-01-01 (negative: before).
    public init(daysSinceEpoch count: Int) {
        // Howard Hinnant's civil_from_days.
        let z = count + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The stored form, `yyyy-mm-dd`.
    public var iso: String { Day.joined((year, 4), (month, 2), (day, 2)) }

    /// The shown form, `dd-mm-jjjj`.
    public var dutch: String { Day.joined((day, 2), (month, 2), (year, 4)) }

    public var description: String { iso }

    /// Day of the week, 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int {
        let w = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

    /// The same day `count` years later (earlier when negative); 29 February becomes 28 February in a year
    /// without it, so a period of years never ends in the next month. Nil outside years 1–9999.
    public func adding(years count: Int) -> Day? {
        let target = year + count
        guard (1...9999).contains(target) else { return nil }
        return Day(year: target, month: month, day: min(day, Day.daysIn(month: month, year: target)))
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// Age in whole years on `day` of someone born on `self`; a 29 February
    /// birthday counts on 1 March in other years.
    public func age(on day: Day) -> Int {
        var years = day.year - year
        if (day.month, day.day) < (month, self.day) { years -= 1 }
        return max(0, years)
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for b in bytes {
            guard b >= 48, b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return bytes.isEmpty ? nil : value
    }

    /// The numbers zero-padded to their widths, joined by `-`, written straight into the string's ten bytes:
    /// every row of the caseload and many of the plan show a date, every frame.
    private static func joined(_ a: (Int, Int), _ b: (Int, Int), _ c: (Int, Int)) -> String {
        String(unsafeUninitializedCapacity: a.1 + b.1 + c.1 + 2) { buffer in
            var at = 0
            func put(_ part: (value: Int, width: Int)) {
                var rest = part.value
                for i in stride(from: part.width - 1, through: 0, by: -1) {
                    buffer[at + i] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                at += part.width
            }
            put(a)
            buffer[at] = UInt8(ascii: "-")
            at += 1
            put(b)
            buffer[at] = UInt8(ascii: "-")
            at += 1
            put(c)
            return at
        }
    }

}
