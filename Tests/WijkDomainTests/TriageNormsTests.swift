import Testing
import WijkDomain

@Suite("The waiting clock: working days against the team's norms")
struct TriageNormsTests {
    let norms = TriageNorms()
    func day(_ iso: String) -> Day { Day(iso: iso)! }
    func request(_ received: String, _ urgency: HelpRequest.Urgency, events: [HelpRequest.Event] = []) -> HelpRequest {
        HelpRequest(id: "r", received: day(received), urgency: urgency, name: "X", question: "?", events: events)
    }

    @Test("Crisis the same working day, urgent within 3, regular within 10; a weekend does not count")
    func byUrgency() {
        // Monday 23 November 2026.
        let today = day("2026-11-23")
        let crisis = self.norms.waiting(request("2026-11-23", .crisis), today: today)
        #expect(crisis.days == 0 && crisis.due == today && !crisis.isOver)
        let lateCrisis = self.norms.waiting(request("2026-11-20", .crisis), today: today)
        #expect(lateCrisis.overBy == 1, "Friday's crisis is one working day over on Monday")
        let urgent = self.norms.waiting(request("2026-11-18", .urgent), today: today)
        #expect(urgent.days == 3 && urgent.due == today && !urgent.isOver)
        let late = self.norms.waiting(request("2026-11-16", .urgent), today: today)
        #expect(late.days == 5 && late.due == day("2026-11-19") && late.overBy == 2)
        let regular = self.norms.waiting(request("2026-11-05", .regular), today: today)
        #expect(regular.due == day("2026-11-19") && regular.overBy == 2)
        let saturday = self.norms.waiting(request("2026-11-21", .crisis), today: today)
        #expect(saturday.due == today && !saturday.isOver, "a crisis on Saturday is due on Monday")
    }

    @Test("The clock stops at the first step that assigns a regisseur, refers or says not for the team")
    func clockStops() {
        let events = [
            HelpRequest.Event(id: "1", date: day("2026-11-17"), worker: "w-ab", status: .inProgress),
            HelpRequest.Event(id: "2", date: day("2026-11-19"), worker: "w-ab", status: .linked, regisseur: "w-ev"),
            HelpRequest.Event(id: "3", date: day("2026-11-23"), worker: "w-ab", status: .withdrawn),
        ]
        let waiting = norms.waiting(request("2026-11-16", .urgent, events: events), today: day("2026-12-01"))
        #expect(waiting.isAnswered && waiting.days == 3 && !waiting.isOver)
        let referred = norms.waiting(request("2026-11-02", .regular, events: [
            HelpRequest.Event(id: "1", date: day("2026-11-20"), worker: "w-ab", status: .referred),
        ]), today: day("2026-12-01"))
        #expect(referred.days == 14 && referred.overBy == 4)
    }

    @Test("Norms follow the team's settings: other numbers and Goede Vrijdag off")
    func settings() {
        let strict = TriageNorms(crisis: 0, urgent: 1, regular: 5, calendar: WorkCalendar(goodFriday: true))
        // Thursday 2 April 2026; Goede Vrijdag, the weekend and Paasmaandag do not count.
        let urgent = strict.waiting(request("2026-04-02", .urgent), today: day("2026-04-07"))
        #expect(urgent.due == day("2026-04-07") && !urgent.isOver)
        #expect(strict.days(for: .regular) == 5)
    }
}
