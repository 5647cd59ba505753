/// Dutch postcodes: four digits (not starting with 0), a space, two capital letters.
public enum Postcode {
    /// The letter pairs PostNL never uses.
    static let forbidden: Set<String> = ["SA", "SD", "SS"]

    /// Tidies what a user typed (`9791ab`, ` 9791  AB`) into `9791 AB`,
    /// or nil when it cannot be a postcode.
    public static func normalized(_ text: some StringProtocol) -> String? {
        let compact = String(text.filter { $0 != " " }).uppercased()
        guard compact.count == 6 else { return nil }
        let digits = compact.prefix(4)
        let letters = compact.suffix(2)
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.first != "0",
              letters.allSatisfy({ ("A"..."Z").contains($0) }),
              !forbidden.contains(String(letters)) else { return nil }
        return String(digits) + " " + String(letters)
    }

    /// Whether `text` is a postcode in the stored form `1234 AB`.
    public static func isValid(_ text: some StringProtocol) -> Bool {
        normalized(text) == String(text)
    }

    /// The postcode area, its four digits (`9791` of `9791 AB`, also as typed `9791ab`); nil when `text` has
    /// no four digits to begin with.
    public static func area(_ text: some StringProtocol) -> String? {
        let digits = text.drop { $0 == " " }.prefix(4)
        guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.first != "0" else { return nil }
        return String(digits)
    }
}
