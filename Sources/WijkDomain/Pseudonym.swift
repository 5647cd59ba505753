/// What a projected screen or pseudonymised minutes show of a person or an address: initials and the street
/// without its number, so people in the room who need not know a client do not learn who it is.
public enum Pseudonym {
    /// `De Vries` → `d.V.`, `Van der Molen` → `v.d.M.`, `Yılmaz-Bakker` → `Y.-B.`, `Anouk de Vries` → `A.d.V.`;
    /// tussenvoegsels in lower case, the rest capitals.
    public static func initials(_ name: String) -> String {
        var words = name.split { $0 == " " || $0 == "\t" }.map(String.init)
        // A word in Chinese, Japanese or Korean script: its first character is the whole surname, so it is left
        // out where the name has a Latin spelling beside it (`王芳 (Wang Fang)` → `W.F.`).
        let ideographic = { (word: String) in word.unicodeScalars.first { $0.properties.isAlphabetic }?.properties.isIdeographic == true
            || word.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) || (0x3040...0x30FF).contains($0.value) } }
        if words.contains(where: { !ideographic($0) }) { words.removeAll(where: ideographic) } else if !words.isEmpty { return "—" }
        var out = ""
        for word in words {
            let parts = word.split(separator: "-", omittingEmptySubsequences: true)
            let lowered = Folding.fold(word)
            let isParticle = DutchName.prefixes.contains(lowered) && words.count > 1
            let letters = parts.compactMap { part -> String? in
                guard let first = part.first(where: { $0.isLetter }) else { return nil }
                return isParticle ? String(first).lowercased() : String(first).uppercased()
            }
            if !letters.isEmpty { out += letters.joined(separator: ".-") + "." }
        }
        return out.isEmpty ? "—" : out
    }

    /// `text` with each of `names` as initials (see `Pseudonymiser`): what a worker typed about a client, fit
    /// for the projector.
    public static func scrub(_ text: String, names: [String]) -> String {
        Pseudonymiser(names: names).scrub(text)
    }

    /// The names in a household that its free texts may mention: the household's and every member's.
    public static func names(in dossier: Dossier) -> [String] {
        [dossier.household.name] + dossier.members.map(\.name)
    }

    /// `Stationsweg 12a, Ten Boer` → `Stationsweg, Ten Boer`: the street and place without the house number.
    public static func street(_ street: String, city: String) -> String {
        var words = street.split(separator: " ").map(String.init)
        while let last = words.last, last.first?.isNumber == true || (words.count > 1 && isAddition(last)) {
            words.removeLast()
        }
        return [words.joined(separator: " "), city].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// A house number's addition on its own: `a`, `II`, `bis`, `hs`, `-2`.
    private static func isAddition(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return ["a", "b", "c", "d", "i", "ii", "iii", "bis", "hs", "huis", "rd", "zw"].contains(lowered)
            || word.first == "-" || word.allSatisfy { $0.isNumber || $0 == "-" }
    }
}
