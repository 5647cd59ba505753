import Testing
import WijkDomain

@Suite("One household, one plan: finding the household a request is about")
struct HouseholdMatcherTests {
    func dossier(_ id: String, _ name: String, _ street: String, _ postcode: String, _ city: String,
                 status: Household.Status = .active, bsn: String = "") -> Dossier {
        Dossier(household: Household(id: id, name: name, street: street, postcode: postcode, city: city,
                                     regisseur: "w-ab", status: status),
                members: [Member(id: "m-1", name: name, bsn: bsn)])
    }

    var dossiers: [Dossier] {
        [dossier("h-1", "Özdemir", "Stationsweg 12", "9791 AB", "Ten Boer"),
         dossier("h-2", "Jansen", "Kerkstraat 3", "9791 BC", "Ten Boer"),
         dossier("h-3", "De Vries", "Molenweg 5", "9797 PB", "Thesinge", status: .closed),
         dossier("h-4", "Bakker", "Dorpsstraat 9", "9798 TA", "Garmerwolde", bsn: "111222333"),
         dossier("h-5", "Bos", "Woldweg 2", "9795 TC", "Woltersum"),
         dossier("h-6", "Hansen", "Rijksweg 1", "9792 GK", "Ten Post")]
    }

    func matches(_ name: String, _ street: String = "", _ postcode: String = "", _ city: String = "",
                 bsn: String = "") -> [String: [HouseholdMatcher.Reason]] {
        let request = HelpRequest(id: "r", received: Day(iso: "2026-11-23")!, name: name, street: street,
                                  postcode: postcode, city: city, bsn: bsn, question: "?")
        return Dictionary(uniqueKeysWithValues: HouseholdMatcher.matches(for: request, in: dossiers).map { ($0.household, $0.reasons) })
    }

    @Test("The same postcode and house number, whatever the name; the postcode written either way")
    func address() {
        #expect(matches("Familie Yıldız", "Stationsweg 12", "9791ab")["h-1"] == [.address])
        #expect(matches("Familie Yıldız", "Stationsweg 14", "9791 AB")["h-1"] == nil, "another number is another house")
        #expect(matches("K. Smit", "molenweg 5", "", "Thesinge")["h-3"] == [.address], "street and town without a postcode")
    }

    @Test("A member's BSN, the same name with other case and accents, a typo in the same street")
    func names() {
        #expect(matches("Pieter Bakker", bsn: "111222333")["h-4"]?.contains(.bsn) == true)
        #expect(matches("Familie Ozdemir")["h-1"] == [.sameName])
        #expect(matches("mevrouw de vries")["h-3"] == [.sameName], "closed households are found too")
        #expect(matches("Janssen", "Kerkstraat 3", "9791 BC")["h-2"] == [.address, .similarName])
        #expect(matches("Fam. Janssen", "Kerkstraat", "", "Ten Boer")["h-2"] == [.similarName])
    }

    @Test("Near misses do not match: a typo in another street, short names, other names")
    func nearMisses() {
        #expect(matches("Janssen", "Parkweg 4", "9791 GG", "Ten Boer")["h-2"] == nil, "a typo needs the same street")
        #expect(matches("Hansen", "Parkweg 8", "9791 GG", "Ten Boer")["h-2"] == nil, "Hansen is not Jansen elsewhere")
        #expect(matches("Bas", "Woldweg", "", "Woltersum")["h-5"] == nil, "short names must be the same")
        #expect(matches("Vriesman")["h-3"] == nil)
        #expect(matches("De Wit", "Molenweg 7", "9797 PB")["h-3"] == nil)
    }
}

@Suite("Suggesting a regisseur")
struct AssignmentRankingTests {
    let workers = [
        Worker(id: "w-full", name: "Vol Bezet", initials: "VB", capacity: 2, domains: [.finances]),
        Worker(id: "w-room", name: "Ruimte Genoeg", initials: "RG", capacity: 10, domains: [.housing]),
        Worker(id: "w-fit", name: "Past Goed", initials: "PG", capacity: 10, domains: [.finances, .network]),
        Worker(id: "w-admin", name: "Beheer", initials: "BH", role: .admin, capacity: 40),
        Worker(id: "w-gone", name: "Vertrokken", initials: "VT", capacity: 40, active: false),
    ]

    func dossier(_ id: String, _ regisseur: String, street: String = "Dorpsstraat 1", crisis: Bool = false) -> Dossier {
        Dossier(household: Household(id: id, name: id, street: street, city: "Ten Boer", regisseur: regisseur,
                                     status: .active, crisis: crisis))
    }

    @Test("Room, domain fit and knowing the street raise a worker; a full caseload and crises lower them")
    func ranking() {
        let dossiers = [dossier("h-1", "w-full"), dossier("h-2", "w-full"), dossier("h-3", "w-room"),
                        dossier("h-4", "w-fit", street: "Kerkstraat 9"), dossier("h-5", "w-fit", crisis: true)]
        let request = HelpRequest(id: "r", received: Day(iso: "2026-11-23")!, name: "X", street: "Kerkstraat 20",
                                  city: "Ten Boer", question: "?", domains: [.finances, .network])
        let ranked = AssignmentRanking.rank(for: request, household: nil, workers: workers, dossiers: dossiers)
        #expect(ranked.map(\.worker.id) == ["w-fit", "w-room", "w-full"], "no beheerder, nobody who left")
        let fit = ranked[0]
        #expect(fit.open == 2 && fit.room == 8 && fit.crisis == 1 && fit.domains == [.finances, .network] && fit.knowsStreet)
        #expect(ranked[2].room == 0)
    }

    @Test("The regisseur who already knows the household comes first")
    func knowsHousehold() {
        let known = Dossier(household: Household(id: "h-9", name: "Bekend", regisseur: "w-room"),
                            journal: [JournalEntry(id: "j", date: Day(iso: "2026-01-01")!, kind: .note, author: "w-full", text: "t")])
        let request = HelpRequest(id: "r", received: Day(iso: "2026-11-23")!, name: "Bekend", question: "?")
        let ranked = AssignmentRanking.rank(for: request, household: known, workers: workers, dossiers: [known])
        #expect(ranked.first?.worker.id == "w-room")
        #expect(ranked.first { $0.worker.id == "w-full" }?.knowsHousehold == true, "wrote in its journal")
    }
}
