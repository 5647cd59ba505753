/// What a worker typed about clients, fit for the projector and the pseudonymised minutes: names as initials,
/// and contact details, BSNs, dates of birth and house numbers not at all. Made once for a set of names (one
/// household's, or every client's on a meeting's agenda and in the store) and used for many texts.
///
/// Names are found where a word begins, case and accents aside: the whole name (`Van der Molen`), and each of
/// its words of three letters or more that is not a tussenvoegsel (`Molen`, `Grietje`, each half of
/// `Boukema-Ritsema`). A name followed by an `s` is found too (`Grietjes fiets`); a word that merely begins
/// with a name is not (`evaluatie` is not `Eva`). The names of `others` (the store's other clients) are found
/// only where the text writes them with a capital, so `roos` and `bos` stay words; phrases to `keep` (the
/// workers' own names) are never touched. Whatever the lists, a capitalised word with an age after it
/// (`Yusuf (9)`) is a person; a run of nine digits or more (a phone number, a BSN, an IBAN) and anything with
/// an `@` are hidden; a date is hidden where it is a client's date of birth or follows `geb.`; a house number
/// after a street is left out.
public struct Pseudonymiser: Sendable, Equatable {
    struct Word: Sendable, Equatable {
        enum Kind: Sendable, Equatable {
            /// Found in any case.
            case name
            /// Found only where the text writes it with a capital.
            case other
            /// Left as it is: a worker's name that holds a client's.
            case keep
        }
        let folded: [Character]
        /// The name or word as written: its initials are worked out when it is found (most never are).
        let original: String
        let kind: Kind
    }

    /// The name words by their first folded character, longest first.
    private let words: [Character: [Word]]
    /// The single words of `names`, folded: the word being typed is hidden as soon as it could be one of them.
    private let singles: [[Character]]
    /// Streets' last words, folded (`molenstraat`): a number after one is a house number.
    private let streets: Set<String>
    /// Dates of birth as they may be typed: `12-03-1986`, `1986-03-12`, `12-3-1986`.
    private let birthdays: Set<String>

    /// What stands for a value that is not shown at all.
    public static let hidden = "•••"

    public init(names: [String], others: [String] = [], keep: [String] = [], streets: [String] = [],
                birthdays: [Day] = []) {
        // Each name folded once; its words folded by splitting the folded name the same way (folding keeps
        // spaces, brackets and hyphens), so a city's 80,000 names cost one fold each.
        var found: [String: (original: String, kind: Word.Kind)] = [:]
        var singles: Set<String> = []
        func put(_ folded: String, _ original: String, _ kind: Word.Kind) {
            // A worker's name wins over a client's; a name on the agenda over the same word elsewhere.
            if let existing = found[folded], existing.kind == .keep || (existing.kind == .name && kind == .other) { return }
            found[folded] = (original, kind)
        }
        func add(_ name: String, _ kind: Word.Kind) {
            let folded = Folding.fold(name)
            put(folded, name, kind)
            guard kind != .keep else { return }
            let separators: (Character) -> Bool = { $0 == " " || $0 == "(" || $0 == ")" }
            let words = name.split(whereSeparator: separators)
            let foldedWords = folded.split(whereSeparator: separators)
            guard words.count == foldedWords.count else { return }
            for (word, foldedWord) in zip(words, foldedWords) {
                var pieces = [(word, foldedWord)]
                if word.contains("-" as Character) {
                    let parts = word.split(separator: "-"), foldedParts = foldedWord.split(separator: "-")
                    if parts.count == foldedParts.count { pieces += zip(parts, foldedParts).map { ($0, $1) } }
                }
                for (piece, foldedPiece) in pieces where piece.count > 2 && !DutchName.prefixes.contains(String(foldedPiece)) {
                    put(String(foldedPiece), String(piece), kind)
                    if kind == .name && !piece.contains("-" as Character) { singles.insert(String(foldedPiece)) }
                }
            }
        }
        for name in keep where !name.isEmpty { add(name, .keep) }
        for name in names where !name.isEmpty { add(name, .name) }
        for name in others where !name.isEmpty { add(name, .other) }
        var words: [Character: [Word]] = [:]
        for (folded, value) in found {
            guard let first = folded.first else { continue }
            words[first, default: []].append(Word(folded: Array(folded), original: value.original, kind: value.kind))
        }
        for key in words.keys { words[key]!.sort { $0.folded.count > $1.folded.count } }
        self.words = words
        self.singles = singles.map { Array($0) }
        self.streets = Set(streets.compactMap { street in
            street.split(separator: " ").last(where: { $0.first?.isLetter == true }).map { Folding.fold(String($0)) }
        })
        self.birthdays = Set(birthdays.flatMap { [$0.dutch, $0.iso, String($0.day) + "-" + String($0.month) + "-" + String($0.year)] })
    }

