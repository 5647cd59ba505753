import Testing
import WijkDomain

@Suite("The team meeting: the agenda, the timers, what the projector shows")
struct MeetingTests {
    static let today = Day(iso: "2026-11-23")!
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func household(_ id: String, _ name: String = "De Vries", crisis: Bool = false, evaluation: String? = nil,
                          question: String? = nil, start: String = "2026-01-05") -> Household {
        Household(id: id, name: name, street: "Stationsweg 12", city: "Ten Boer", regisseur: "w-ab", status: .active,
                  start: day(start), evaluation: evaluation.map(day), crisis: crisis,
                  meetingQuestion: question.map { Household.MeetingQuestion(text: $0, by: "w-mk", since: day("2026-11-20")) })
    }

    static func contact(_ date: String) -> JournalEntry {
        JournalEntry(id: "j-" + date, date: day(date), kind: .homevisit, author: "w-ab", text: "Bezoek")
    }

    static func assessment(_ id: String, _ date: String, _ finances: ZRMScore) -> Assessment {
        Assessment(id: id, date: day(date), assessor: "w-ab", scores: [.finances: finances, .network: .limitedSelfReliant])
    }

    /// One household for each kind of item, and one with nothing for the team.
    static let dossiers = [
        Dossier(household: household("h-quiet"), journal: [contact("2026-11-18")],
                assessments: [assessment("z1", "2026-03-01", .notSelfReliant), assessment("z2", "2026-10-01", .limitedSelfReliant)]),
        Dossier(household: household("h-crisis", crisis: true), journal: [contact("2026-11-20")]),
        Dossier(household: household("h-question", question: "Moeten we Veilig Thuis inschakelen?"), journal: [contact("2026-11-20")]),
        Dossier(household: household("h-evaluation", evaluation: "2026-11-01"), journal: [contact("2026-11-20")]),
        Dossier(household: household("h-silent"), journal: [contact("2026-10-01")]),
        Dossier(household: household("h-stuck"), actions: [Action(id: "a-1", text: "Bellen", due: day("2026-11-10"))],
                journal: [contact("2026-11-20")],
                assessments: [assessment("z3", "2026-04-01", .limitedSelfReliant), assessment("z4", "2026-11-01", .notSelfReliant)],
                referrals: [Referral(id: "f-1", household: "h-stuck", date: day("2026-10-01"), worker: "w-ab", resource: "r-deel",
                                     steps: [Referral.Step(id: "s", date: day("2026-10-01"), worker: "w-ab", status: .proposed)])]),
        Dossier(household: Household(id: "h-closed", name: "Dicht", regisseur: "w-ab", status: .closed, crisis: true)),
    ]

    static let requests = [
        HelpRequest(id: "r-new", received: day("2026-11-20"), name: "Fam. Bosma", question: "Geld"),
        HelpRequest(id: "r-done", received: day("2026-11-10"), name: "Klaar", question: "x", status: .referred),
    ]

    @Test("Each kind of item is found, with why; a household with several reasons is on the agenda once")
    func agenda() {
        let items = Meeting.propose(dossiers: Self.dossiers, requests: Self.requests, previous: nil, today: Self.today)
        #expect(items.map(\.subject.code) == ["household:h-crisis", "request:r-new", "household:h-question",
                                              "household:h-evaluation", "household:h-stuck", "household:h-silent"])
        let stuck = items.first { $0.subject == .household("h-stuck") }!
        #expect(stuck.reasons == [.referralStuck(resource: "r-deel"), .actionsOverdue(count: 1), .noProgress])
        #expect(items.first { $0.subject == .household("h-silent") }?.reasons == [.noContact(days: 53)])
        #expect(items.first { $0.subject == .household("h-question") }?.reasons
                == [.question("Moeten we Veilig Thuis inschakelen?", by: "w-mk")])
        #expect(items.first?.minutes == 10 && items[1].minutes == 5, "a crisis gets more time")
        #expect(!items.contains { $0.subject == .household("h-closed") } && !items.contains { $0.subject == .request("r-done") })
    }

    @Test("The next agenda starts with what was postponed and the actions decided last time that are due")
    func nextAgenda() {
        let last = Meeting(date: Self.day("2026-11-16"), chair: "w-ab", items: [
            Meeting.Item(subject: .household("h-quiet"), reasons: [.added], minutes: 5, status: .postponed),
            Meeting.Item(subject: .household("h-crisis"), reasons: [.crisis], minutes: 10, status: .discussed),
        ])
        var dossiers = Self.dossiers
        dossiers[3].actions = [Action(id: "a-9", text: "Evaluatie plannen", due: Self.day("2026-11-23"))]
        let items = Meeting.propose(dossiers: dossiers, requests: [], previous: last, today: Self.today,
                                    actionsDecided: ["h-evaluation": ["a-9"]])
        #expect(items.prefix(2).map(\.subject.code) == ["household:h-quiet", "household:h-evaluation"])
        #expect(items[0].reasons == [.postponed(from: Self.day("2026-11-16"))])
        #expect(items[1].reasons.first == .actionsDue(count: 1))
    }

    @Test("Timers read m:ss and h:mm:ss; an item is over its time only past its minutes")
    func timers() {
        #expect([Meeting.clock(0), Meeting.clock(65), Meeting.clock(600), Meeting.clock(3725)] == ["0:00", "1:05", "10:00", "1:02:05"])
        let item = Meeting.Item(subject: .household("h"), reasons: [.added], minutes: 5)
        #expect(!item.isOver(after: 300) && item.isOver(after: 301))
    }

    @Test("Pseudonyms: initials with tussenvoegsels in lower case, the street without its number")
    func pseudonyms() {
        #expect(Pseudonym.initials("De Vries") == "d.V.")
        #expect(Pseudonym.initials("Van der Molen") == "v.d.M.")
        #expect(Pseudonym.initials("Yılmaz-Bakker") == "Y.-B.")
        #expect(Pseudonym.initials("Anouk de Vries") == "A.d.V.")
        #expect(Pseudonym.initials("Özdemir") == "Ö.")
        #expect(Pseudonym.initials("王芳 (Wang Fang)") == "W.F.", "a Chinese surname's character is the surname itself")
        #expect(Pseudonym.initials("王芳") == "—")
        #expect(Pseudonym.street("Stationsweg 12a", city: "Ten Boer") == "Stationsweg, Ten Boer")
        #expect(Pseudonym.street("Molenstraat 3 a", city: "Ten Boer") == "Molenstraat, Ten Boer")
        #expect(Pseudonym.street("Thesingerweg", city: "Thesinge") == "Thesingerweg, Thesinge")
    }
}
