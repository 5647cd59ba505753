import Foundation
import Testing
import WijkDomain

/// The name pairs of `Tests/Fixtures/name-pairs.tsv`: families the field spells two ways, and families that
/// only look alike.
@Suite("Names as the field spells them: the pairs of Tests/Fixtures/name-pairs.tsv")
struct HouseholdMatcherPairsTests {
    struct Pair {
        var line: Int
        var a: String
        var b: String
        var note: String
        var text: String { "line \(line): \(a) / \(b) (\(note))" }
    }

    /// The fixture's pairs by their first column, `match` or `miss`.
    static let pairs: [String: [Pair]] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = root.appendingPathComponent("Tests/Fixtures/name-pairs.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var pairs: [String: [Pair]] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let pair = Pair(line: index + 1, a: fields.count > 1 ? fields[1] : "", b: fields.count > 2 ? fields[2] : "",
                            note: fields.count > 3 ? fields[3] : "")
            pairs[fields.count == 4 ? fields[0] : "malformed", default: []].append(pair)
        }
        return pairs
    }()

    @Test("The fixture holds at least 60 pairs of one family and 40 of two, each line four fields")
    func fixture() {
        #expect(Self.pairs["match", default: []].count >= 60)
        #expect(Self.pairs["miss", default: []].count >= 40)
        let malformed = Self.pairs["malformed", default: []].map(\.line)
        #expect(malformed.isEmpty, "not match|miss and four tab-separated fields: lines \(malformed)")
    }

    @Test("Every pair the field spells as one family is found")
    func matches() {
        let missed = Self.pairs["match", default: []].filter { !HouseholdMatcher.isSimilarName($0.a, $0.b) }
        #expect(missed.isEmpty, "not found:\n\(missed.map(\.text).joined(separator: "\n"))")
    }

    @Test("No pair of two families that only look alike is taken for one")
    func misses() {
        let taken = Self.pairs["miss", default: []].filter { HouseholdMatcher.isSimilarName($0.a, $0.b) }
        #expect(taken.isEmpty, "taken for one family:\n\(taken.map(\.text).joined(separator: "\n"))")
    }

    @Test("Sound-alikes are the same name; a typo is only a similar one")
    func sameOrSimilar() {
        #expect(HouseholdMatcher.isSameName("Meijer", "Meyer"))
        #expect(HouseholdMatcher.isSameName("Smidt", "Smit"))
        #expect(HouseholdMatcher.isSameName("Fam. v.d. Berg", "Van den Berg"))
        #expect(!HouseholdMatcher.isSameName("Boukma", "Boukema"), "a typo, not a sound-alike")
        #expect(HouseholdMatcher.isSimilarName("Boukma", "Boukema"))
        #expect(HouseholdMatcher.isSimilarName("Meijer", "Meyer"), "the same name is a similar one too")
    }
}
