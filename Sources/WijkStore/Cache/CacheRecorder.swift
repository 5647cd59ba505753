import Foundation

/// Collects, while the store is read from disk, what the snapshot cache keeps: each file's signature, each
/// folder's names and signature. Households are read on several threads, so
/// additions are locked.
final class CacheRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var cache: StoreCache

    init(takenAt: Int64) {
        cache = StoreCache(takenAt: takenAt)
    }

    /// A recorder that starts from `cache` without the entries under `prefixes`, which are read again.
    init(refreshing cache: StoreCache, dropping prefixes: [String], takenAt: Int64) {
        var kept = cache
        kept.takenAt = takenAt
        if !prefixes.isEmpty {
            kept.folders = kept.folders.filter { path, _ in !prefixes.contains { Self.isUnder(path, $0) } }
        }
        self.cache = kept
    }

    /// `path` is `prefix` or inside it.
    static func isUnder(_ path: String, _ prefix: String) -> Bool {
        path == prefix || (path.hasPrefix(prefix) && path.utf8.dropFirst(prefix.utf8.count).first == UInt8(ascii: "/"))
    }

    /// The file `name` in `folder` read, with its signature then.
    func file(_ folder: String, _ name: String, _ signature: FileSignature, error: Int32 = 0) {
        let entry = StoreCache.File(signature: signature, error: error)
        lock.lock()
        cache.folders[folder, default: StoreCache.Folder(signature: nil, names: [])].files[name] = entry
        lock.unlock()
    }

    /// A folder listed: its signature and names; the files recorded in it stay, those no longer listed go.
    func folder(_ path: String, _ signature: FileSignature, _ names: [String]) {
        lock.lock()
        var folder = cache.folders[path] ?? StoreCache.Folder(signature: nil, names: [])
        folder.signature = signature
        folder.names = names
        if !folder.files.isEmpty {
            let listed = Set(names)
            folder.files = folder.files.filter { listed.contains($0.key) }
        }
        cache.folders[path] = folder
        lock.unlock()
    }

    var recorded: StoreCache {
        lock.lock()
        defer { lock.unlock() }
        return cache
    }
}