    /// For what a meeting shows and its minutes: the agenda's clients (`agenda`) found in any case, every other
    /// client of the store where written with a capital; kept as they are the workers' own names, places,
    /// streets and the sociale kaart's services (`Ten Boer` is not a client called Boer); the store's streets
    /// and dates of birth.
    public static func meeting(agenda: [String], dossiers: [Dossier], requests: [HelpRequest], workers: [Worker],
                               resources: [Resource] = []) -> Pseudonymiser {
        let streets = dossiers.map(\.household.street) + requests.map(\.street)
        // Where a restricted household lives is no place to keep: its street is as good as its name.
        let restricted = dossiers.filter { $0.household.confidentiality == .restricted }
            .map { Pseudonym.street($0.household.street, city: "") }
        let places = dossiers.map(\.household.city) + requests.map(\.city) + resources.map(\.area)
            + Set(streets.map { Pseudonym.street($0, city: "") }).subtracting(restricted)
        return Pseudonymiser(names: agenda + restricted,
                             others: dossiers.flatMap(Pseudonym.names(in:)) + requests.map(\.name),
                             keep: workers.map(\.name) + Array(Set(places)) + resources.flatMap { [$0.name, $0.organisation] },
                             streets: streets,
                             birthdays: dossiers.flatMap { $0.members.compactMap(\.born) })
    }

    /// `text` as the room may see it: `Grietje belde, 06-12345678` → `G. belde, •••`.
    public func scrub(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        return scrub(Array(text))
    }

    /// What the room sees while `text` is typed with the cursor at `cursor` (in characters): `scrub`, and the
    /// word at the cursor as its initial as soon as it could be the start of a name on the agenda (`Gri` →
    /// `G.`), a number being typed hidden from its fifth digit, so neither shows letter by letter. Also where
    /// the cursor goes in what is shown.
    public func typing(_ text: String, cursor: Int) -> (shown: String, cursor: Int) {
        let chars = Array(text)
        let cursor = min(max(0, cursor), chars.count)
        var start = cursor
        while start > 0, chars[start - 1].isLetter { start -= 1 }
        var end = cursor
        while end < chars.count, chars[end].isLetter { end += 1 }
        let word = Array(Folding.fold(String(chars[start..<end])))
        var mask: String?
        if word.count >= 2, singles.contains(where: { $0.starts(with: word) }) {
            mask = String(chars[start]).uppercased() + "."
        } else if start == end {
            // Digits being typed: a phone number or a BSN shows no more than four of them.
            var from = cursor
            while from > 0, chars[from - 1].isNumber || ((chars[from - 1] == "-" || chars[from - 1] == " ") && from > 1 && chars[from - 2].isNumber) {
                from -= 1
            }
            var to = cursor
            while to < chars.count, chars[to].isNumber { to += 1 }
            let digits = chars[from..<to].filter(\.isNumber).count
            if digits >= 5 && !Pseudonymiser.couldBeDate(chars[from..<to]) || digits > 0 && followsBirthWord(chars, at: from) {
                start = from
                end = to
                mask = Pseudonymiser.hidden
            }
        }
        if let mask {
            let before = scrub(Array(chars[..<start]))
            return (before + mask + scrub(Array(chars[end...])), before.count + mask.count)
        }
        let shown = scrub(chars)
        return (shown, min(scrub(Array(chars[..<cursor])).count, shown.count))
    }

