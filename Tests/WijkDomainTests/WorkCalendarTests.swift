import Testing
import WijkDomain

@Suite("Working days: weekends and the Dutch national holidays")
struct WorkCalendarTests {
    let calendar = WorkCalendar()
    func day(_ iso: String) -> Day { Day(iso: iso)! }

    @Test("Easter is computed for any year", arguments: [
        (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"), (2038, "2038-04-25"), (2019, "2019-04-21"),
        (2000, "2000-04-23"), (1818, "1818-03-22"),
    ])
    func easter(year: Int, iso: String) {
        #expect(WorkCalendar.easter(year) == day(iso))
    }

    @Test("The movable holidays follow Easter; Goede Vrijdag only when the team has it off")
    func movable() {
        #expect(calendar.holiday(day("2026-04-06")) == .easterMonday)
        #expect(calendar.holiday(day("2026-05-14")) == .ascension)
        #expect(calendar.holiday(day("2026-05-25")) == .whitMonday)
        #expect(calendar.holiday(day("2026-04-03")) == nil)
        #expect(WorkCalendar(goodFriday: true).holiday(day("2026-04-03")) == .goodFriday)
        #expect(calendar.holiday(day("2038-06-14")) == .whitMonday)
    }

    @Test("Koningsdag moves to the 26th when the 27th is a Sunday; Bevrijdingsdag in lustrum years or every year")
    func fixedDays() {
        #expect(calendar.holiday(day("2025-04-26")) == .kingsDay, "27 April 2025 was a Sunday")
        #expect(calendar.holiday(day("2025-04-27")) == nil)
        #expect(calendar.holiday(day("2026-04-27")) == .kingsDay)
        #expect(calendar.holiday(day("2026-04-26")) == nil)
        #expect(calendar.holiday(day("2025-05-05")) == .liberationDay)
        #expect(calendar.holiday(day("2026-05-05")) == nil)
        #expect(WorkCalendar(liberationDay: .everyYear).holiday(day("2026-05-05")) == .liberationDay)
        #expect(calendar.holiday(day("2026-12-26")) == .boxingDay && calendar.holiday(day("2027-01-01")) == .newYear)
    }

    @Test("Counting working days skips weekends and holidays; adding them lands on a working day")
    func counting() {
        // Friday 20 November 2026 to Monday 23 November: one working day.
        #expect(calendar.workingDays(from: day("2026-11-20"), to: day("2026-11-23")) == 1)
        #expect(calendar.workingDays(from: day("2026-11-23"), to: day("2026-11-23")) == 0)
        #expect(calendar.workingDays(from: day("2026-11-23"), to: day("2026-11-20")) == 0)
        // Over Christmas and New Year: 24 Dec (Thu) to 4 Jan (Mon) has 28, 29, 30, 31 Dec and 4 Jan.
        #expect(calendar.workingDays(from: day("2026-12-24"), to: day("2027-01-04")) == 5)
        // Easter 2026: Thursday 2 April + 1 working day is Friday 3 April; + 2 skips the weekend and Easter Monday.
        #expect(calendar.adding(workingDays: 1, to: day("2026-04-02")) == day("2026-04-03"))
        #expect(calendar.adding(workingDays: 2, to: day("2026-04-02")) == day("2026-04-07"))
        #expect(calendar.adding(workingDays: 0, to: day("2026-11-21")) == day("2026-11-23"), "a Saturday starts on Monday")
        #expect(calendar.adding(workingDays: 3, to: day("2027-04-23")) == day("2027-04-29"), "Koningsdag 2027 is a Tuesday")
    }
}
