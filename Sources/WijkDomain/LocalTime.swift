/// A moment as people on the team read it: a day and the time on the wall clock.
///
/// The caller reads the clock and passes this in, so every rule and every
/// screen can be tested at any moment.
public struct LocalTime: Sendable, Equatable, Comparable {
    public var day: Day
    public var hour: Int
    public var minute: Int
    /// The same moment in UTC, for comparing with times other workstations wrote.
    public var instant: Timestamp

    /// `instant` defaults to the wall-clock time read as UTC (for tests at a fixed moment).
    public init(day: Day, hour: Int = 0, minute: Int = 0, instant: Timestamp? = nil) {
        self.day = day
        self.hour = hour
        self.minute = minute
        self.instant = instant ?? Timestamp(seconds: Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60))
    }

    /// `10:05`
    public var clock: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// `instant` on this wall clock, with the offset from UTC it has now (a summer time change in between is
    /// not minded: this is for saying when something was done, to the minute).
    public func local(_ instant: Timestamp) -> LocalTime {
        let wall = Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60)
        // The wall clock here has no seconds: the offset is rounded to the quarter hour every time zone keeps.
        let offset = ((wall - self.instant.seconds) + (wall >= self.instant.seconds ? 450 : -450)) / 900 * 900
        let seconds = instant.seconds + offset
        let minutes = Int(seconds.floorDiv(60))
        let days = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440
        let rest = minutes - days * 1440
        return LocalTime(day: Day(daysSinceEpoch: days), hour: rest / 60, minute: rest % 60, instant: instant)
    }

    public static func < (a: LocalTime, b: LocalTime) -> Bool {
        (a.day, a.hour, a.minute) < (b.day, b.hour, b.minute)
    }
}
