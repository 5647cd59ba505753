import Testing
@testable import WijkDomain

@Suite("The waiting report: working days to the first answer per urgency, and what went over the norm")
struct WaitingReportTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }
    static func request(_ id: String, _ urgency: HelpRequest.Urgency, received: String, answered: String? = nil,
                        status: HelpRequest.Status = .linked) -> HelpRequest {
        let events = answered.map { [HelpRequest.Event(id: id, date: day($0), worker: "w-ab", status: status)] } ?? []
        return HelpRequest(id: id, received: day(received), urgency: urgency, name: "X", question: "Y",
                           status: status, events: events)
    }

    let today = day("2026-11-23")
    let requests = [
        request("a", .regular, received: "2026-11-02", answered: "2026-11-04"),   // 2 wd
        request("b", .regular, received: "2026-11-02", answered: "2026-11-20"),   // 14 wd, 4 over
        request("c", .regular, received: "2026-11-09", answered: "2026-11-10", status: .referred),   // 1 wd
        request("d", .regular, received: "2026-11-10", answered: "2026-11-13", status: .notForTeam),   // 3 wd
        request("e", .urgent, received: "2026-11-16", answered: "2026-11-23"),    // 5 wd, 2 over
        request("f", .urgent, received: "2026-11-16", status: .new),              // open, 5 wd: over
        request("g", .urgent, received: "2026-11-20", status: .inProgress),       // open, 1 wd: within
        request("h", .crisis, received: "2026-11-20", answered: "2026-11-20"),    // 0 wd
        request("i", .regular, received: "2026-11-05", status: .withdrawn),       // apart
        request("j", .regular, received: "2026-10-30", answered: "2026-11-02"),   // before the period
    ]

    @Test("Per urgency: received, answered, median and p90, over the norm, still open, withdrawn; then the total")
    func perUrgency() {
        let report = WaitingReport(requests, norms: TriageNorms(), today: today, from: Self.day("2026-11-01"),
                                   to: Self.day("2026-11-30"))
        let regular = report.rows[2]
        #expect(report.rows.map(\.urgency) == [.crisis, .urgent, .regular, nil])
        #expect(regular.norm == 10 && regular.received == 5 && regular.answered == 4 && regular.withdrawn == 1)
        #expect(regular.median == 2.5 && regular.overNorm == 1 && regular.open == 0)
        #expect(abs(regular.p90! - 10.7) < 1e-9, "1, 2, 3, 14: 3 + 0.7 × 11")
        let urgent = report.rows[1]
        #expect(urgent.received == 3 && urgent.answered == 1 && urgent.open == 2 && urgent.overNorm == 2)
        #expect(urgent.median == 5 && urgent.p90 == 5)
        #expect(report.rows[0].received == 1 && report.rows[0].median == 0 && report.rows[0].overNorm == 0)
        let total = report.rows[3]
        #expect(total.norm == nil && total.received == 9 && total.answered == 6 && total.overNorm == 3 && total.median == 2.5)
    }

    @Test("Without a period every request counts; an empty urgency has no median")
    func unbounded() {
        let report = WaitingReport(requests.filter { $0.urgency != .crisis }, norms: TriageNorms(), today: today)
        #expect(report.rows[2].received == 6)
        #expect(report.rows[0].received == 0 && report.rows[0].median == nil && report.rows[0].p90 == nil)
    }

    @Test("Percentiles interpolate between the nearest ranks, as spreadsheets do")
    func percentiles() {
        #expect(WaitingReport.percentile([], 0.5) == nil)
        #expect(WaitingReport.percentile([7], 0.9) == 7)
        #expect(WaitingReport.percentile([1, 2, 3, 4], 0.5) == 2.5)
        #expect(abs(WaitingReport.percentile(Array(0...9), 0.9)! - 8.1) < 1e-9)
        #expect(WaitingReport.percentile(Array(0...10), 0.9) == 9)
    }
}
