import Testing
@testable import WijkDomain

@Suite("Retention periods")
struct RetentionPolicyTests {
    func day(_ iso: String) -> Day { Day(iso: iso)! }

    func closed(_ id: String = "h-1", start: String? = "2020-03-01", closed: String = "2022-06-30",
                born: [String]) -> Dossier {
        Dossier(household: Household(id: id, name: "De Vries", regisseur: "w-ab", status: .closed,
                                     start: start.map(day), closed: day(closed)),
                members: born.enumerated().map { Member(id: "m-\($0.offset + 1)", name: "Lid", born: day($0.element)) })
    }

    @Test("An adult household is kept 15 years after closing (Wmo)")
    func wmo() {
        let d = closed(born: ["1970-01-01", "1972-05-05"])
        #expect(RetentionPolicy().law(of: d) == .wmo)
        #expect(RetentionPolicy().endDate(of: d) == day("2037-06-30"))
    }

    @Test("A member who was 17 when the case started brings the Jeugdwet: 20 years")
    func youth() {
        let d = closed(start: "2020-03-01", born: ["1975-01-01", "2002-06-01"])
        #expect(RetentionPolicy().law(of: d) == .youth)
        #expect(RetentionPolicy().endDate(of: d) == day("2042-06-30"))
    }

    @Test("A member who turned 18 the day before the case started does not: Wmo")
    func turnedEighteenBefore() {
        let d = closed(start: "2020-03-01", born: ["2002-02-28"])
        #expect(RetentionPolicy().law(of: d) == .wmo)
        let birthdayOnFirstDay = closed(start: "2020-03-01", born: ["2002-03-01"])
        #expect(RetentionPolicy().law(of: birthdayOnFirstDay) == .wmo)
        let dayAfter = closed(start: "2020-03-01", born: ["2002-03-02"])
        #expect(RetentionPolicy().law(of: dayAfter) == .youth)
    }

    @Test("Without a start date the case begins at its first journal entry")
    func firstEntry() {
        var d = closed(start: nil, born: ["2003-01-10"])
        d = Dossier(household: d.household, members: d.members,
                    journal: [JournalEntry(id: "j1", date: day("2020-01-15"), kind: .phone, author: "w-ab", text: "x"),
                              JournalEntry(id: "j2", date: day("2021-03-01"), kind: .phone, author: "w-ab", text: "y")])
        #expect(RetentionPolicy().law(of: d) == .youth, "17 on 15-01-2020")
        let later = Dossier(household: d.household, members: d.members, journal: [d.journal[1]])
        #expect(RetentionPolicy().law(of: later) == .wmo, "18 on 01-03-2021")
    }

    @Test("Closed on 29 February: the period ends on 28 February of a year without one")
    func leapDay() {
        let d = closed(start: "2019-01-01", closed: "2024-02-29", born: ["1960-01-01"])
        #expect(RetentionPolicy().endDate(of: d) == day("2039-02-28"))
        #expect(day("2024-02-29").adding(years: 4) == day("2028-02-29"))
        #expect(day("2024-02-29").adding(years: 15) == day("2039-02-28"))
    }

    @Test("An open household has no end date and is never due")
    func open() {
        var d = closed(born: ["1970-01-01"])
        d.household.status = .active
        d.household.closed = nil
        #expect(RetentionPolicy().endDate(of: d) == nil)
        #expect(RetentionPolicy().due([d], on: day("2099-01-01")).isEmpty)
    }

    @Test("Due: closed and past the end date, the earliest end first; the team's own periods count")
    func due() {
        let a = closed("h-a", closed: "2005-01-10", born: ["1950-01-01"])
        let b = closed("h-b", closed: "2004-05-01", born: ["1950-01-01"])
        let young = closed("h-c", start: "2003-01-01", closed: "2004-01-01", born: ["1995-01-01"])
        let recent = closed("h-d", closed: "2015-01-01", born: ["1950-01-01"])
        let ids = RetentionPolicy().due([a, b, young, recent], on: day("2020-01-10")).map(\.id)
        #expect(ids == ["h-b", "h-a"], "h-c is Jeugdwet, kept until 2024")
        #expect(RetentionPolicy().due([a], on: day("2020-01-09")).isEmpty, "the end date itself counts, the day before not")
        let shorter = RetentionPolicy(wmoYears: 5, youthYears: 8)
        #expect(shorter.due([a, b, young, recent], on: day("2020-01-10")).map(\.id) == ["h-b", "h-a", "h-c", "h-d"])
    }

    @Test("A closed household without its Closed date ends on the last day anything was written in it")
    func closedWithoutDate() {
        let d = Dossier(household: Household(id: "h-1", name: "X", regisseur: "w-ab", status: .closed,
                                             start: day("2010-01-01")),
                        journal: [JournalEntry(id: "j", date: day("2011-05-04"), kind: .note, author: "w-ab", text: "")])
        #expect(RetentionPolicy.closingDay(of: d) == day("2011-05-04"))
        #expect(RetentionPolicy().endDate(of: d) == day("2026-05-04"))
    }
}
