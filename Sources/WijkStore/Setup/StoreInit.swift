import WijkDomain

/// Makes a new, empty store with its first coordinator.
public enum StoreInit {
    public enum Failure: Error, Sendable, Equatable {
        /// The folder exists and is not empty: never written into.
        case notEmpty(path: String)
        case badInitials
        case io(path: String, reason: String)
    }

    /// Creates the store at `root` (missing or an empty folder) and returns the coordinator's worker id.
    @discardableResult
    public static func create(at root: String, team: String, coordinator: String, initials: String,
                              municipality: String = "", pinHash: String = "") throws(Failure) -> String {
        if FileSystem.exists(root) {
            guard FileSystem.isDirectory(root), (FileSystem.list(root) ?? ["?"]).isEmpty else {
                throw .notEmpty(path: root)
            }
        }
        let letters = initials.uppercased().filter { $0.isLetter }
        guard (1...4).contains(letters.count) else { throw .badInitials }
        let id = "w-" + Stamp.safe(letters)
        let writer = StoreWriter(root: root, workstation: "init")
        let worker = Worker(id: id, name: coordinator, initials: letters, role: .coordinator, pinHash: pinHash)
        do throws(StoreWriteError) {
            do {
                try FileSystem.makeDirectories(root)
                for folder in [StoreLayout.team, StoreLayout.households, StoreLayout.resources, StoreLayout.requests] {
                    try FileSystem.makeDirectories(root + "/" + folder)
                }
            } catch {
                throw StoreWriteError.io(path: root, reason: error.message)
            }
            try writer.create(StoreLayout.team + "/" + id + ".rec",
                              [Schema.set("Worker", [StoreEncoder.worker(worker)])])
            // The team file last: until it exists the folder is not a store.
            // Its own id anchors the audit trail, so a trail copied in from another store shows.
            try writer.create(StoreLayout.infoFile, [Schema.set("Store", [
                StoreEncoder.teamInfo(TeamInfo(format: 1, team: team, municipality: municipality))
                    .setting("StoreId", to: AuditLog.newStoreId()),
            ])])
        } catch {
            switch error {
            case .io(let path, let reason): throw .io(path: path, reason: reason)
            case .exists(let path): throw .io(path: path, reason: "exists")
            case .changedSince(let path): throw .io(path: path, reason: "changed")
            case .unreadableOnDisk(let problem), .refused(let problem): throw .io(path: problem.path, reason: "unreadable")
            }
        }
        return id
    }
}
