/// Small-number suppression, as statistical offices apply it: a figure resting on fewer than five
/// households is not shown, so nobody can be recognised in a report.
public enum SmallNumbers {
    /// Figures resting on fewer households than this are withheld.
    public static let threshold = 5

    /// Whether a figure resting on `households` households is withheld. Nought is shown: it points at nobody.
    public static func withholds(_ households: Int) -> Bool { households > 0 && households < threshold }

    /// Why a figure of a group is withheld: it rests on too few households itself, or it was withheld only so
    /// that another small one cannot be worked back from the total.
    public enum Mark: Sendable, Equatable {
        case small
        case secondary
    }

    /// `withheld`, saying for each withheld figure which rule withheld it.
    public static func marks(_ households: [Int]) -> [Mark?] {
        zip(households, withheld(households)).map { count, hidden in
            hidden ? (withholds(count) ? .small : .secondary) : nil
        }
    }

    /// Which figures of a group are withheld when the group's total is shown too: each small one, and when
    /// that leaves a single one withheld, the next smallest as well, so it cannot be worked out by subtracting
    /// the others from the total (secondary suppression).
    public static func withheld(_ households: [Int]) -> [Bool] {
        var hidden = households.map(withholds)
        if hidden.filter({ $0 }).count == 1,
           let next = households.indices.filter({ !hidden[$0] && households[$0] > 0 })
            .min(by: { (households[$0], $0) < (households[$1], $1) }) {
            hidden[next] = true
        }
        return hidden
    }
}
