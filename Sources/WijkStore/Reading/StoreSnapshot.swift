import WijkDomain

/// Everything read from a store at one moment, plus the problems met while reading.
public struct StoreSnapshot: Sendable {
    /// The store directory as given.
    public var root: String
    public var info: TeamInfo
    public var workers: [Worker]
    public var resources: [Resource]
    public var requests: [HelpRequest]
    public var dossiers: [Dossier]
    /// The team meetings' minutes, oldest first.
    public var meetings: [Meeting] = []
    public var problems: [StoreProblem]
    /// How many files were read to make this snapshot.
    public var filesRead: Int

    public init(root: String, info: TeamInfo, workers: [Worker] = [], resources: [Resource] = [],
                requests: [HelpRequest] = [], dossiers: [Dossier] = [], problems: [StoreProblem] = [],
                filesRead: Int = 0) {
        self.root = root
        self.info = info
        self.workers = workers
        self.resources = resources
        self.requests = requests
        self.dossiers = dossiers
        self.problems = problems
        self.filesRead = filesRead
    }

    /// Conflict copies left by sync tools, relative to the store.
    public var conflictCopies: [String] {
        problems.filter { $0.kind == .conflictCopy }.map(\.path)
    }

    /// The worker with `id`, if the team has one.
    public func worker(_ id: String) -> Worker? { workers.first { $0.id == id } }
}
