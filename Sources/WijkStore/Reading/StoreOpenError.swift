/// Why a store could not be opened at all (as opposed to problems in single files).
public enum StoreOpenError: Error, Sendable, Equatable {
    /// No directory at the path.
    case notFound(path: String)
    /// A directory without `wijkdesk.rec`: not a Wijkdesk store.
    case notAStore(path: String)
    /// `wijkdesk.rec` exists but cannot be read or parsed.
    case badInfoFile(StoreProblem)
}
