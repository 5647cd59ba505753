import Testing
@testable import WijkDomain

@Suite("Money in euros and cents")
struct MoneyTests {
    @Test("Amounts are shown the Dutch way")
    func dutchFormat() {
        #expect(Money(cents: 123_450).dutch == "€ 1.234,50")
        #expect(Money(cents: 5).dutch == "€ 0,05")
        #expect(Money(cents: -120_000).dutch == "-€ 1.200,00")
        #expect(Money(cents: 100_000_000).dutch == "€ 1.000.000,00")
    }

    @Test("Stored amounts read exactly into cents")
    func stored() {
        #expect(Money(stored: "1234.50")?.cents == 123_450)
        #expect(Money(stored: "0.5")?.cents == 50)
        #expect(Money(stored: "-12")?.cents == -1200)
        #expect(Money(stored: "1234.50")?.stored == "1234.50")
        #expect(Money(stored: "1,50") == nil)
        #expect(Money(stored: "1.234") == nil)
    }

    @Test("What a Dutch user types is understood", arguments: [
        ("1.234,50", 123_450), ("€ 1234,5", 123_450), ("12", 1200), ("-3,20", -320), ("0,05", 5), ("+7", 700),
    ])
    func dutchInput(text: String, cents: Int64) {
        #expect(Money(dutch: text)?.cents == cents)
    }

    @Test("Malformed amounts are refused", arguments: ["", "€", "1,234", "12,345", "1.23,00", "abc", "1.2345,00",
                                                       "99999999999999"])
    func malformed(text: String) {
        #expect(Money(dutch: text) == nil)
    }
}
