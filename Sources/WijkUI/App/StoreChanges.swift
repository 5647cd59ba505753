/// What was read again from the store (or changed in who may see what) since the panes last caught up, so
/// each pane brings up to date only what depends on it.
public struct StoreChanges: Sendable, Equatable {
    /// The whole store, a removed household or the team: everything derived is built again.
    public var everything = false
    /// The viewer or the emergency grants changed: what may be seen is worked out again.
    public var access = false
    public var resources = false
    public var requests = false
    public var meetings = false
    /// Who has which household open where.
    public var presence = false
    /// Households changed or added, by position in `snapshot.dossiers`.
    public var households: [Int] = []
    /// Files were read again (or the store was looked at anew), whatever they held.
    public var any = false

    public init() {}

    /// Adds what `other` says changed.
    mutating func merge(_ other: StoreChanges) {
        everything = everything || other.everything
        access = access || other.access
        resources = resources || other.resources
        requests = requests || other.requests
        meetings = meetings || other.meetings
        presence = presence || other.presence
        households += other.households.filter { !households.contains($0) }
        any = any || other.any
    }
}
