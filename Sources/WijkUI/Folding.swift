import Foundation

/// Text folded for matching and sorting: lower case, without diacritics, so `gul` finds `Gül` and `Çelik` sorts with C.
public enum Folding {
    public static func fold(_ text: String) -> String {
        // Letters Unicode does not decompose into base + accent.
        let extra: [Character: String] = ["ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "ı": "i", "đ": "d",
                                          "Đ": "d", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe"]
        var base = text
        if base.contains(where: { extra[$0] != nil }) {
            base = String(base.flatMap { extra[$0] ?? String($0) })
        }
        return base.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Whether every word of `query` (already folded) occurs in `key` (already folded).
    public static func matches(_ key: String, query words: [Substring]) -> Bool {
        words.allSatisfy { key.contains($0) }
    }

    /// The words of a query, folded.
    public static func queryWords(_ query: String) -> [Substring] {
        fold(query).split(separator: " ")
    }
}
