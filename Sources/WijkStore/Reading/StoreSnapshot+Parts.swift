/// Taking a part of the store read again into a snapshot: live reload on screen, and the snapshot cache
/// brought up to date after a start.
extension StoreSnapshot {
    /// What taking in a part did.
    public enum Taken: Sendable, Equatable {
        case team, resources, requests, meetings
        /// The household at this position in `dossiers` was replaced, or added there (at the end).
        case household(Int)
        /// A household is gone: those after it moved up one.
        case removed
        /// A household that was not there is not there still (gone, or unreadable).
        case nothing
    }

    /// Takes in `read`: its content replaces the part's, its problems the part's problems (left unsorted, for
    /// the caller to sort once). `index` is where the household is in `dossiers`, nil when it is not there.
    public mutating func take(_ read: StoreReader.PartRead, at index: Int?) -> Taken {
        problems.removeAll { $0.path.hasPrefix(read.prefix) }
        problems += read.problems
        switch read.part {
        case .team:
            workers = read.workers ?? []
            return .team
        case .resources:
            resources = read.resources ?? []
            return .resources
        case .requests:
            requests = read.requests ?? []
            return .requests
        case .meetings:
            meetings = read.meetings ?? []
            return .meetings
        case .household:
            switch (index, read.dossier) {
            case (let index?, let dossier?):
                dossiers[index] = dossier
                return .household(index)
            case (let index?, nil):
                dossiers.remove(at: index)
                return .removed
            case (nil, let dossier?):
                dossiers.append(dossier)
                return .household(dossiers.count - 1)
            case (nil, nil):
                return .nothing
            }
        }
    }
}
