/// Clients' names found in free text and shown as their initials: what a worker typed about a household, fit
/// for the projector and the pseudonymised minutes. Made once for a set of names (one household's, or every
/// client's on a meeting's agenda) and used for many texts.
///
/// A name is found where a word begins, case and accents aside: the whole name (`Van der Molen`), and each of
/// its words of three letters or more that is not a tussenvoegsel (`Molen`, `Grietje`, each half of
/// `Boukema-Ritsema`). A name followed by an `s` is found too (`Grietjes fiets`); a word that merely begins
/// with a name is not (`evaluatie` is not `Eva`).
public struct Pseudonymiser: Sendable, Equatable {
    struct Word: Sendable, Equatable {
        let folded: [Character]
        let initials: String
    }

    /// The name words by their first folded character, longest first.
    private let words: [Character: [Word]]
    /// The single name words, folded: the word being typed is hidden as soon as it could be one of them.
    private let singles: [[Character]]

    public init(names: [String]) {
        var found: [String: String] = [:]
        var singles: Set<[Character]> = []
        for name in names where !name.isEmpty {
            found[Folding.fold(name)] = Pseudonym.initials(name)
            for part in name.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" }) {
                let word = String(part)
                var pieces = [word]
                if word.contains("-") { pieces += word.split(separator: "-").map(String.init) }
                for piece in pieces where piece.count > 2 && !DutchName.isParticle(piece) {
                    let folded = Folding.fold(piece)
                    found[folded] = Pseudonym.initials(piece)
                    if !piece.contains("-") { singles.insert(Array(folded)) }
                }
            }
        }
        var words: [Character: [Word]] = [:]
        for (folded, initials) in found {
            let chars = Array(folded)
            guard let first = chars.first else { continue }
            words[first, default: []].append(Word(folded: chars, initials: initials))
        }
        for key in words.keys { words[key]!.sort { $0.folded.count > $1.folded.count } }
        self.words = words
        self.singles = Array(singles)
    }

    /// Whether there are no names to look for.
    public var isEmpty: Bool { words.isEmpty }

    /// `text` with every name in it as initials: `Grietje belde` → `G. belde`.
    public func scrub(_ text: String) -> String {
        guard !words.isEmpty, !text.isEmpty else { return text }
        return scrub(Array(text))
    }

    /// What the room sees while `text` is typed with the cursor at `cursor` (in characters): the names in it as
    /// initials, and the word at the cursor as its initial as soon as it could be the start of a name (`Gri`
    /// → `G.`), so a name never shows letter by letter. Also where the cursor goes in what is shown.
    public func typing(_ text: String, cursor: Int) -> (shown: String, cursor: Int) {
        let chars = Array(text)
        let cursor = min(max(0, cursor), chars.count)
        var start = cursor
        while start > 0, chars[start - 1].isLetter { start -= 1 }
        var end = cursor
        while end < chars.count, chars[end].isLetter { end += 1 }
        let word = Array(Folding.fold(String(chars[start..<end])))
        if word.count >= 2, singles.contains(where: { $0.starts(with: word) }) {
            let before = scrub(Array(chars[..<start]))
            let mask = String(chars[start]).uppercased() + "."
            return (before + mask + scrub(Array(chars[end...])), before.count + mask.count)
        }
        let before = scrub(Array(chars[..<cursor]))
        return (scrub(chars), min(before.count, scrub(chars).count))
    }

    private func scrub(_ chars: [Character]) -> String {
        guard !words.isEmpty, !chars.isEmpty else { return String(chars) }
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
        var out = ""
        var i = 0
        var f = 0
        while i < chars.count {
            while f < folded.count, origin[f] < i { f += 1 }
            let atWordStart = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber)
            if atWordStart, f < folded.count, let candidates = words[folded[f]],
               let (word, next) = match(candidates, folded: folded, origin: origin, at: f, chars: chars) {
                out += word.initials
                // `Grietje.` is `G.`, not `G..`.
                i = next < chars.count && chars[next] == "." && word.initials.hasSuffix(".") ? next + 1 : next
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    /// The longest name word that starts at folded position `f` and ends where a word ends (or before an `s`
    /// that ends it); with the index of the first original character after it.
    private func match(_ candidates: [Word], folded: [Character], origin: [Int], at f: Int,
                       chars: [Character]) -> (Word, Int)? {
        for word in candidates {
            let end = f + word.folded.count
            guard end <= folded.count, folded[f..<end].elementsEqual(word.folded) else { continue }
            // The word must end on a whole character.
            if end < folded.count, origin[end] == origin[end - 1] { continue }
            var next = origin[end - 1] + 1
            if next < chars.count, chars[next].isLetter || chars[next].isNumber {
                // A possessive or plural `s` and nothing more.
                guard chars[next] == "s", next + 1 == chars.count || !(chars[next + 1].isLetter || chars[next + 1].isNumber)
                else { continue }
                next += 1
            }
            return (word, next)
        }
        return nil
    }
}
