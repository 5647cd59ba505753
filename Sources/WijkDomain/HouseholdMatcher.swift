/// Households a request, a new household or a member's BSN may already be, so a household that has a plan never
/// gets a second one: the same address, a member's BSN, a name that sounds the same, or a name one typo away in
/// the same street. Names are compared as the field spells Dutch names: `Meijer` is `Meyer`, `Smit` is `Smidt`,
/// `Fam. v.d. Berg` is `Van den Berg`, and `Jansen` is not `Hansen`.
public enum HouseholdMatcher {
    /// Why a household may be the one.
    public enum Reason: Sendable, Equatable {
        /// The same postcode (or street and town) and house number.
        case address
        case bsn
        /// A family name that sounds the same, as the field spells it (`Meijer`, `Meyer`), anywhere.
        case sameName
        /// A name a typo or two away, in the same street or postcode.
        case similarName
    }

    public struct Match: Sendable, Equatable {
        public var household: String
        public var reasons: [Reason]
    }

    /// A household as someone typed it: a request, the household form, a member's BSN.
    public struct Candidate: Sendable {
        public var name: String
        public var street: String
        public var postcode: String
        public var city: String
        /// BSNs of members; empty strings are ignored.
        public var bsns: [String]
        /// The household's own id when it is being edited, so it does not find itself.
        public var excluding: String?

        public init(name: String, street: String = "", postcode: String = "", city: String = "",
                    bsns: [String] = [], excluding: String? = nil) {
            self.name = name
            self.street = street
            self.postcode = postcode
            self.city = city
            self.bsns = bsns
            self.excluding = excluding
        }
    }

    /// Open households that look like one household twice: a member's BSN in both, or the same address.
    public struct Duplicate: Sendable, Equatable {
        /// Sorted ids, two or more.
        public var households: [String]
        /// `.bsn` or `.address`.
        public var reason: Reason
        /// The BSN they share, for `.bsn`.
        public var bsn: String?

        public init(households: [String], reason: Reason, bsn: String? = nil) {
            self.households = households
            self.reason = reason
            self.bsn = bsn
        }
    }

    /// The households in `dossiers` (open and closed) that may be the one `request` is about, strongest first.
    public static func matches(for request: HelpRequest, in dossiers: [Dossier]) -> [Match] {
        matches(for: Candidate(name: request.name, street: request.street, postcode: request.postcode,
                               city: request.city, bsns: [request.bsn]), in: dossiers)
    }

    /// The households in `dossiers` (open and closed) that may be `candidate`, strongest first: an address or
    /// a BSN, then the same name anywhere, then a similar name in the same street.
    public static func matches(for candidate: Candidate, in dossiers: [Dossier]) -> [Match] {
        let place = Place(street: candidate.street, postcode: candidate.postcode, city: candidate.city)
        // Without a street or postcode there is no address to compare, so the households' are not taken apart.
        let hasPlace = !place.street.isEmpty || !place.postcode.isEmpty
        let names = NameKeys(candidate.name)
        let bsns = Set(candidate.bsns.map(tidyBSN).filter { !$0.isEmpty })
        var found: [(rank: Int, match: Match)] = []
        // By index, not by element: a copy of each dossier would cost more than comparing it.
        for i in dossiers.indices where dossiers[i].household.id != candidate.excluding {
            var reasons: [Reason] = []
            let theirs = hasPlace ? Place(dossiers[i].household) : nil
            if let theirs, place.isSameAddress(as: theirs) { reasons.append(.address) }
            if !bsns.isEmpty, dossiers[i].members.contains(where: { bsns.contains(tidyBSN($0.bsn)) }) { reasons.append(.bsn) }
            if !names.isEmpty {
                let family = NameKeys(dossiers[i].household.name)
                if names.soundsLike(family) {
                    reasons.append(.sameName)
                } else if let theirs, place.isSameStreet(as: theirs), names.isTypo(of: family) {
                    reasons.append(.similarName)
                }
            }
            guard !reasons.isEmpty else { continue }
            let rank = reasons.contains(.bsn) || reasons.contains(.address) ? 0 : reasons.contains(.sameName) ? 1 : 2
            found.append((rank, Match(household: dossiers[i].household.id, reasons: reasons)))
        }
        return found.sorted { ($0.rank, $0.match.household) < ($1.rank, $1.match.household) }.map(\.match)
    }

    /// Whether two names share a name word that sounds the same, as the field spells Dutch names.
    public static func isSameName(_ a: String, _ b: String) -> Bool {
        NameKeys(a).soundsLike(NameKeys(b))
    }

