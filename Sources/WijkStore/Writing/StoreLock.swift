#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on the store for the few milliseconds of a read-merge-write, between processes on one machine or a share.
///
/// `flock` on `.wijk/write.lock`. It orders writers on one workstation and
/// on network shares that emulate locks; across Syncthing, Nextcloud or git
/// no lock exists, and the merge of conflict copies takes over. Advisory:
/// it protects against other Wijkdesk processes, not against an editor.
final class StoreLock {
    private let path: String

    init(root: String) {
        path = root + "/" + StoreLayout.localFolder + "/write.lock"
    }

    /// Runs `body` holding the lock.
    func withLock<T>(_ body: () throws(StoreWriteError) -> T) throws(StoreWriteError) -> T {
        do {
            try FileSystem.makeDirectories(FileSystem.directory(of: path))
        } catch {
            throw .io(path: path, reason: error.message)
        }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .io(path: path, reason: FileError(errno: errno).message) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw .io(path: path, reason: FileError(errno: errno).message) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
