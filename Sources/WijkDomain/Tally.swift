/// A count of things (cases, referrals, euros) with the households behind it, which decide whether a report
/// may show it.
public struct Tally: Sendable, Equatable {
    /// How many things were counted: cases, referrals, or cents for money.
    public var count: Int
    public var households: Set<String>

    public init(count: Int = 0, households: Set<String> = []) {
        self.count = count
        self.households = households
    }

    public mutating func add(_ household: String, _ amount: Int = 1) {
        count += amount
        households.insert(household)
    }

    /// Whether the figure rests on so few households that showing it could point at them.
    public var isSmall: Bool { SmallNumbers.withholds(households.count) }
}