    /// Whether two names share a name word that sounds the same or is a typo away (what matches in one street).
    public static func isSimilarName(_ a: String, _ b: String) -> Bool {
        let a = NameKeys(a), b = NameKeys(b)
        return a.soundsLike(b) || a.isTypo(of: b)
    }

    // MARK: - One household twice

    /// Open households that share a member's BSN (one `Duplicate` per BSN) or an address (one per address),
    /// sorted by their first id, BSN before address. `apart(a, b)`, asked with `a < b`, says a coordinator kept
    /// two households apart on purpose: a household kept apart from every other one of a group leaves it, and
    /// so a group of which every pair was kept apart is not reported.
    public static func duplicates(in dossiers: [Dossier],
                                  apart: (String, String) -> Bool = { _, _ in false }) -> [Duplicate] {
        let open = dossiers.indices.filter { dossiers[$0].household.status != .closed }
        var found: [Duplicate] = []

        // Nearly every BSN is in one household: remember which, and make a list only when a second one has it.
        var first: [String: String] = [:], shared: [String: [String]] = [:]
        first.reserveCapacity(open.count * 3)
        for i in open {
            let id = dossiers[i].household.id
            for member in dossiers[i].members {
                let bsn = tidyBSN(member.bsn)
                guard !bsn.isEmpty else { continue }
                if let other = first[bsn] {
                    if other != id { shared[bsn, default: [other]].append(id) }
                } else {
                    first[bsn] = id
                }
            }
        }
        for (bsn, ids) in shared {
            if let households = together(ids, apart) { found.append(Duplicate(households: households, reason: .bsn, bsn: bsn)) }
        }

        for ids in addressGroups(dossiers, open) {
            if let households = together(ids, apart) { found.append(Duplicate(households: households, reason: .address)) }
        }

        return found.sorted { a, b in
            if a.households[0] != b.households[0] { return a.households[0] < b.households[0] }
            if a.reason != b.reason { return a.reason == .bsn }
            if a.households != b.households { return a.households.lexicographicallyPrecedes(b.households) }
            return (a.bsn ?? "") < (b.bsn ?? "")
        }
    }

    /// The households of each address shared by two or more, by the rule of `Place.isSameAddress`: indexed by
    /// postcode and number, a household without a postcode joining those with its street and number.
    private static func addressGroups(_ dossiers: [Dossier], _ open: [Int]) -> [[String]] {
        struct Spot: Hashable {
            var place: String
            var number: String
        }
        let places = open.map { Place(dossiers[$0].household) }
        var byPostcode: [Spot: [Int]] = [:]
        var byStreet: [Spot: [Int]] = [:]
        for (i, place) in places.enumerated() where !place.number.isEmpty {
            if !place.postcode.isEmpty { byPostcode[Spot(place: place.postcode, number: place.number), default: []].append(i) }
            if !place.street.isEmpty {
                byStreet[Spot(place: place.street + "\n" + place.city, number: place.number), default: []].append(i)
            }
        }
        var groups: [[Int]] = []
        for (spot, members) in byStreet {
            let without = members.filter { places[$0].postcode.isEmpty }
            guard !without.isEmpty else { continue }
            let postcodes = Set(members.map { places[$0].postcode }.filter { !$0.isEmpty })
            if postcodes.isEmpty { groups.append(without) }
            for postcode in postcodes { byPostcode[Spot(place: postcode, number: spot.number)]! += without }
        }
        groups += byPostcode.values

        var seen: Set<[String]> = []
        var result: [[String]] = []
        for group in groups where group.count > 1 {
            // "11" may be "11-A" with the addition left out; "11a" and "11b" are two houses.
            let bare = group.filter { places[$0].addition.isEmpty }
            let additions = Set(group.map { places[$0].addition }.filter { !$0.isEmpty })
            let houses = additions.isEmpty ? [bare] : additions.map { a in bare + group.filter { places[$0].addition == a } }
            for house in houses {
                let ids = Array(Set(house.map { dossiers[open[$0]].household.id })).sorted()
                if ids.count > 1, seen.insert(ids).inserted { result.append(ids) }
            }
        }
        return result
    }

    /// `ids` sorted, less those kept apart from every other one; nil when fewer than two are left.
    private static func together(_ ids: [String], _ apart: (String, String) -> Bool) -> [String]? {
        let sorted = Array(Set(ids)).sorted()
        let kept = sorted.filter { a in sorted.contains { b in a != b && !(a < b ? apart(a, b) : apart(b, a)) } }
        return kept.count > 1 ? kept : nil
    }