    private func scrub(_ chars: [Character]) -> String {
        // Each character folded, with the original character it came from: ß is two, Ö is one.
        var folded: [Character] = []
        var origin: [Int] = []
        folded.reserveCapacity(chars.count)
        origin.reserveCapacity(chars.count)
        for (i, c) in chars.enumerated() {
            if c.isASCII {
                folded.append(Character(c.lowercased()))
                origin.append(i)
            } else {
                for f in Folding.fold(String(c)) {
                    folded.append(f)
                    origin.append(i)
                }
            }
        }
        func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber }
        var out = ""
        var i = 0
        var f = 0
        while i < chars.count {
            while f < folded.count, origin[f] < i { f += 1 }
            let atWordStart = i == 0 || !isWordChar(chars[i - 1])
            guard atWordStart else {
                out.append(chars[i])
                i += 1
                continue
            }
            if let end = email(chars, at: i) ?? number(chars, at: i) ?? dateOfBirth(chars, at: i) {
                out += Pseudonymiser.hidden
                i = end
                continue
            }
            // Before the names: a street kept as a place still loses its number.
            if let (streetEnd, numberEnd) = houseNumber(chars, at: i) {
                out += String(chars[i..<streetEnd])
                i = numberEnd
                continue
            }
            if f < folded.count, let candidates = words[folded[f]],
               let (word, next) = match(candidates, folded: folded, origin: origin, at: f, chars: chars) {
                if word.kind == .keep {
                    out += String(chars[i..<next])
                    i = next
                    continue
                }
                let initials = Pseudonym.initials(word.original)
                out += initials
                // `Grietje.` is `G.`, not `G..`.
                i = next < chars.count && chars[next] == "." && initials.hasSuffix(".") ? next + 1 : next
                continue
            }
            if let end = ageAfter(chars, at: i) {
                out += String(chars[i]).uppercased() + "."
                i = end
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    /// The longest name word that starts at folded position `f` and ends where a word ends (or before an `s`
    /// that ends it) and may be found here; with the index of the first original character after it.
    private func match(_ candidates: [Word], folded: [Character], origin: [Int], at f: Int,
                       chars: [Character]) -> (Word, Int)? {
        for word in candidates {
            let end = f + word.folded.count
            guard end <= folded.count, folded[f..<end].elementsEqual(word.folded) else { continue }
            if word.kind == .other, chars[origin[f]].isUppercase == false { continue }
            if word.kind == .name, chars[origin[f]].isUppercase == false, Pseudonymiser.commonWords.contains(String(word.folded)) { continue }
            // The word must end on a whole character.
            if end < folded.count, origin[end] == origin[end - 1] { continue }
            var next = origin[end - 1] + 1
            if next < chars.count, chars[next].isLetter || chars[next].isNumber {
                // A possessive or plural `s` and nothing more.
                guard word.kind != .keep, chars[next] == "s",
                      next + 1 == chars.count || !(chars[next + 1].isLetter || chars[next + 1].isNumber)
                else { continue }
                next += 1
            }
            return (word, next)
        }
        return nil
    }

    /// Whether digits being typed may still become a date (`12-03-19`, `2026-1`), not a phone number.
    static func couldBeDate(_ run: ArraySlice<Character>) -> Bool {
        let parts = run.split { $0 == "-" || $0 == "/" || $0 == "." }.map(\.count)
        guard !parts.isEmpty, parts.count <= 3 else { return false }
        if parts[0] == 4 { return parts.dropFirst().allSatisfy { $0 <= 2 } }
        return parts.dropLast().allSatisfy { $0 <= 2 } && parts.last! <= (parts.count == 3 ? 4 : 2)
    }

    /// The end of a run of non-blank characters from `i` with an `@` in it: an e-mail address.
    private func email(_ chars: [Character], at i: Int) -> Int? {
        var end = i
        var at = false
        while end < chars.count, !chars[end].isWhitespace, !",;()<>\"'".contains(chars[end]) {
            if chars[end] == "@" { at = true }
            end += 1
        }
        while end > i, ".:!?".contains(chars[end - 1]) { end -= 1 }
        return at ? end : nil
    }

    /// The end of a number of nine digits or more from `i`, in groups joined by `-`, `.`, `/` or one space,
    /// or inside letters (an IBAN): a phone number, a BSN, an account.
    private func number(_ chars: [Character], at i: Int) -> Int? {
        guard chars[i].isNumber || chars[i].isLetter else { return nil }
        var end = i
        var digits = 0
        while end < chars.count {
            let c = chars[end]
            if c.isNumber {
                digits += 1
            } else if c.isLetter {
                // Letters only inside one token (NL91ABNA0417164300), not a word after a number.
                if end > i, chars[end - 1] == " " { break }
            } else if "-./ ".contains(c), end + 1 < chars.count, chars[end + 1].isNumber, end > i, chars[end - 1].isNumber {
                // A separator between digits.
            } else {
                break
            }
            end += 1
        }
        return digits >= 9 ? end : nil
    }

    /// The end of a date at `i` that is a client's date of birth, or that follows `geb.`, `geboren`,
    /// `geboortedatum` or `born`.
    private func dateOfBirth(_ chars: [Character], at i: Int) -> Int? {
        guard chars[i].isNumber else { return nil }
        var end = i
        while end < chars.count, chars[end].isNumber || "-/.".contains(chars[end]) { end += 1 }
        while end > i, !chars[end - 1].isNumber { end -= 1 }
        let token = String(chars[i..<end]).replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".", with: "-")
        let parts = token.split(separator: "-")
        guard parts.count == 3, parts.contains(where: { $0.count == 4 }) else { return nil }
        return birthdays.contains(token) || followsBirthWord(chars, at: i) ? end : nil
    }

    /// Whether one of the two words before `i` says a date of birth follows: `geb.`, `geboren op`, `born on`.
    private func followsBirthWord(_ chars: [Character], at i: Int) -> Bool {
        var j = i
        for _ in 0..<2 {
            while j > 0, !chars[j - 1].isLetter { j -= 1 }
            var k = j
            while k > 0, chars[k - 1].isLetter { k -= 1 }
            let before = Folding.fold(String(chars[k..<j]))
            if before.hasPrefix("geb") || before == "born" || before == "dob" { return true }
            j = k
        }
        return false
    }

    /// The end of a capitalised word followed by an age in brackets, `Yusuf (9)`: the word's end.
    private func ageAfter(_ chars: [Character], at i: Int) -> Int? {
        guard chars[i].isUppercase else { return nil }
        var end = i
        while end < chars.count, chars[end].isLetter { end += 1 }
        guard end - i >= 2 else { return nil }
        var j = end
        if j < chars.count, chars[j] == " " { j += 1 }
        guard j < chars.count, chars[j] == "(" else { return nil }
        j += 1
        var digits = 0
        while j < chars.count, chars[j].isNumber { digits += 1; j += 1 }
        return (1...3).contains(digits) && j < chars.count && chars[j] == ")" ? end : nil
    }

    /// Endings of Dutch street names: a number after a word with one is a house number.
    private static let streetEndings = ["straat", "weg", "laan", "plein", "dijk", "kade", "gracht", "pad", "steeg",
                                        "singel", "dreef", "park", "hof", "markt", "wal", "erf", "baan", "straatje"]

    /// A street at `i` followed by a house number (`Molenstraat 17`, `Dorpsweg 3a`): where the street ends and
    /// where the number does.
    private func houseNumber(_ chars: [Character], at i: Int) -> (Int, Int)? {
        guard chars[i].isLetter else { return nil }
        var end = i
        while end < chars.count, chars[end].isLetter || chars[end] == "-" { end += 1 }
        let word = Folding.fold(String(chars[i..<end]))
        guard streets.contains(word) || ["nr", "no", "huisnummer", "nummer"].contains(word)
                || Pseudonymiser.streetEndings.contains(where: { word.hasSuffix($0) && word.count > $0.count + 2 })
        else { return nil }
        var j = end
        if j < chars.count, chars[j] == "." { j += 1 }
        guard j < chars.count, chars[j] == " " else { return nil }
        j += 1
        var digits = 0
        while j < chars.count, chars[j].isNumber { digits += 1; j += 1 }
        guard (1...5).contains(digits) else { return nil }
        // An addition: `a`, `-2`, ` bis`.
        var k = j
        while k < chars.count, chars[k].isLetter, k - j < 3 { k += 1 }
        if k < chars.count, chars[k].isLetter { k = j }
        if k < chars.count, chars[k] == "-", k + 1 < chars.count, chars[k + 1].isNumber {
            k += 1
            while k < chars.count, chars[k].isNumber { k += 1 }
        }
        // `nr. 17` keeps its word and loses the number, whatever follows.
        return (j > end && chars[end] == "." ? end + 1 : end, k)
    }

    /// Words that are also names (a month, a flower, a colour) are not a name where the text writes them in
    /// lower case: `3 mei` is a date, not a client called Mei.
    private static let commonWords: Set<String> = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "maandag",
        "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "roos", "bos", "wit", "zwart", "vos", "mol",
        "kok", "haan", "hoek", "berg", "brink", "hoop", "zon", "maan", "ster", "lente", "zomer", "winter", "beer", "leeuw",
        "kaya", "will", "may", "june", "rose", "mark", "bill", "grace", "hope", "joy", "faith", "dean", "lane",
    ]
}
