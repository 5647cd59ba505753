/// A self-reliance score on the ZRM scale, 1 (acute problematiek) to 5 (volledig zelfredzaam).
public enum ZRMScore: Int, CaseIterable, Sendable, Comparable, Codable {
    case acute = 1
    case notSelfReliant = 2
    case limitedSelfReliant = 3
    case sufficientlySelfReliant = 4
    case fullySelfReliant = 5

    public static func < (a: ZRMScore, b: ZRMScore) -> Bool { a.rawValue < b.rawValue }
}
