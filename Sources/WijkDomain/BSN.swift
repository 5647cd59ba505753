/// The Dutch citizen service number (burgerservicenummer) and its elfproef.
public enum BSN {
    /// Whether `text` is a valid BSN: nine digits (eight with an implied
    /// leading zero), 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11, and not
    /// all zeros.
    public static func isValid(_ text: some StringProtocol) -> Bool {
        var digits = text.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard digits.count == text.count, digits.count == 9 || digits.count == 8 else { return false }
        if digits.count == 8 { digits.insert(0, at: 0) }
        guard digits.contains(where: { $0 != 0 }) else { return false }
        var sum = 0
        for (i, d) in digits.enumerated() {
            sum += i == 8 ? -d : (9 - i) * d
        }
        return sum % 11 == 0
    }
}
