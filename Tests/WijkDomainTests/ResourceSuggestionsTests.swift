import Testing
import WijkDomain

@Suite("Suggestions from the sociale kaart for a plan")
struct ResourceSuggestionsTests {
    static let today = Day(iso: "2026-11-23")!

    /// Financiën scored 2, Sociaal netwerk 4 with an open goal, Werk 5; a mother of 41 and a son of 15 in Ten Boer.
    static let dossier = Dossier(
        household: Household(id: "h-1", name: "Bakker", city: "Ten Boer", regisseur: "w-ab"),
        members: [Member(id: "m-1", name: "Els", born: Day(iso: "1985-03-01")), Member(id: "m-2", name: "Tim", born: Day(iso: "2011-06-01"))],
        goals: [Goal(id: "g-1", domain: .network, text: "Vaker onder de mensen"),
                Goal(id: "g-2", domain: .work, text: "Baan gevonden", status: .achieved)],
        assessments: [Assessment(id: "z-1", date: Day(iso: "2026-10-01")!, assessor: "w-ab",
                                 scores: [.finances: .notSelfReliant, .network: .sufficientlySelfReliant, .work: .fullySelfReliant])])

    static func resource(_ id: String, _ kind: Resource.Kind, _ domains: [LifeDomain], area: String = "",
                         ages: ClosedRange<Int>? = nil, wait: Int? = 0, checked: String = "2026-06-01") -> Resource {
        Resource(id: id, name: id, kind: kind, domains: domains, minimumAge: ages?.lowerBound, maximumAge: ages?.upperBound,
                 area: area, waitWeeks: wait, checked: Day(iso: checked))
    }

    @Test("The plan needs help where the latest score is 1 to 3 or a goal is open, lowest score first")
    func needs() {
        let needs = ResourceSuggestions.needs(of: Self.dossier)
        #expect(needs.map(\.domain) == [.finances, .network])
        #expect(needs[0].score == .notSelfReliant && needs[1].goals.map(\.id) == ["g-1"])
    }

    @Test("Low-threshold kinds come before maatwerk, however well maatwerk fits")
    func lowThresholdFirst() {
        let resources = [Self.resource("schuldhulp-maatwerk", .tailored, [.finances, .network], area: "Ten Boer"),
                         Self.resource("thuisadministratie", .volunteers, [.finances], area: "Thesinge", wait: 6),
                         Self.resource("buurthuis", .basic, [.network], area: "Ten Boer")]
        let order = ResourceSuggestions.suggest(for: Self.dossier, resources: resources, today: Self.today).map(\.resource.id)
        #expect(order == ["buurthuis", "thuisadministratie", "schuldhulp-maatwerk"])
    }

    @Test("Within a group: the household's own village, more needs, no waiting and fresh details fit better")
    func fit() {
        let resources = [Self.resource("far", .basic, [.finances], area: "Thesinge"),
                         Self.resource("near", .basic, [.finances], area: "Ten Boer"),
                         Self.resource("both", .basic, [.finances, .network]),
                         Self.resource("stale", .basic, [.finances], area: "Ten Boer", checked: "2025-01-01")]
        let suggestions = ResourceSuggestions.suggest(for: Self.dossier, resources: resources, today: Self.today)
        #expect(suggestions.map(\.resource.id) == ["both", "near", "stale", "far"])
        #expect(suggestions.first { $0.resource.id == "stale" }?.stale == true)
        #expect(suggestions.first { $0.resource.id == "far" }?.nearby == false)
    }

    @Test("Left out: no needed domain, an age range that takes no member, a referral still under way")
    func leftOut() {
        var dossier = Self.dossier
        dossier.referrals = [Referral(id: "f-1", household: "h-1", date: Self.today, worker: "w-ab", resource: "voedselbank")]
        let resources = [Self.resource("sport", .basic, [.physicalHealth]),
                         Self.resource("ouderen", .basic, [.network], ages: 55...120),
                         Self.resource("jongeren", .basic, [.network], ages: 12...23),
                         Self.resource("voedselbank", .volunteers, [.finances])]
        let ids = ResourceSuggestions.suggest(for: dossier, resources: resources, today: Self.today).map(\.resource.id)
        #expect(ids == ["jongeren"])
    }
}
