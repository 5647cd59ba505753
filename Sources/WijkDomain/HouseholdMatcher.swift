/// Households a request may be about, so a household that has a plan never gets a second one: the same
/// address, a member's BSN, the same name, or a name one typo away in the same street.
public enum HouseholdMatcher {
    /// Why a household may be the one.
    public enum Reason: Sendable, Equatable {
        /// The same postcode (or street and town) and house number.
        case address
        case bsn
        /// The same family name, case and accents aside.
        case sameName
        /// A name a typo or two away, in the same street or postcode.
        case similarName
    }

    public struct Match: Sendable, Equatable {
        public var household: String
        public var reasons: [Reason]
    }

    /// The households in `dossiers` (open and closed) that may be the one `request` is about, strongest first.
    public static func matches(for request: HelpRequest, in dossiers: [Dossier]) -> [Match] {
        let place = Place(street: request.street, postcode: request.postcode, city: request.city)
        let words = nameWords(request.name)
        var found: [(rank: Int, match: Match)] = []
        for dossier in dossiers {
            let household = dossier.household
            var reasons: [Reason] = []
            let theirs = Place(street: household.street, postcode: household.postcode, city: household.city)
            if place.isSameAddress(as: theirs) { reasons.append(.address) }
            if !request.bsn.isEmpty, dossier.members.contains(where: { $0.bsn == request.bsn }) { reasons.append(.bsn) }
            let family = nameWords(household.name)
            if family.contains(where: words.contains) {
                reasons.append(.sameName)
            } else if place.isSameStreet(as: theirs),
                      family.contains(where: { name in words.contains { isTypo(name, $0) } }) {
                reasons.append(.similarName)
            }
            guard !reasons.isEmpty else { continue }
            let rank = reasons.contains(.bsn) || reasons.contains(.address) ? 0 : reasons.contains(.sameName) ? 1 : 2
            found.append((rank, Match(household: household.id, reasons: reasons)))
        }
        return found.sorted { ($0.rank, $0.match.household) < ($1.rank, $1.match.household) }.map(\.match)
    }

    /// The words of a name that tell households apart: folded, without titles, initials and tussenvoegsels.
    static func nameWords(_ name: String) -> [String] {
        let ignored: Set<String> = ["familie", "fam", "gezin", "dhr", "heer", "mevr", "mw", "mevrouw", "meneer"]
        let words = Folding.fold(name).split { !$0.isLetter }.map(String.init)
        return words.filter { $0.count > 1 && !ignored.contains($0) && !DutchName.prefixes.contains($0) }
    }

    /// One typo apart (a letter added, left out, changed or two swapped) for names of 5 letters or more, two
    /// for names of 9 or more; shorter names must be the same.
    static func isTypo(_ a: String, _ b: String) -> Bool {
        let shorter = min(a.count, b.count)
        guard shorter >= 5 else { return false }
        let allowed = shorter >= 9 ? 2 : 1
        return distance(Array(a), Array(b), limit: allowed) <= allowed
    }

    /// Optimal-string-alignment edit distance, giving up above `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            previous2 = previous
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    /// An address taken apart: the street's name, the house number, the postcode, the town.
    struct Place {
        var street: String
        var number: String
        var postcode: String
        var city: String

        init(street: String, postcode: String, city: String) {
            var words = Folding.fold(street).split(separator: " ").map(String.init)
            if let last = words.last, last.first?.isNumber == true {
                number = last
                words.removeLast()
            } else {
                number = ""
            }
            self.street = words.joined(separator: " ")
            self.postcode = Postcode.normalized(postcode) ?? ""
            self.city = Folding.fold(city)
        }

        func isSameAddress(as other: Place) -> Bool {
            guard !number.isEmpty, number == other.number else { return false }
            if !postcode.isEmpty && !other.postcode.isEmpty { return postcode == other.postcode }
            return !street.isEmpty && street == other.street && city == other.city
        }

        func isSameStreet(as other: Place) -> Bool {
            (!street.isEmpty && street == other.street && (city.isEmpty || other.city.isEmpty || city == other.city))
                || (!postcode.isEmpty && postcode == other.postcode)
        }
    }
}
