import Foundation
import WijkDomain

/// One household, one plan, measured: the name pairs of `Tests/Fixtures/name-pairs.tsv` found and refused,
/// and what asking the matcher costs on a city's households (every door asks it once, on saving).
enum MatchingBench {
    static func run(root: String, dossiers: [Dossier]) {
        let fixture = root + "/Tests/Fixtures/name-pairs.tsv"
        guard let text = try? String(contentsOfFile: fixture, encoding: .utf8) else {
            return print("matching: \(fixture) not found")
        }
        var found = 0, pairs = 0, refused = 0, misses = 0, sound = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { continue }
            let similar = HouseholdMatcher.isSimilarName(fields[1], fields[2])
            if fields[0] == "match" {
                pairs += 1
                if similar { found += 1 }
                if HouseholdMatcher.isSameName(fields[1], fields[2]) { sound += 1 }
            } else {
                misses += 1
                if !similar { refused += 1 }
            }
        }
        Measure.report("matching: pairs of one family found (of them the same name by sound)",
                       "\(found) of \(pairs) (\(sound))")
        Measure.report("matching: pairs of two families refused", "\(refused) of \(misses)")
        guard let sample = dossiers.dropFirst(dossiers.count / 2).first?.household else { return }
        let candidate = HouseholdMatcher.Candidate(name: "Fam. " + sample.name, street: sample.street,
                                                   postcode: sample.postcode, city: sample.city, bsns: ["111222333"])
        let asks = (0..<21).map { _ in Measure.seconds { _ = HouseholdMatcher.matches(for: candidate, in: dossiers) } }
        Measure.report("matching: a door asks over \(dossiers.count) households, 21×",
                       Measure.summary(asks))
        let checks = (0..<5).map { _ in Measure.seconds { _ = HouseholdMatcher.duplicates(in: dossiers) } }
        Measure.report("matching: duplicates in the store (wijk check), median of 5",
                       Measure.milliseconds(Measure.median(checks)))
    }
}
