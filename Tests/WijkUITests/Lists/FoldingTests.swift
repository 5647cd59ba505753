import Foundation
import Testing
@testable import WijkStore
import WijkDomain
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
}
