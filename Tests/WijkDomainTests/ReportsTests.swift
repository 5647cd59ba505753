import Testing
@testable import WijkDomain

/// A small team, worked out by hand: period January to June 2026.
enum ReportFixture {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }
    static func money(_ text: String) -> Money { Money(stored: text)! }

    static let period = ReportPeriod(from: day("2026-01-01"), to: day("2026-06-30"))
    static let workers = [
        Worker(id: "w-ab", name: "Anna Bakker", initials: "AB", capacity: 10),
        Worker(id: "w-cd", name: "Cor Dijk", initials: "CD", capacity: 4),
        Worker(id: "w-ad", name: "Beheer", initials: "BH", role: .admin),
        Worker(id: "w-ex", name: "Oud", initials: "EX", active: false),
    ]
    static let resources = [Resource(id: "r-basic", name: "Buurthuis", kind: .basic),
                            Resource(id: "r-maat", name: "Jeugdhulp", kind: .tailored)]

    static func household(_ id: String, _ regisseur: String, start: String?, closed: String? = nil,
                          reason: Household.CloseReason? = nil, satisfaction: Int? = nil) -> Household {
        Household(id: id, name: "Fictief " + id, regisseur: regisseur, status: closed == nil ? .active : .closed,
                  start: start.map(day), closed: closed.map(day), closeReason: reason, satisfaction: satisfaction)
    }

    static func zrm(_ id: String, _ date: String, subject: String = Assessment.householdSubject,
                    _ scores: [LifeDomain: Int]) -> Assessment {
        Assessment(id: id, date: day(date), assessor: "w-ab", subject: subject,
                   scores: scores.mapValues { ZRMScore(rawValue: $0)! })
    }

    static func referral(_ id: String, _ household: String, _ date: String, _ resource: String,
                         _ status: Referral.Status) -> Referral {
        Referral(id: id, household: household, date: day(date), worker: "w-ab", resource: resource, status: status)
    }

    static let dossiers: [Dossier] = [
        Dossier(household: household("h1", "w-ab", start: "2026-01-10"),
                budget: Budget(amount: money("1000.00"), from: day("2026-01-10")),
                expenses: [
                    Expense(id: "e1", date: day("2026-01-20"), amount: money("300.00"), description: "x", domain: .finances),
                    Expense(id: "e2", date: day("2026-02-05"), kind: .commitment, amount: money("200.00"),
                            description: "x", domain: .housing),
                    Expense(id: "e3", date: day("2026-02-10"), amount: money("50.00"), description: "x"),
                    Expense(id: "e4", date: day("2026-02-11"), amount: money("-50.00"), description: "x", reverses: "e3"),
                ],
                assessments: [zrm("a1", "2026-01-12", [.finances: 2, .housing: 3]),
                              zrm("a2", "2026-04-01", [.finances: 4, .housing: 3, .work: 2])],
                referrals: [referral("f1", "h1", "2026-02-01", "r-basic", .completed),
                            referral("f0", "h1", "2025-12-01", "r-basic", .completed)]),
        Dossier(household: household("h2", "w-ab", start: "2025-12-01"),
                budget: Budget(amount: money("100.00")),
                expenses: [
                    Expense(id: "e5", date: day("2025-12-10"), amount: money("80.00"), description: "x", domain: .finances),
                    Expense(id: "e6", date: day("2026-03-01"), amount: money("40.00"), description: "x", domain: .finances),
                ],
                assessments: [zrm("b1", "2025-12-05", subject: "m-1", [.finances: 3]),
                              zrm("b2", "2026-02-01", subject: "m-1", [.finances: 1])],
                referrals: [referral("f2", "h2", "2026-03-01", "r-maat", .started)]),
        Dossier(household: household("h3", "w-cd", start: "2026-01-15", closed: "2026-03-15", reason: .perPlan,
                                     satisfaction: 8),
                assessments: [zrm("c1", "2026-01-20", [.finances: 1])],
                referrals: [referral("f3", "h3", "2026-01-20", "r-gone", .rejected)]),
        Dossier(household: household("h4", "w-cd", start: "2025-11-20", closed: "2026-03-20", reason: .goalsAchieved,
                                     satisfaction: 9),
                assessments: [zrm("d1", "2025-11-25", [.finances: 2]), zrm("d2", "2025-12-20", [.finances: 3])]),
        Dossier(household: household("h5", "w-cd", start: "2026-02-01", closed: "2026-05-02", reason: .moved)),
        Dossier(household: household("h6", "w-cd", start: "2025-06-01", closed: "2025-12-31", reason: .moved,
                                     satisfaction: 2),
                budget: Budget(amount: money("500.00"))),
        Dossier(household: household("h7", "w-gone", start: "2026-02-10")),
    ]
}

