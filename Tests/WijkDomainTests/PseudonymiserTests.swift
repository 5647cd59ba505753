import Testing
import WijkDomain

@Suite("Names in free text become initials, also while they are typed")
struct PseudonymiserTests {
    let molen = Pseudonymiser(names: ["Van der Molen", "Grietje van der Molen", "Eva Jansen", "Sietske Boukema-Ritsema", "Özdemir"])

    @Test("A member's first name, the household's whole name and each half of a double name become initials")
    func names() {
        #expect(molen.scrub("Grietje belde in paniek.") == "G. belde in paniek.")
        #expect(molen.scrub("Gesprek met Van der Molen en Grietje.") == "Gesprek met v.d.M. en G.")
        #expect(molen.scrub("Boukema-Ritsema, en later Ritsema zelf") == "B.-R., en later R. zelf")
        #expect(molen.scrub("Huisbezoek bij mevrouw Molen") == "Huisbezoek bij mevrouw M.")
        #expect(molen.scrub("Molen. Daarna Grietje.") == "M. Daarna G.")
    }

    @Test("Case and accents aside; a name with an s after it is found, a word that only begins like a name is not")
    func words() {
        #expect(molen.scrub("OZDEMIR en özdemir") == "Ö. en Ö.")
        #expect(molen.scrub("Grietjes fiets is gestolen") == "G. fiets is gestolen")
        #expect(molen.scrub("De evaluatie met Eva") == "De evaluatie met E.")
        #expect(molen.scrub("Molenstraat") == "Molenstraat")
        #expect(molen.scrub("") == "")
        #expect(Pseudonymiser(names: []).scrub("Grietje") == "Grietje")
    }

    @Test("A tussenvoegsel or a word of two letters alone is not a name")
    func particles() {
        #expect(molen.scrub("van der Berg") == "van der Berg")
        #expect(Pseudonymiser(names: ["Bo de Vries"]).scrub("Bo en de Vries") == "Bo en de V.")
    }

    @Test("While a name is typed, the word at the cursor is its initial from its second letter on")
    func typing() {
        #expect(molen.typing("Besproken met G", cursor: 15) == ("Besproken met G", 15))
        #expect(molen.typing("Besproken met Gr", cursor: 16) == ("Besproken met G.", 16))
        #expect(molen.typing("Besproken met Grietje", cursor: 21) == ("Besproken met G.", 16))
        #expect(molen.typing("Grietje en Sa", cursor: 13) == ("G. en Sa", 8))
        #expect(molen.typing("Gri en meer", cursor: 3) == ("G. en meer", 2))
        #expect(molen.typing("ev", cursor: 2) == ("E.", 2))
        #expect(molen.typing("evaluatie", cursor: 9) == ("evaluatie", 9))
    }
}
