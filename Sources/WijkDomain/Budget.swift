/// The household's one budget for the plan period: not earmarked per law or product.
public struct Budget: Sendable, Equatable {
    public var amount: Money
    public var from: Day?
    public var until: Day?

    public init(amount: Money, from: Day? = nil, until: Day? = nil) {
        self.amount = amount
        self.from = from
        self.until = until
    }
}
