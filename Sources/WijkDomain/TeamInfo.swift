/// What the store says about itself: format version and the team it belongs to.
public struct TeamInfo: Sendable, Equatable, Codable {
    public var format: Int
    public var team: String
    public var municipality: String
    public var area: String
    /// Idle time after which a workstation locks itself.
    public var idleLockSeconds: Int
    /// How soon requests for help are answered, and the working days that count.
    public var norms: TriageNorms
    /// How long closed households are kept before they are destroyed.
    public var retention: RetentionPolicy

    /// Five minutes, unless the team sets otherwise.
    public static let defaultIdleLock = 300

    public init(format: Int, team: String, municipality: String = "", area: String = "",
                idleLockSeconds: Int = TeamInfo.defaultIdleLock, norms: TriageNorms = TriageNorms(),
                retention: RetentionPolicy = RetentionPolicy()) {
        self.norms = norms
        self.retention = retention
        self.format = format
        self.team = team
        self.municipality = municipality
        self.area = area
        self.idleLockSeconds = idleLockSeconds
    }
}
