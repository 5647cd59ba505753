import Foundation

/// Text folded for matching and sorting: lower case, without diacritics, so `gul` finds `Gül` and `Çelik` sorts with C.
public enum Folding {
    /// Letters Unicode does not decompose into base + accent.
    private static let extra: [Character: String] = ["ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "ı": "i",
                                                     "đ": "d", "Đ": "d", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe"]

    public static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        fold(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `fold(text)` as UTF-8, appended to `bytes`: the caseload folds every household's names and address at
    /// the start, straight into its search key.
    ///
    /// Plain ASCII only lower-cases, byte by byte; a letter of the Latin blocks (À to ɏ: the Dutch, Turkish,
    /// Polish, Portuguese names of a neighbourhood) is looked up in a table made by folding it the slow way;
    /// text with anything else in it (a combining accent, a wide form, another script) goes through Foundation.
    public static func fold(_ text: String, into bytes: inout [UInt8]) {
        let mark = bytes.count
        bytes.reserveCapacity(mark + text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else if value >= latinStart && value < latinStart + UInt32(latin.count) {
                bytes.append(contentsOf: latin[Int(value - latinStart)])
            } else {
                bytes.removeSubrange(mark...)
                bytes.append(contentsOf: slowFold(text).utf8)
                return
            }
        }
    }

    private static let latinStart: UInt32 = 0xC0

    /// À (U+00C0) to ɏ (U+024F) folded one by one, as `slowFold` folds them.
    private static let latin: [[UInt8]] = (latinStart...0x24F).map { Array(slowFold(String(UnicodeScalar($0)!)).utf8) }

    /// Folding as Foundation does it, after the letters it leaves alone.
    static func slowFold(_ text: String) -> String {
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

    /// The words of a query, folded, as UTF-8 bytes for `matches(bytes:query:)`.
    public static func queryBytes(_ query: String) -> [[UInt8]] {
        queryWords(query).map { Array($0.utf8) }
    }

    /// Byte-wise `matches`: both sides are folded the same way, so a UTF-8
    /// substring is a character substring, and comparing bytes keeps typing
    /// in a filter over 10,000 rows fast.
    public static func matches(bytes key: [UInt8], query words: [[UInt8]]) -> Bool {
        words.allSatisfy { contains(key, $0) }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { firstIndex(of: needle, in: $0, from: 0) != nil }
    }

    /// Where `needle` next occurs in `haystack` at or after `start`, nil when it does not; an empty needle is
    /// found at `start`.
    public static func firstIndex(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first else { return start }
        let count = needle.count
        let last = haystack.count - count
        guard start <= last, let base = haystack.baseAddress else { return nil }
        return needle.withUnsafeBufferPointer { n in
            // Eight bytes at a time for the needle's first byte (the caseload's filter scans every household's
            // search key for the first letter typed): a byte equal to it is a zero byte of `word ^ pattern`.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let pattern = UInt64(first) &* ones
            var i = start
            while i <= last {
                if i + 8 <= haystack.count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) ^ pattern
                    let zeros = (word &- ones) & ~word & (ones << 7)
                    guard zeros != 0 else {
                        i += 8
                        continue
                    }
                    i += zeros.trailingZeroBitCount / 8
                    guard i <= last else { return nil }
                } else if base[i] != first {
                    i += 1
                    continue
                }
                var j = 1
                while j < count && base[i + j] == n[j] { j += 1 }
                if j == count { return i }
                i += 1
            }
            return nil
        }
    }

}
