/// How a workstation gets the store on screen: from its snapshot cache when it has one it may use, else by
/// reading every file; then, on a second thread, what changed on disk since (`check`).
public struct StoreStart: Sendable {
    public let snapshot: StoreSnapshot
    /// Whether the snapshot came from the cache: until `check` has reported, nothing on it is confirmed.
    public let fromCache: Bool
    /// The cache the snapshot came from, or the one recorded while reading the store whole.
    let cache: StoreCache

    /// Reads the store at `root`: from the cache when it is whole, of this `version`, and of this store;
    /// otherwise from disk (and a broken cache is simply read past: it is a cache).
    public static func open(_ root: String, version: String) throws(StoreOpenError) -> StoreStart {
        StoreTransaction.recover(root: root)
        if let cache = StoreCache.load(root: root, version: version), let snapshot = cache.snapshot {
            return StoreStart(snapshot: snapshot, fromCache: true, cache: cache)
        }
        let (snapshot, cache) = try StoreReader.readRecording(root)
        return StoreStart(snapshot: snapshot, fromCache: false, cache: cache)
    }

    /// Compares the store with what was read (the cache, or the reading just done, which a change made while
    /// it ran may have missed) and hands `found` the store-relative paths that changed, for the screen to read
    /// them again as a live reload does; then writes the cache, brought up to date, for the next start.
    /// Runs for well under a second on the city store, on its own thread.
    public func check(root: String, version: String, found: (Set<String>) -> Void) {
        let began = StoreReader.wallClock()
        let changes = cache.changes(root: root)
        found(changes)
        guard !fromCache || !changes.isEmpty else { return }
        // Signatures that do not decode read as "everything changed": the store is read again whole.
        let fresh = changes.isEmpty ? cache
            : cache.refreshed(root: root, changes: changes, takenAt: began)
                ?? (try? StoreReader.readRecording(root))?.1
        fresh?.save(root: root, version: version)
    }
}
