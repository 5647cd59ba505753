import Foundation
import Testing
@testable import WijkStore
@testable import WijkDomain
@testable import WijkUI

@Suite("Folding text for search and sorting")
struct FoldingTests {
    @Test("Accents, case and letters without a decomposition fold away: gul finds Gül, Łukasz is lukasz")
    func accents() {
        #expect(Folding.fold("Gül Çelik-Nguyễn") == "gul celik-nguyen")
        #expect(Folding.fold("Łukasz Øberg Straße") == "lukasz oberg strasse")
        #expect(Folding.fold("ÉÉN") == "een")
        #expect(Folding.fold("Ｗｉｊｋ") == "wijk")
    }

    @Test("Plain ASCII folds as Foundation folds it, through the shortcut", arguments: [1, 2, 3])
    func asciiMatchesFoundation(seed: UInt64) {
        var random = SplitMix(seed: seed)
        for _ in 0..<2_000 {
            let text = String((0..<Int(random.next() % 40)).map { _ in Character(UnicodeScalar(UInt8(random.next() % 128))) })
            let foundation = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            #expect(Folding.fold(text) == foundation, "\(Array(text.utf8))")
        }
    }

    @Test("Every Latin letter from À to ɏ folds as Foundation folds it, alone and between other letters")
    func latinMatchesFoundation() {
        for value in UInt32(0xC0)...0x24F {
            let letter = String(UnicodeScalar(value)!)
            for text in [letter, "a" + letter + "B", letter + letter.uppercased() + " x"] {
                #expect(Folding.fold(text) == Folding.slowFold(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test("Names mixing ASCII, Latin letters and other scripts fold as Foundation folds them", arguments: [1, 2, 3])
    func mixedMatchesFoundation(seed: UInt64) {
        var random = SplitMix(seed: seed)
        // Mostly Latin, now and then a combining accent, a wide letter, Greek or an emoji: those go the slow way.
        let rare: [UInt32] = [0x301, 0x308, 0xFF37, 0x3A3, 0x3C2, 0x1F600, 0x130, 0x131, 0xDF, 0x1E9E]
        for _ in 0..<2_000 {
            let scalars = (0..<Int(random.next() % 12)).map { _ -> UnicodeScalar in
                switch random.next() % 10 {
                case 0: return UnicodeScalar(rare[Int(random.next() % UInt64(rare.count))])!
                case 1...4: return UnicodeScalar(UInt32(0xC0 + random.next() % 0x190))!
                default: return UnicodeScalar(UInt8(0x20 + random.next() % 95))
                }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            #expect(Folding.fold(text) == Folding.slowFold(text), "\(scalars.map(\.value))")
        }
    }

    @Test("Looking for a word eight bytes at a time finds what a byte-by-byte look finds, from every start")
    func firstIndexMatchesNaive() {
        var random = SplitMix(seed: 7)
        func naive(_ needle: [UInt8], _ haystack: [UInt8], _ start: Int) -> Int? {
            guard !needle.isEmpty else { return start }
            guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
            return (start...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
        }
        for _ in 0..<400 {
            // A small alphabet, so matches and near misses are common; bytes ≥ 0x80 too (folded UTF-8).
            let alphabet: [UInt8] = [0x61, 0x62, 0x6A, 0x00, 0x20, 0xC3, 0xFF]
            let haystack = (0..<Int(random.next() % 40)).map { _ in alphabet[Int(random.next() % 7)] }
            let needle = (0..<Int(random.next() % 4)).map { _ in alphabet[Int(random.next() % 7)] }
            haystack.withUnsafeBufferPointer { buffer in
                for start in 0...haystack.count {
                    #expect(Folding.firstIndex(of: needle, in: buffer, from: start) == naive(needle, haystack, start),
                            "\(needle) in \(haystack) from \(start)")
                }
            }
        }
    }
}
