import Testing
@testable import WijkDomain

@Suite("Outcomes and the wijkbeeld, worked out by hand on the small team of the report tests")
struct OutcomesAndWijkbeeldTests {
    typealias F = ReportFixture

    /// The fixture with what only these reports read: an answer at closing, goals, addresses, requests.
    static var dossiers: [Dossier] {
        F.dossiers.map { dossier in
            var dossier = dossier
            switch dossier.id {
            case "h3":
                dossier.household.selfReliant = true
                dossier.goals = [Goal(id: "g-1", domain: .finances, text: "x", status: .achieved),
                                 Goal(id: "g-2", domain: .housing, text: "x")]
                dossier.household.postcode = "9791 AB"
                dossier.household.city = "Ten Boer"
            case "h5":
                dossier.household.selfReliant = false
                dossier.goals = [Goal(id: "g-1", domain: .finances, text: "x", status: .stopped),
                                 Goal(id: "g-2", domain: .finances, text: "x", status: .achieved),
                                 Goal(id: "g-3", domain: .finances, text: "x")]
            case "h1", "h2":
                dossier.household.postcode = "9791 CD"
                dossier.household.city = dossier.id == "h1" ? "Ten Boer" : "Ten  Boer "
            default: break
            }
            return dossier
        }
    }

    static let requests = [
        HelpRequest(id: "q-1", received: F.day("2026-02-03"), channel: .gp, name: "x", postcode: "9791 XY", question: "x"),
        HelpRequest(id: "q-2", received: F.day("2026-03-04"), channel: .phone, name: "x", question: "x", household: "h1"),
        HelpRequest(id: "q-3", received: F.day("2026-04-05"), channel: .other, name: "x", postcode: "9792 AA",
                    city: "Ten Post", question: "x", status: .referred, resource: "r-basic",
                    events: [.init(id: "e-1", date: F.day("2026-04-06"), worker: "w-ab", status: .referred)]),
        HelpRequest(id: "q-4", received: F.day("2026-09-01"), channel: .school, name: "x", question: "x", household: "h5"),
    ]

    @Test("Each indicator is yes, no or unknown per household closed in the period; a new request within the year is a new start")
    func indicators() {
        let report = OutcomesReport(Self.dossiers, requests: Self.requests, period: F.period, today: F.day("2027-06-01"))
        #expect(report.closed.households == ["h3", "h4", "h5"], "h6 closed before the period")
        func answers(_ i: OutcomesReport.Indicator) -> [Set<String>] {
            let row = report.rows.first { $0.indicator == i }!
            return [row.yes.households, row.no.households, row.unknown.households]
        }
        #expect(answers(.selfReliant) == [["h3"], ["h5"], ["h4"]], "h4 closed before the question was asked")
        #expect(answers(.noNewStart) == [["h3", "h4"], ["h5"], []], "q-4 came for h5 four months after closing")
        #expect(answers(.problemsReduced) == [["h4"], [], ["h3", "h5"]], "h4 went from 2 to 3; h3 was scored once")
        #expect(answers(.goalsMet) == [["h3"], ["h5"], ["h4"]], "one of two is half; one of three is not")
        let early = OutcomesReport(Self.dossiers, requests: Self.requests, period: F.period, today: F.day("2026-12-01"))
        #expect(early.rows[1].unknown.households == ["h3", "h4"], "before the year is over it is not known")
    }

    @Test("Who referred is the request's channel in iJw's COD327: GP 02, the household itself 06, a partner the municipality 01")
    func referrers() {
        let report = OutcomesReport(Self.dossiers, requests: Self.requests, period: F.period, today: F.day("2027-06-01"))
        let counts = Dictionary(uniqueKeysWithValues: report.referrers.map { ($0.referrer?.rawValue ?? "?", $0.requests.count) })
        #expect(counts == ["01": 0, "02": 1, "03": 0, "04": 0, "05": 0, "06": 1, "08": 0, "?": 1], "q-4 is after the period")
        #expect(report.requests.count == 3)
        #expect(OutcomesReport.Referrer(.school) == .municipality && OutcomesReport.Referrer(.walkIn) == .selfReferral)
    }

    @Test("The wijkbeeld counts per postcode area households, requests by their own address, referrals and low ZRM scores")
    func wijkbeeld() {
        let report = WijkbeeldReport(Self.dossiers, requests: Self.requests, resources: F.resources, period: F.period)
        #expect(report.areas.map(\.postcode) == ["9791", "9792", ""], "by postcode, the addresses without one last")
        let tenBoer = report.areas[0]
        #expect(tenBoer.place == "Ten Boer", "the place most addresses name, spaces trimmed")
        #expect(tenBoer.households.households == ["h1", "h2", "h3"])
        #expect(tenBoer.requests.count == 2, "q-1 by its own postcode, q-2 by its household's")
        #expect(tenBoer.perMonth.map(\.count) == [0, 1, 1, 0, 0, 0])
        #expect(tenBoer.lowThreshold.households == ["h1"] && tenBoer.tailored.households == ["h2"],
                "h3's referral is to a resource no longer known; h1's December one is before the period")
        #expect(tenBoer.domains.map(\.domain) == [.finances, .work], "h2's member at 1 and h3 at 1; h1 at 2 on work")
        #expect(tenBoer.domains[0].households.households == ["h2", "h3"])
        #expect(tenBoer.domains[0].perMonth.map { $0.households.count } == [1, 2, 2, 2, 2, 2],
                "h3 scored 1 in January; h2's member went to 1 in February; h1's April score is work")
        let tenPost = report.areas[1]
        #expect(tenPost.households.count == 0 && tenPost.requests.count == 1 && tenPost.lowThreshold.count == 1,
                "a request referred from the inbox counts in its own area")
        #expect(report.areas[2].households.households == ["h4", "h5", "h7"], "h6 closed before the period")
    }

    @Test("A postcode area is the four digits, however the postcode was typed")
    func postcodeArea() {
        #expect(Postcode.area("9791 AB") == "9791" && Postcode.area("9791ab") == "9791" && Postcode.area(" 9791") == "9791")
        #expect(Postcode.area("") == nil && Postcode.area("0791 AB") == nil && Postcode.area("97A1") == nil)
    }
}
