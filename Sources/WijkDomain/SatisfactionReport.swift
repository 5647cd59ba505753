/// Client satisfaction: the score of 1 to 10 asked at closing, over the households closed in a period.
public struct SatisfactionReport: Sendable, Equatable {
    /// Households closed in the period with a score.
    public var scored: Tally
    /// Closed in the period without one.
    public var unscored: Tally
    /// Households per score, 1 to 10 (index 0 is score 1).
    public var distribution: [Tally]
    public var mean: Double?
    public var median: Double?

    public init(_ dossiers: [Dossier], period: ReportPeriod) {
        scored = Tally()
        unscored = Tally()
        distribution = Array(repeating: Tally(), count: 10)
        var scores: [Int] = []
        for household in dossiers.map(\.household)
        where household.status == .closed && household.closed.map(period.contains) == true {
            guard let score = household.satisfaction, (1...10).contains(score) else {
                unscored.add(household.id)
                continue
            }
            scored.add(household.id)
            distribution[score - 1].add(household.id)
            scores.append(score)
        }
        mean = scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count)
        median = WaitingReport.percentile(scores.sorted(), 0.5)
    }
}
