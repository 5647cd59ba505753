import Testing
import WijkDomain
@testable import WijkStore

@Suite("A request for help from outside the screen is checked field by field before anything is written")
struct RequestIntakeTests {
    let now = LocalTime(day: Day(iso: "2026-11-23")!, hour: 9, minute: 30)
    let team = [Worker(id: "w-ab", name: "Anouk Bakker", initials: "AB", role: .coordinator),
                Worker(id: "w-old", name: "Oud Lid", initials: "OL", role: .worker, active: false)]

    func record(_ text: String) throws -> Record { try RequestIntake.record(in: text, path: "stdin") }

    func refusal(_ text: String) throws -> [String] {
        do {
            _ = try RequestIntake.request(from: record(text), path: "stdin", id: "r-1", team: team, now: now)
            return []
        } catch let refusal as RequestIntake.Refusal {
            return refusal.problems.map { "\($0.line) \($0.kind.field ?? "-")" }
        }
    }

    @Test("A good record becomes a new request: taken in now, the postcode tidied, Dutch words for channel and urgency")
    func accepted() throws {
        let request = try RequestIntake.request(from: record("""
            Name: Familie Bosma
            Channel: huisarts
            Urgency: regulier
            Street: Kerkstraat 3
            Postcode: 9791bc
            Question: Geen geld voor de boodschappen.
            + Vraagt om hulp bij de post.
            Domain: Finances
            TakenBy: w-ab
            """), path: "stdin", id: "r-1", team: team, now: now)
        #expect(request.id == "r-1" && request.status == .new && request.channel == .gp && request.urgency == .regular)
        #expect(request.received == now.day && request.time == "09:30" && request.postcode == "9791 BC")
        #expect(request.question == "Geen geld voor de boodschappen.\nVraagt om hulp bij de post.")
        #expect(request.events == [HelpRequest.Event(id: "r-1", date: now.day, time: "09:30", worker: "w-ab", status: .new)])
    }

    @Test("Received on an earlier day keeps its own time, and none when none was given")
    func earlierDay() throws {
        let request = try RequestIntake.request(from: record("Name: X\nQuestion: Y\nTakenBy: w-ab\nReceived: 2026-11-20\n"),
                                                path: "stdin", id: "r-1", team: team, now: now)
        #expect(request.received == Day(iso: "2026-11-20") && request.time == "")
    }

    @Test("Every problem is named at once with its line: missing, malformed, unknown, not ours to set, in the future")
    func refused() throws {
        #expect(try refusal("""
            Name:
            Urgency: soon
            Postcode: 97 AB
            BSN: 123456789
            Time: 25:00
            Received: 2026-12-01
            Status: linked
            Naam: typo
            TakenBy: w-xx
            """) == ["1 Name", "1 Question", "2 Urgency", "3 Postcode", "4 BSN", "5 Time", "6 Received", "7 Status",
                     "8 Naam", "9 TakenBy"])
    }

    @Test("Who took it in must be on the team and still working there")
    func takenBy() throws {
        #expect(try refusal("Name: X\nQuestion: Y\n") == ["1 TakenBy"])
        #expect(try refusal("Name: X\nQuestion: Y\nTakenBy: w-old\n") == ["3 TakenBy"])
    }

    @Test("A control character in a value is refused, not stored")
    func control() throws {
        #expect(try refusal("Name: X\u{1B}[2J\nQuestion: Y\nTakenBy: w-ab\n") == ["1 Name"])
    }

    @Test("Input that is not one request record is refused with its line")
    func notOneRecord() throws {
        #expect(throws: RequestIntake.Refusal.self) { try record("") }
        #expect(throws: RequestIntake.Refusal(problems: [StoreProblem(path: "stdin", line: 4, kind: .oneRecordExpected(found: 2))])) {
            try record("Name: A\nQuestion: B\n\nName: C\nQuestion: D\n")
        }
        #expect(throws: RequestIntake.Refusal(problems: [StoreProblem(path: "stdin", line: 1, kind: .expectedField)])) {
            try record("geen veld\n")
        }
    }

    @Test("Clock times have two digits each and stay within the day")
    func clock() {
        #expect(RequestIntake.isClockTime("09:25") && RequestIntake.isClockTime("23:59"))
        #expect(!RequestIntake.isClockTime("9:25") && !RequestIntake.isClockTime("24:00") && !RequestIntake.isClockTime("09:60")
                && !RequestIntake.isClockTime("٠٩:٢٥") && !RequestIntake.isClockTime("0925"))
    }
}
