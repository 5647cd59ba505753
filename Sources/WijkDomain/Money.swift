/// An amount of euros held as whole cents, so sums never drift.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }

    public static let zero = Money(cents: 0)

    /// Parses the stored form: an optional minus, digits, and at most two
    /// decimals after a point (`1234.50`, `-12`, `0.5`).
    public init?(stored text: some StringProtocol) {
        guard let value = Money.parse(String(text), decimal: ".", grouping: nil) else { return nil }
        self = value
    }

    /// Parses what a Dutch user types: `1.234,50`, `€ 1234,5`, `12`, `-3,20`.
    /// A point is a thousands separator, a comma the decimal sign.
    public init?(dutch text: some StringProtocol) {
        var s = String(text).replacingAll("€", with: "").replacingAll(" ", with: "")
            .replacingAll("\u{00A0}", with: "")
        if s.hasPrefix("+") { s.removeFirst() }
        guard let value = Money.parse(s, decimal: ",", grouping: ".") else { return nil }
        self = value
    }

    /// The stored form with two decimals: `1234.50`.
    public var stored: String {
        let sign = cents < 0 ? "-" : ""
        let m = cents.magnitude
        let rest = m % 100
        return sign + String(m / 100) + "." + (rest < 10 ? "0" : "") + String(rest)
    }

    /// The Dutch form: `€ 1.234,50`, `-€ 12,00`.
    public var dutch: String {
        let m = cents.magnitude
        let euros = String(m / 100)
        var grouped = ""
        for (i, ch) in euros.enumerated() {
            if i > 0, (euros.count - i) % 3 == 0 { grouped.append(".") }
            grouped.append(ch)
        }
        let rest = m % 100
        return (cents < 0 ? "-€ " : "€ ") + grouped + "," + (rest < 10 ? "0" : "") + String(rest)
    }

    public var description: String { dutch }

    public static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    public static func - (a: Money, b: Money) -> Money { Money(cents: a.cents - b.cents) }
    public static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }

    private static func parse(_ s: String, decimal: Character, grouping: Character?) -> Money? {
        var chars = Substring(s)
        var negative = false
        if chars.first == "-" { negative = true; chars.removeFirst() }
        let parts = chars.split(separator: decimal, omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return nil }
        var digits = Substring(whole)
        if let grouping, digits.contains(grouping) {
            let groups = digits.split(separator: grouping, omittingEmptySubsequences: false)
            guard let head = groups.first, (1...3).contains(head.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            digits = Substring(groups.joined())
        }
        guard digits.count <= 13, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let euros = Int64(digits) else { return nil }
        var cents: Int64 = 0
        if parts.count == 2 {
            let frac = parts[1]
            guard (1...2).contains(frac.count), frac.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let f = Int64(frac) else { return nil }
            cents = frac.count == 1 ? f * 10 : f
        }
        let total = euros * 100 + cents
        return Money(cents: negative ? -total : total)
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation needed in the domain).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
