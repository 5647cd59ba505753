/// The days a report counts, both included, and the months its trends show.
public struct ReportPeriod: Sendable, Equatable {
    public var from: Day
    public var to: Day

    public init(from: Day, to: Day) {
        self.from = from
        self.to = to
    }

    /// The period asked for, each bound defaulting to the twelve months up to `today`: the first day of the
    /// month eleven months back, and today.
    public init(from: Day?, to: Day?, today: Day) {
        let end = to ?? today
        self.init(from: from ?? Month(end).back(11).first, to: end)
    }

    public func contains(_ day: Day) -> Bool { from <= day && day <= to }

    /// The months the period touches, oldest first.
    public var months: [Month] { Month.range(from, to) }
}
