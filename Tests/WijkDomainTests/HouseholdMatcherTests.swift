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
        #expect(matches("Jasnen", "Kerkstraat 3", "9791 BC")["h-2"] == [.address, .similarName])
        #expect(matches("Fam. Jasnen", "Kerkstraat", "", "Ten Boer")["h-2"] == [.similarName])
    }

    @Test("A name that sounds the same is the same name anywhere: ss and s, ck and kk, a prefix left out")
    func soundAlikes() {
        #expect(matches("Janssen", "Parkweg 4", "9791 GG", "Ten Boer")["h-2"] == [.sameName])
        #expect(matches("Fam. Backer")["h-4"] == [.sameName])
        #expect(matches("Vries")["h-3"] == [.sameName])
        #expect(matches("Boukma", "Stationsweg", "", "Ten Boer")["h-1"] == nil, "another name in the same street")
    }

    @Test("Near misses do not match: a typo in another street, short names, other names")
    func nearMisses() {
        #expect(matches("Jasnen", "Parkweg 4", "9791 GG", "Ten Boer")["h-2"] == nil, "a typo needs the same street")
        #expect(matches("Hansen", "Kerkstraat 5", "9791 BC", "Ten Boer")["h-2"] == nil, "nor in the same street")
        #expect(matches("Hansen", "Parkweg 8", "9791 GG", "Ten Boer")["h-2"] == nil, "Hansen is not Jansen elsewhere")
        #expect(matches("Bas", "Woldweg", "", "Woltersum")["h-5"] == nil, "short names must be the same")
        #expect(matches("Vriesman")["h-3"] == nil)
        #expect(matches("De Wit", "Molenweg 7", "9797 PB")["h-3"] == nil)
    }

    func candidate(_ name: String = "", _ street: String = "", _ postcode: String = "", bsns: [String] = [],
                   excluding: String? = nil, in dossiers: [Dossier]? = nil) -> [String: [HouseholdMatcher.Reason]] {
        let candidate = HouseholdMatcher.Candidate(name: name, street: street, postcode: postcode, city: "Ten Boer",
                                                   bsns: bsns, excluding: excluding)
        return Dictionary(uniqueKeysWithValues: HouseholdMatcher.matches(for: candidate, in: dossiers ?? self.dossiers)
            .map { ($0.household, $0.reasons) })
    }

    @Test("A household being edited does not find itself, but finds the others")
    func excluding() {
        #expect(candidate("Özdemir", "Stationsweg 12", "9791 AB")["h-1"] == [.address, .sameName])
        #expect(candidate("Özdemir", "Stationsweg 12", "9791 AB", excluding: "h-1").isEmpty)
        #expect(candidate("Bakker", bsns: ["", "111222333"], excluding: "h-1") == ["h-4": [.bsn, .sameName]],
                "an empty BSN is no BSN")
        #expect(candidate(bsns: ["111222333"], excluding: "h-4").isEmpty)
    }

    @Test("A house number typed as 11, 11 A, 11-A, 11a or 11A is one house; 11a and 11b are two")
    func houseNumbers() {
        let stored = [dossier("h-11", "Kaya", "Dorpsweg 11A", "9791 AB", "Ten Boer"),
                      dossier("h-12", "Aydin", "Dorpsweg 12", "", "Ten Boer")]
        for typed in ["Dorpsweg 11", "Dorpsweg 11 ", "Dorpsweg 11-A", "Dorpsweg 11a", "Dorpsweg 11 A", "dorpsweg 11/a"] {
            #expect(candidate("", typed, "9791ab", in: stored)["h-11"] == [.address], "\(typed)")
        }
        #expect(candidate("", "Dorpsweg 11b", "9791 AB", in: stored).isEmpty, "11b is the house next door")
        #expect(candidate("", "Dorpsweg 110", "9791 AB", in: stored).isEmpty)
        #expect(candidate("", "Dorpsweg nr. 12-2", in: stored)["h-12"] == [.address], "without postcodes: street and town")
        #expect(candidate("", "Dorpsweg 012", in: stored)["h-12"] == [.address])
        #expect(candidate("", "Dorpsweg12", in: stored)["h-12"] == [.address], "a number stuck to the street")
        #expect(candidate("", "2e Dorpsweg 12", in: stored)["h-12"] == nil, "2e Dorpsweg is another street")
    }

    func household(_ id: String, _ street: String, _ postcode: String = "", status: Household.Status = .active,
                   bsns: [String] = []) -> Dossier {
        Dossier(household: Household(id: id, name: id, street: street, postcode: postcode, city: "Ten Boer",
                                      regisseur: "w-ab", status: status),
                members: bsns.enumerated().map { Member(id: "m-\($0.offset)", name: "M", bsn: $0.element) })
    }

    @Test("Open households sharing a member's BSN or an address are one household twice; closed ones are not")
    func duplicates() {
        let store = [household("h-1", "Kerkstraat 3", "9791 BC", bsns: ["111222333", "123456782"]),
                     household("h-2", "Molenweg 5", bsns: ["111222333"]),
                     household("h-3", "Kerkstraat 3-A", "9791bc"),
                     household("h-4", "Kerkstraat 3b", "9791 BC"),
                     household("h-5", "Molenweg 5", status: .closed, bsns: ["123456782"]),
                     household("h-6", "Molenweg 5 ", bsns: ["111222333", "111222333"]),
                     household("h-7", "Stationsweg 1", "9791 AB")]
        #expect(HouseholdMatcher.duplicates(in: store) == [
            .init(households: ["h-1", "h-2", "h-6"], reason: .bsn, bsn: "111222333"),
            .init(households: ["h-1", "h-3"], reason: .address, bsn: nil),
            .init(households: ["h-1", "h-4"], reason: .address, bsn: nil),
            .init(households: ["h-2", "h-6"], reason: .address, bsn: nil),
        ])
        #expect(HouseholdMatcher.duplicates(in: [store[1], store[4]]).isEmpty, "the closed household left")
    }

    @Test("Households a coordinator kept apart are not reported; a group only when every pair was")
    func keptApart() {
        let store = [household("h-1", "Kerkstraat 3", bsns: ["111222333"]),
                     household("h-2", "Kerkstraat 3", bsns: ["111222333"]),
                     household("h-3", "Kerkstraat 3")]
        let pairs: Set<[String]> = [["h-1", "h-2"]]
        let apart = HouseholdMatcher.duplicates(in: store) { pairs.contains([$0, $1]) }
        #expect(apart == [.init(households: ["h-1", "h-2", "h-3"], reason: .address, bsn: nil)])
        let everyPair: Set<[String]> = [["h-1", "h-2"], ["h-1", "h-3"], ["h-2", "h-3"]]
        #expect(HouseholdMatcher.duplicates(in: store) { everyPair.contains([$0, $1]) }.isEmpty)
        let fromBoth: Set<[String]> = [["h-1", "h-2"], ["h-1", "h-3"]]
        #expect(HouseholdMatcher.duplicates(in: store) { fromBoth.contains([$0, $1]) }
                    == [.init(households: ["h-2", "h-3"], reason: .address, bsn: nil)],
                "a household kept apart from every other one leaves the group")
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