    /// A BSN as stored or typed, without spaces around or in it.
    private static func tidyBSN(_ bsn: String) -> String {
        bsn.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) ? bsn : String(bsn.filter { !$0.isWhitespace })
    }

    // MARK: - Names

    /// The words of a name that tell households apart, each as its Dutch sound key, side by side in one buffer.
    ///
    /// Folded (case, accents), without titles (`Fam.`, `mevr`), initials and tussenvoegsels (`de`, `van der`,
    /// `v.d.`, `vd`, and the Arabic `Al-`, `El`), so a double surname's parts and a name's prefixes match
    /// however they were written.
    struct NameKeys {
        struct Word {
            var start: Int
            var end: Int
            /// Letters in the word as written: the typo allowance goes by the name's length, not its key's.
            var letters: Int
        }

        private(set) var symbols: [UInt8] = []
        private(set) var words: [Word] = []

        var isEmpty: Bool { words.isEmpty }

        init(_ name: String) {
            let folded = HouseholdMatcher.folded(name)
            var start = 0
            var lastWord: Range<Int>?
            while start < folded.count {
                guard isLetter(folded[start]) else {
                    start += 1
                    continue
                }
                var end = start + 1
                while end < folded.count && isLetter(folded[end]) { end += 1 }
                let word = folded[start..<end]
                if word.count > 1 {
                    lastWord = start..<end
                    if !HouseholdMatcher.isIgnored(word) { add(word) }
                }
                start = end
            }
            // A name that is nothing but such words (`Fam. de Heer`) is still a name.
            if words.isEmpty, let lastWord { add(folded[lastWord]) }
        }

        private mutating func add(_ word: ArraySlice<UInt8>) {
            let start = symbols.count
            HouseholdMatcher.appendSoundKey(word, to: &symbols)
            words.append(Word(start: start, end: symbols.count, letters: word.count))
        }

        func key(_ word: Word) -> ArraySlice<UInt8> { symbols[word.start..<word.end] }

        /// Whether a word of each sounds the same.
        func soundsLike(_ other: NameKeys) -> Bool {
            words.contains { mine in other.words.contains { key(mine) == other.key($0) } }
        }

        /// Whether a word of each is a typo of the other: one edit for words of 5 letters or more, two from 9,
        /// none for shorter ones (`Bos`, `Bas`); the first sound must be the same, because a family whose name
        /// starts otherwise is another family (`Jansen`, `Hansen`; `Visser`, `Fisser`).
        func isTypo(of other: NameKeys) -> Bool {
            words.contains { mine in
                other.words.contains { theirs in
                    let shorter = min(mine.letters, theirs.letters)
                    guard shorter >= 5 else { return false }
                    let a = key(mine), b = other.key(theirs)
                    guard a.first == b.first else { return false }
                    let allowed = shorter >= 9 ? 2 : 1
                    return HouseholdMatcher.distance(a, b, limit: allowed) <= allowed
                }
            }
        }
    }

    /// A folded letter: ASCII a to z, or a byte of a letter of another script.
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 }

    /// `text` folded, as UTF-8, with every character beyond ASCII that is neither a letter nor a digit (an en
    /// dash, a curly quote) made a space, so that only letters are bytes from 0x80 up.
    static func folded(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        Folding.fold(text, into: &bytes)
        guard bytes.contains(where: { $0 >= 0x80 }) else { return bytes }
        var words: [UInt8] = []
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if scalar.isASCII || scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                UTF8.encode(scalar) { words.append($0) }
            } else {
                words.append(0x20)
            }
        }
        return words
    }

    /// Titles, forms of "family", tussenvoegsels and the ways they are written stuck together: not the name.
    private static let ignored: Set<UInt64> = Set(([
        "familie", "fam", "gezin", "echtpaar", "dhr", "hr", "heer", "meneer", "mevr", "mvr", "mw", "mevrouw", "mej",
        "wed", "weduwe", "mr", "dr", "drs", "ir", "en",
        "vd", "vdr", "vde", "vden", "vande", "vanden", "vander",
    ] + DutchName.prefixes).compactMap { word in
        let bytes = Array(word.utf8)
        return bytes.count <= 8 && bytes.allSatisfy(isLetter) ? packed(bytes[...]) : nil
    })

    /// Up to eight letters in one integer, so looking a word up allocates nothing; longer words are never ignored.
    private static func packed(_ word: ArraySlice<UInt8>) -> UInt64 {
        word.reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static func isIgnored(_ word: ArraySlice<UInt8>) -> Bool {
        word.count <= 8 && ignored.contains(packed(word))
    }

    /// Symbols the key uses for the diphthongs spelled more than one way: `ij`, `ei`, `ey` and `y`; `ou`, `au`.
    private static let ij: UInt8 = 0x23, ou: UInt8 = 0x40

    @inline(__always) private static func isVowel(_ s: UInt8) -> Bool {
        s == 0x61 || s == 0x65 || s == 0x69 || s == 0x6F || s == 0x75 || s == ij || s == ou
    }

    /// Appends the Dutch sound key of a folded word: spellings the ear cannot tell apart made one.
    ///
    /// `ij`/`ei`/`ey`/`y` and `ou`/`au` are one symbol each; `ch` is `g` (so `sch` is `sg`), `ph` is `f`, `th`
    /// is `t`, `c` and `ck` are `k`, `qu` is `kw`, `x` is `ks`, `z` is `s`, a `d` or `dt` ending is `t`; a `y`
    /// before a vowel is `j`. A `c` at the end stays: Dutch names end in `k`, Turkish ones in `c` (`Koç` is
    /// not `Kok`). Double consonants are one; a double vowel is one where Dutch spelling makes it
    /// sound the same (`Koolen`, `Kolen`) but not in a closed syllable (`Veen` is not `Ven`). `v` and `f` stay
    /// two letters: `Visser` and `Fisser` are two families.
    static func appendSoundKey(_ word: ArraySlice<UInt8>, to out: inout [UInt8]) {
        let mark = out.count
        func emit(_ s: UInt8) {
            // A consonant (or diphthong) twice is one; vowels are left for the pass below, which needs what
            // follows them. Bytes of other scripts are kept as they are.
            if out.count > mark, out[out.count - 1] == s, s < 0x80, !isVowel(s) || s == ij || s == ou { return }
            out.append(s)
        }
        let end = word.endIndex
        func at(_ i: Int) -> UInt8 { i < end ? word[i] : 0 }
        var i = word.startIndex
        while i < end {
            let c = word[i], next = at(i + 1)
            switch c {
            case 0x65 where next == 0x69 && at(i + 2) == 0x6A: emit(ij); i += 3; continue   // eij
            case 0x65 where next == 0x69 || next == 0x79: emit(ij); i += 2; continue        // ei, ey
            case 0x69 where next == 0x6A: emit(ij); i += 2; continue                        // ij
            case 0x79: emit(isVowel(next) ? 0x6A : ij)                                      // y
            case 0x61 where next == 0x61 && at(i + 2) == 0x75: emit(ou); i += 3; continue   // aau
            case 0x61 where next == 0x75, 0x6F where next == 0x75: emit(ou); i += 2; continue // au, ou
            case 0x63 where next == 0x68: emit(0x67); i += 2; continue                      // ch
            case 0x63 where next == 0x6B: emit(0x6B); i += 2; continue                      // ck
            case 0x63 where i + 1 < end: emit(0x6B)                                         // c, not at the end
            case 0x70 where next == 0x68: emit(0x66); i += 2; continue                      // ph
            case 0x74 where next == 0x68: emit(0x74); i += 2; continue                      // th
            case 0x71 where next == 0x75: emit(0x6B); emit(0x77); i += 2; continue          // qu
            case 0x71: emit(0x6B)                                                           // q
            case 0x78: emit(0x6B); emit(0x73)                                               // x
            case 0x7A: emit(0x73)                                                           // z
            case 0x64 where i + 1 == end: emit(0x74)                                        // d at the end
            case 0x64 where next == 0x74 && i + 2 == end: emit(0x74); i += 2; continue      // dt at the end
            default: emit(c)
            }
            i += 1
        }
        // A double vowel before one consonant and a vowel sounds as the single one does there.
        var write = mark, read = mark
        while read < out.count {
            let s = out[read]
            let double = read + 3 < out.count && s == out[read + 1] && isVowel(s)
                && !isVowel(out[read + 2]) && isVowel(out[read + 3])
            if !double {
                out[write] = s
                write += 1
            }
            read += 1
        }
        out.removeSubrange(write...)
    }

    /// Optimal-string-alignment edit distance (a symbol added, left out, changed, or two swapped), giving up
    /// above `limit`.
    static func distance(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, limit: Int) -> Int {
        let a = Array(a), b = Array(b)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var best = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
                best = min(best, current[j])
            }
            if best > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    // MARK: - Addresses

    /// An address taken apart: the street's name, the house number and its addition, the postcode, the town.
    struct Place {
        /// The street's words, folded, without the house number.
        var street: String
        /// The house number's digits, without leading zeros.
        var number: String
        /// What follows the number (`a` for `11-A`, `11a`, `11 A`), folded, without separators.
        var addition: String
        var postcode: String
        var city: String

        init(street: String, postcode: String, city: String) {
            let folded = HouseholdMatcher.folded(street)
            // Words of letters and digits; a number stuck to the street (`Dorpsstraat12`) is a word of its own.
            var tokens: [Range<Int>] = []
            var i = 0
            while i < folded.count {
                guard Place.isWordByte(folded[i]) else {
                    i += 1
                    continue
                }
                var end = i + 1
                while end < folded.count && Place.isWordByte(folded[end])
                    && !(Place.isDigit(folded[end]) && !Place.isDigit(folded[end - 1])) { end += 1 }
                tokens.append(i..<end)
                i = end
            }
            // The number is the first word after the street's name that starts with a digit (`2e Hogeweg 4`);
            // a street of nothing but a number is that number.
            var at = tokens.dropFirst().firstIndex { Place.isDigit(folded[$0.lowerBound]) }
            if at == nil, tokens.count == 1, Place.isDigit(folded[tokens[0].lowerBound]) { at = 0 }
            var streetEnd = at ?? tokens.count
            var number: [UInt8] = [], addition: [UInt8] = []
            if let at {
                let token = folded[tokens[at]]
                let digits = token.prefix(while: Place.isDigit)
                number = Array(digits.drop { $0 == 0x30 })
                if number.isEmpty { number = [0x30] }
                addition = Array(token.dropFirst(digits.count)) + tokens[(at + 1)...].flatMap { folded[$0] }
                // `Kerkstraat nr. 17`
                if streetEnd > 0, Place.numberWords.contains(String(decoding: folded[tokens[streetEnd - 1]], as: UTF8.self)) {
                    streetEnd -= 1
                }
            }
            var words: [UInt8] = []
            for token in tokens[..<streetEnd] {
                if !words.isEmpty { words.append(0x20) }
                words += folded[token]
            }
            self.street = String(decoding: words, as: UTF8.self)
            self.number = String(decoding: number, as: UTF8.self)
            self.addition = String(decoding: addition, as: UTF8.self)
            self.postcode = Place.postcode(postcode)
            self.city = Folding.fold(city)
        }

        /// `Postcode.normalized`, or empty; a postcode already stored as `1234 AB` (every household's) is taken
        /// as it is, because normalising it character by character costs more than the rest of the comparison.
        static func postcode(_ text: String) -> String {
            var bytes = text.utf8.makeIterator()
            var shape = text.utf8.count == 7
            var index = 0
            while shape, let byte = bytes.next() {
                switch index {
                case 0: shape = byte >= 0x31 && byte <= 0x39
                case 1...3: shape = isDigit(byte)
                case 4: shape = byte == 0x20
                default: shape = byte >= 0x41 && byte <= 0x5A
                }
                index += 1
            }
            if shape { return Postcode.forbidden.contains(String(text.suffix(2))) ? "" : text }
            return Postcode.normalized(text) ?? ""
        }

        private static let numberWords: Set<String> = ["nr", "no", "nummer", "huisnummer"]

        init(_ household: Household) {
            self.init(street: household.street, postcode: household.postcode, city: household.city)
        }

        @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool { isDigit(byte) || HouseholdMatcher.isLetter(byte) }

        /// The same house: the same number, the same addition or one left out (`11` is `11-A`, `11a` is not
        /// `11b`), and the same postcode or, without postcodes, the same street and town.
        func isSameAddress(as other: Place) -> Bool {
            guard !number.isEmpty, number == other.number,
                  addition.isEmpty || other.addition.isEmpty || addition == other.addition else { return false }
            if !postcode.isEmpty && !other.postcode.isEmpty { return postcode == other.postcode }
            return !street.isEmpty && street == other.street && city == other.city
        }

        func isSameStreet(as other: Place) -> Bool {
            (!street.isEmpty && street == other.street && (city.isEmpty || other.city.isEmpty || city == other.city))
                || (!postcode.isEmpty && postcode == other.postcode)
        }
    }
}
