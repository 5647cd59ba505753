/// Dutch conventions for sorting names.
public enum DutchName {
    /// Prefixes (tussenvoegsels) that Dutch lists sort past: `de Vries` sorts under V.
    /// Whether `word` is a tussenvoegsel (`de`, `van`, `ter`), case and accents aside.
    public static func isParticle(_ word: String) -> Bool { prefixes.contains(Folding.fold(word)) }

    static let prefixes: Set<String> = [
        "van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "in", "op", "onder", "uit", "vd", "v.d.",
        "la", "le", "du", "da", "di", "dos", "el", "al",
    ]

    /// The name without leading tussenvoegsels, in lower case, for sorting;
    /// keeps the name whole when it is nothing but prefixes.
    public static func sortKey(_ name: String) -> String {
        let words = name.lowercased().split(separator: " ")
        var index = 0
        while index < words.count - 1, prefixes.contains(String(words[index])) { index += 1 }
        return words[index...].joined(separator: " ")
    }
}