@Suite("Reports for the team and the municipality, figures worked out by hand on a small team")
struct ReportsTests {
    typealias F = ReportFixture

    @Test("A period defaults to the twelve months up to today, and lists its months")
    func periodDefaults() {
        let period = ReportPeriod(from: nil, to: nil, today: F.day("2026-12-02"))
        #expect(period.from == F.day("2026-01-01") && period.to == F.day("2026-12-02"))
        #expect(period.months.count == 12 && period.months.first?.iso == "2026-01" && period.months.last?.iso == "2026-12")
        #expect(ReportPeriod(from: nil, to: F.day("2026-02-14"), today: F.day("2026-12-02")).from == F.day("2025-03-01"))
        #expect(Month(F.day("2026-01-31")).back(1).iso == "2025-12" && Month(F.day("2025-12-01")).next.iso == "2026-01")
    }

    @Test("Caseload: open households per worker against capacity, the unassigned apart, started and closed per month")
    func caseload() {
        let report = CaseloadReport(F.dossiers, workers: F.workers, period: F.period)
        #expect(report.rows.map(\.initials) == ["AB", "CD"], "the beheerder without capacity and the former worker left out")
        #expect(report.rows[0].open == 2 && report.rows[0].capacity == 10 && report.rows[0].load == 0.2)
        #expect(report.rows[1].open == 0 && report.rows[1].load == 0)
        #expect(report.open == 3 && report.unassigned == 1)
        #expect(report.months.map(\.started) == [2, 2, 0, 0, 0, 0])
        #expect(report.months.map(\.closed) == [0, 0, 2, 0, 1, 0])
    }

