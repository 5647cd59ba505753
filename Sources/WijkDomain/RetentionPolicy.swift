/// How long a closed household's file is kept (bewaartermijn): 15 years under the Wmo 2015, 20 under the
/// Jeugdwet, counted from the day the household was closed.
///
/// The Jeugdwet's term applies as soon as a member was under 18 on some day of the case; since age only
/// grows, that is the case's first day.
public struct RetentionPolicy: Sendable, Equatable, Codable {
    /// The law whose term applies to a file.
    public enum Law: String, CaseIterable, Sendable, Codable {
        case wmo, youth
    }

    public var wmoYears: Int = 15
    public var youthYears: Int = 20

    public init(wmoYears: Int = 15, youthYears: Int = 20) {
        self.wmoYears = wmoYears
        self.youthYears = youthYears
    }

    /// The Jeugdwet when a member was under 18 on the case's first day (or was born during the case), else
    /// the Wmo.
    public func law(of dossier: Dossier) -> Law {
        guard let first = RetentionPolicy.firstDay(of: dossier) else { return .wmo }
        let last = RetentionPolicy.closingDay(of: dossier)
        let minor = dossier.members.contains { member in
            guard let born = member.born else { return false }
            if let last, born > last { return false }
            return born.age(on: first) < 18
        }
        return minor ? .youth : .wmo
    }

    /// The last day the file is kept: the closing day plus the law's years; nil while the household is not
    /// closed.
    public func endDate(of dossier: Dossier) -> Day? {
        guard let closed = RetentionPolicy.closingDay(of: dossier) else { return nil }
        return closed.adding(years: years(law(of: dossier)))
    }

    /// The day a closed household was closed: its `Closed` date, else (files closed before Wijkdesk kept that
    /// date) the last day anything was written in it; nil while it is not closed.
    public static func closingDay(of dossier: Dossier) -> Day? {
        guard dossier.household.status == .closed else { return nil }
        if let closed = dossier.household.closed { return closed }
        let dated = dossier.journal.map(\.date) + dossier.assessments.map(\.date) + dossier.expenses.map(\.date)
            + dossier.referrals.map(\.lastMoved)
        return dated.max() ?? dossier.household.start
    }

    /// The closed households whose end date is `today` or earlier: due for destruction, the earliest first.
    public func due(_ dossiers: [Dossier], on today: Day) -> [Dossier] {
        dossiers.compactMap { dossier in endDate(of: dossier).map { (dossier, $0) } }
            .filter { $0.1 <= today }
            .sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
            .map(\.0)
    }

    public func years(_ law: Law) -> Int {
        switch law {
        case .wmo: return wmoYears
        case .youth: return youthYears
        }
    }

    /// The case's first day: its start, else the earliest journal entry or assessment, else the closing day.
    static func firstDay(of dossier: Dossier) -> Day? {
        if let start = dossier.household.start { return start }
        let dated = dossier.journal.map(\.date) + dossier.assessments.map(\.date)
        return dated.min() ?? closingDay(of: dossier)
    }
}
