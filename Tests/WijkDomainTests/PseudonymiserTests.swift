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

    let store = Pseudonymiser(names: ["Grietje van der Molen"], others: ["Petra Zuidhof", "Albert Noordhoff", "Roos"],
                              keep: ["Anouk Bakker"], streets: ["Molenstraat 17"],
                              birthdays: [Day(iso: "1986-03-12")!])

    @Test("The store's other clients where written with a capital; a worker's own name stays; a capitalised word with an age is a person")
    func others() {
        #expect(store.scrub("Ook Petra Zuidhof en Albert komen.") == "Ook P.Z. en A. komen.")
        #expect(store.scrub("een roos en Roos") == "een roos en R.")
        #expect(store.scrub("Anouk Bakker belt Grietje") == "Anouk Bakker belt G.")
        #expect(Pseudonymiser(names: [], others: ["Ria Koster-Boer"], keep: ["Ten Boer"]).scrub("in Ten Boer bij Koster-Boer")
                == "in Ten Boer bij K.-B.", "a place is not a client")
        #expect(store.scrub("De mentor van Omar (18) belde; Yusuf (9) ook.") == "De mentor van O. (18) belde; Y. (9) ook.")
    }

    @Test("Phone numbers, BSNs, accounts and e-mail addresses are hidden; a date of birth too; a house number is left out")
    func details() {
        #expect(store.scrub("bsn 688742841, tel 06-29948170 of 050 302 1300") == "bsn •••, tel ••• of •••")
        #expect(store.scrub("IBAN NL91ABNA0417164300.") == "IBAN •••.")
        #expect(store.scrub("mail j.bosma@example.nl.") == "mail •••.")
        #expect(store.scrub("geb 12-03-1986; zij is geboren op 1-2-1990") == "geb •••; zij is geboren op •••")
        #expect(store.scrub("afspraak 12-03-1986 en op 15-12-2026") == "afspraak ••• en op 15-12-2026")
        #expect(store.scrub("Molenstraat 17, Dorpsweg 3a, Kerklaan 12-2 en 3 kinderen") == "Molenstraat, Dorpsweg, Kerklaan en 3 kinderen")
        #expect(store.scrub("€ 1.234,50 in 2026, 10.000 huishoudens") == "€ 1.234,50 in 2026, 10.000 huishoudens")
    }

    @Test("A number being typed shows at most four digits")
    func typingNumbers() {
        #expect(store.typing("tel 06-29", cursor: 9).shown == "tel 06-29")
        #expect(store.typing("tel 06-299", cursor: 10).shown == "tel •••")
        #expect(store.typing("op 15-12-2026", cursor: 13).shown == "op 15-12-2026", "a date is not a phone number")
    }

    @Test("A street kept as a place still loses its number; nr. 17 loses its number; a month in lower case is no name")
    func placesAndWords() {
        let kept = Pseudonymiser(names: ["Li Mei"], keep: ["Stationsweg"], streets: ["Stationsweg 1"])
        #expect(kept.scrub("Stationsweg 102, nr. 17 en huisnummer 44b") == "Stationsweg, nr. en huisnummer")
        #expect(kept.scrub("geboren op 3 mei; Mei belt") == "geboren op 3 mei; M. belt")
        #expect(store.typing("geb 12-03-19", cursor: 12).shown == "geb •••", "a date of birth being typed")
    }
}
