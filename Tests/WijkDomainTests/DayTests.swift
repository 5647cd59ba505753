import Testing
@testable import WijkDomain

@Suite("Calendar days")
struct DayTests {
    @Test("An ISO date reads and writes back unchanged")
    func isoRoundTrip() {
        let day = Day(iso: "2026-11-23")
        #expect(day?.iso == "2026-11-23")
        #expect(day?.dutch == "23-11-2026")
        #expect(Day(year: 7, month: 1, day: 5)?.iso == "0007-01-05" && Day(year: 7, month: 1, day: 5)?.dutch == "05-01-0007")
        #expect(Day(year: 9999, month: 12, day: 31)?.dutch == "31-12-9999")
    }

    @Test("Impossible dates are refused", arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31",
                                                      "26-11-2026", "2026-1-1", "2026/11/23", "", "abcd-ef-gh"])
    func impossibleDates(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("29 February exists in leap years only")
    func leapYears() {
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
    }

    @Test("A Dutch user may type d-m-jjjj with dashes, slashes or dots")
    func dutchInput() {
        #expect(Day(dutch: "1-3-2026") == Day(year: 2026, month: 3, day: 1))
        #expect(Day(dutch: "01/03/2026") == Day(year: 2026, month: 3, day: 1))
        #expect(Day(dutch: "23.11.2026") == Day(year: 2026, month: 11, day: 23))
        #expect(Day(dutch: "2026-11-23") == nil)
        #expect(Day(dutch: "31-2-2026") == nil)
    }

    @Test("Day counts and dates convert both ways across centuries")
    func dayCounts() {
        #expect(Day(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
        #expect(Day(year: 2026, month: 11, day: 23)!.daysSinceEpoch == 20_780)
        for count in stride(from: -50_000, through: 50_000, by: 37) {
            #expect(Day(daysSinceEpoch: count).daysSinceEpoch == count)
        }
    }

    @Test("Adding days crosses months and years")
    func adding() {
        let day = Day(year: 2026, month: 12, day: 20)!
        #expect(day.adding(days: 12) == Day(year: 2027, month: 1, day: 1))
        #expect(day.adding(days: -20) == Day(year: 2026, month: 11, day: 30))
        #expect(day.days(until: Day(year: 2027, month: 1, day: 19)!) == 30)
    }

    @Test("23 November 2026 is a Monday")
    func weekday() {
        #expect(Day(year: 2026, month: 11, day: 23)!.weekday == 1)
        #expect(Day(year: 2026, month: 11, day: 29)!.weekday == 7)
    }

    @Test("Age counts whole years and turns on the birthday")
    func age() {
        let born = Day(year: 1985, month: 11, day: 23)!
        #expect(born.age(on: Day(year: 2026, month: 11, day: 22)!) == 40)
        #expect(born.age(on: Day(year: 2026, month: 11, day: 23)!) == 41)
        let leapling = Day(year: 2000, month: 2, day: 29)!
        #expect(leapling.age(on: Day(year: 2026, month: 2, day: 28)!) == 25)
        #expect(leapling.age(on: Day(year: 2026, month: 3, day: 1)!) == 26)
        #expect(Day(year: 2026, month: 11, day: 1)!.age(on: Day(year: 2026, month: 11, day: 23)!) == 0)
    }
}
