/// Why a write to the store did not happen. Nothing was changed on disk.
public enum StoreWriteError: Error, Sendable, Equatable {
    /// The file on disk does not parse: it is never overwritten.
    case unreadableOnDisk(StoreProblem)
    /// An operating-system error.
    case io(path: String, reason: String)
    /// A file that only grows already exists under this name.
    case exists(path: String)
    /// What was to be written would not read back (a value over the limit), so it was not written.
    case refused(StoreProblem)
    /// A file changed since it was read, for a change of several files that is made whole or not at all.
    case changedSince(path: String)
}
