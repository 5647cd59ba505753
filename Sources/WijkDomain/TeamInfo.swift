/// What the store says about itself: format version and the team it belongs to.
public struct TeamInfo: Sendable, Equatable {
    public var format: Int
    public var team: String
    public var municipality: String
    public var area: String

    public init(format: Int, team: String, municipality: String = "", area: String = "") {
        self.format = format
        self.team = team
        self.municipality = municipality
        self.area = area
    }
}
