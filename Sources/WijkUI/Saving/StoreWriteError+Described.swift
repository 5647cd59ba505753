import WijkStore

extension StoreWriteError {
    /// Where the write failed and why, for a notice or a command's error line.
    public func described(_ strings: Strings) -> String {
        switch self {
        case .unreadableOnDisk(let problem), .refused(let problem): return problem.location + ": " + strings(.problem(problem.kind))
        case .io(let path, let reason): return path + ": " + reason
        case .exists(let path): return path
        case .changedSince(let path): return path + ": " + strings(.changedSinceRead)
        }
    }
}