    @Test("Outflow: closed in the period per reason and month, with the median days a case ran")
    func outflow() {
        let report = OutflowReport(F.dossiers, period: F.period)
        let planned = report.rows[0]
        #expect(planned.reason == .perPlan && planned.closed.count == 1 && planned.medianDays == 59)
        #expect(planned.perMonth.map(\.count) == [0, 0, 1, 0, 0, 0])
        let moved = report.rows[4]
        #expect(moved.reason == .moved && moved.closed.count == 1 && moved.medianDays == 90, "h6 closed before the period")
        let unknown = report.rows.last!
        #expect(unknown.reason == nil && unknown.closed.count == 1 && unknown.medianDays == 120,
                "h4 closed with a reason from before the code lists")
        #expect(report.rows.count == Household.CloseReason.standard.count + 1, "the code list, then the unknown; none for merging")
        #expect(!report.rows.contains { $0.reason == .merged })
        #expect(report.total.closed.count == 3 && report.total.medianDays == 90)
    }

    @Test("Satisfaction: the scores at closing in the period, their mean, median and spread, and who gave none")
    func satisfaction() {
        let report = SatisfactionReport(F.dossiers, period: F.period)
        #expect(report.scored.count == 2 && report.unscored.count == 1)
        #expect(report.mean == 8.5 && report.median == 8.5)
        #expect(report.distribution.map(\.count) == [0, 0, 0, 0, 0, 0, 0, 1, 1, 0])
    }

    @Test("ZRM: households scored twice on a domain, the latest in the period; mean first and latest, better and worse")
    func zrm() {
        let report = ZRMReport(F.dossiers, period: F.period)
        let finances = report.rows.first { $0.domain == .finances }!
        #expect(finances.households.households == ["h1", "h2"], "h3 assessed once, h4's latest before the period")
        #expect(finances.meanFirst == 2.5 && finances.meanLatest == 2.5)
        #expect(finances.improved.count == 1 && finances.worse.count == 1 && finances.same.count == 0)
        let housing = report.rows.first { $0.domain == .housing }!
        #expect(housing.households.count == 1 && housing.same.count == 1 && housing.meanFirst == 3)
        #expect(report.rows.first { $0.domain == .work }!.households.count == 0, "work was scored once")
        #expect(report.rows.count == 13)
    }

    @Test("Budget: spent and committed per month and domain, an undone expense left out, budgets and who went over")
    func budget() {
        let report = BudgetReport(F.dossiers, period: F.period)
        #expect(report.perMonth.map(\.spent.count) == [30000, 0, 4000, 0, 0, 0])
        #expect(report.perMonth.map(\.committed.count) == [0, 20000, 0, 0, 0, 0])
        #expect(report.perDomain.map(\.domain) == [.finances, .housing], "the expense taken back has no row")
        #expect(report.perDomain[0].row.spent.count == 34000 && report.perDomain[0].row.households == ["h1", "h2"])
        #expect(report.total.spent.count == 34000 && report.total.committed.count == 20000)
        #expect(report.budgeted.households == ["h1", "h2"], "h6's case ended before the period")
        #expect(report.budgets == 110000 && report.used == 62000, "h2's December expense counts against its budget")
        #expect(report.overBudget.households == ["h2"])
    }

    @Test("Resources: referrals made in the period per kind, with how they stand; low-threshold against maatwerk")
    func resources() {
        let report = ReferralReport(F.dossiers, resources: F.resources, period: F.period)
        #expect(report.rows.map(\.kind) == Resource.Kind.allCases + [nil], "a row for the resource no longer known")
        #expect(report.rows[0].referrals.count == 1 && report.rows[0].completed.count == 1)
        #expect(report.rows[4].kind == .tailored && report.rows[4].open.count == 1)
        #expect(report.rows[5].rejected.count == 1)
        #expect(report.total.referrals.count == 3 && report.lowThreshold.count == 1 && report.tailored.count == 1)
    }

    @Test("A request the inbox referred straight to a resource counts as a referral of that kind, in no outcome")
    func resourcesFromTheInbox() {
        let referred = HelpRequest(id: "r-1", received: F.period.from, name: "Fictief", question: "?", status: .referred,
                                   resource: "r-basic",
                                   events: [HelpRequest.Event(id: "e", date: F.period.from, worker: "w-1", status: .referred)])
        let elsewhere = HelpRequest(id: "r-2", received: F.period.from, name: "Fictief", question: "?", status: .new)
        let report = ReferralReport(F.dossiers, resources: F.resources, period: F.period, requests: [referred, elsewhere])
        let without = ReferralReport(F.dossiers, resources: F.resources, period: F.period)
        #expect(report.rows[0].referrals.count == without.rows[0].referrals.count + 1)
        #expect(report.rows[0].completed == without.rows[0].completed && report.rows[0].open == without.rows[0].open)
        #expect(report.total.referrals.count == without.total.referrals.count + 1)
        #expect(report.lowThreshold.count == without.lowThreshold.count + 1)
    }

    @Test("Small numbers: one to four households are withheld, nought is shown, and a lone withheld cell takes another")
    func smallNumbers() {
        #expect(!SmallNumbers.withholds(0) && SmallNumbers.withholds(1) && SmallNumbers.withholds(4))
        #expect(!SmallNumbers.withholds(5))
        #expect(SmallNumbers.withheld([12, 3, 7]) == [false, true, true], "3 = total − 12 − 7 otherwise")
        #expect(SmallNumbers.withheld([12, 0, 7]) == [false, false, false])
        #expect(SmallNumbers.withheld([2, 3, 9]) == [true, true, false])
        #expect(SmallNumbers.withheld([6, 0, 4]) == [true, false, true])
        #expect(SmallNumbers.withheld([3]) == [true])
        #expect(Tally(count: 9000, households: ["a", "b"]).isSmall, "money of two households is withheld whatever the sum")
    }
}
