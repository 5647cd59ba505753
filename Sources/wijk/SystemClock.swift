import Foundation
import WijkDomain

/// Reads the wall clock in the local time zone: the one place the app asks for the time.
enum SystemClock {
    static func now() -> LocalTime {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: Date())
        let day = Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? Day(daysSinceEpoch: 0)
        return LocalTime(day: day, hour: parts.hour ?? 0, minute: parts.minute ?? 0,
                         instant: Timestamp(seconds: Int64(Date().timeIntervalSince1970)))
    }
}
