#if canImport(Glibc)
import Glibc
#endif
import WijkDomain

/// Destroys a household past its retention period: its folder, its help requests and their archived conflict
/// copies, after recording in the audit trail that it was done. Only that record stays.
public enum RetentionPurge {
    /// Why a purge did not (wholly) happen.
    public enum Failure: Error, Sendable, Equatable {
        /// The audit record could not be written: nothing was removed.
        case notAudited(StoreWriteError)
        /// The record was written but a file could not be removed (the rest were).
        case notRemoved(StoreWriteError)
    }

    /// Store-relative paths of every file the purge of household `id` removes.
    public static func files(root: String, household id: String) -> [String] {
        let requests = HouseholdFiles.requests(root: root, household: id)
        return HouseholdFiles.folder(root: root, household: id) + requests
            + HouseholdFiles.archived(root: root, household: id, requests: requests)
    }

    /// Appends `record(count)` to `audit`, then removes the files; returns how many were removed. When the
    /// audit record cannot be written nothing is removed. This workstation's cached versions of the files
    /// (`.wijk/versions/`), the shared history of the files (`history/`) and this workstation's snapshot cache go
    /// too; other workstations' own caches are theirs to clear.
    @discardableResult
    public static func purge(root: String, household id: String, audit: AuditLog,
                             record: (Int) -> AuditEvent) throws(Failure) -> Int {
        let paths = files(root: root, household: id)
        do throws(StoreWriteError) {
            try audit.append(record(paths.count))
        } catch {
            throw .notAudited(error)
        }
        // This workstation's snapshot cache holds the household's files as last read: it goes whole (the next
        // start reads the store and makes it anew).
        StoreCache.remove(root: root)
        let history = VersionHistory(root: root)
        for path in paths {
            if let bytes = try? FileSystem.read(root + "/" + path, limit: RecfileParser.maxFileBytes),
               let version = try? FileVersion(bytes: bytes) {
                history.forget(version, path: path)
            } else {
                history.forget(path: path)
            }
        }
        FileSystem.removeTree(history.folder(StoreLayout.households + "/" + id))
        var failed: (String, FileError)?
        for path in paths where unlink(root + "/" + path) != 0 && errno != ENOENT {
            failed = failed ?? (path, FileError(errno: errno))
        }
        FileSystem.removeTree(root + "/" + StoreLayout.households + "/" + id)
        if let (path, error) = failed { throw .notRemoved(.io(path: path, reason: error.message)) }
        try? FileSystem.syncDirectory(of: root + "/" + StoreLayout.households + "/" + id)
        try? FileSystem.syncDirectory(of: root + "/" + StoreLayout.requests + "/x")
        return paths.count
    }
}
