/// A moment in UTC, to the second: when a file was written, when presence was last seen.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }

    public var day: Day { Day(daysSinceEpoch: Int(seconds.floorDiv(86_400))) }

    private var secondOfDay: Int { Int(seconds - seconds.floorDiv(86_400) * 86_400) }

    /// `20261123T101530Z`: the compact form used in file names.
    public var compact: String {
        let s = secondOfDay
        return day.iso.replacingAll("-", with: "") + "T" + Self.two(s / 3600) + Self.two(s / 60 % 60)
            + Self.two(s % 60) + "Z"
    }

    /// `2026-11-23T10:15:30Z`: ISO 8601, for fields.
    public var iso: String {
        let s = secondOfDay
        return day.iso + "T" + Self.two(s / 3600) + ":" + Self.two(s / 60 % 60) + ":" + Self.two(s % 60) + "Z"
    }

    public var description: String { iso }

    /// Reads `2026-11-23T10:15:30Z`.
    public init?(iso text: String) {
        let parts = text.split(separator: "T")
        guard parts.count == 2, let day = Day(iso: parts[0]), parts[1].hasSuffix("Z") else { return nil }
        let clock = parts[1].dropLast().split(separator: ":")
        guard clock.count == 3, let h = Int(clock[0]), let m = Int(clock[1]), let s = Int(clock[2]),
              (0..<24).contains(h), (0..<60).contains(m), (0..<60).contains(s) else { return nil }
        seconds = Int64(day.daysSinceEpoch) * 86_400 + Int64(h * 3600 + m * 60 + s)
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }

    private static func two(_ n: Int) -> String { (n < 10 ? "0" : "") + String(n) }
}

extension Int64 {
    /// Division rounding towards minus infinity (for times before 1970).
    func floorDiv(_ d: Int64) -> Int64 {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
