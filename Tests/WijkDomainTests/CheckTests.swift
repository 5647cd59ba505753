import Testing
@testable import WijkDomain

@Suite("Dutch checks: BSN and postcode")
struct CheckTests {
    @Test("Valid BSNs pass the elfproef", arguments: ["111222333", "123456782", "999999990", "12345672"])
    func validBSN(bsn: String) {
        #expect(BSN.isValid(bsn))
    }

    @Test("Invalid BSNs are refused", arguments: ["111222334", "123456789", "000000000", "12345678a",
                                                  "1234567890", "", "12345 678", "１２３４５６７８２"])
    func invalidBSN(bsn: String) {
        #expect(!BSN.isValid(bsn))
    }

    @Test("Postcodes are tidied into 1234 AB")
    func postcodeNormalised() {
        #expect(Postcode.normalized("9791ab") == "9791 AB")
        #expect(Postcode.normalized(" 9791  CT ") == "9791 CT")
        #expect(Postcode.isValid("9791 CT"))
        #expect(!Postcode.isValid("9791CT"))
    }

    @Test("Postcodes that cannot exist are refused", arguments: ["0123 AB", "9791 SA", "9791 SD", "9791 ss",
                                                                "979 AB", "97911 AB", "9791 A1", "ABCD EF"])
    func postcodeRefused(text: String) {
        #expect(Postcode.normalized(text) == nil)
    }
}
