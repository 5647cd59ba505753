import WijkDomain

/// Finding the conflict copies with the help of this workstation's cache, for `wijk merge`.
extension StoreCache {
    /// Every conflict copy in the store at `root`, where the reader looks for them, sorted by path; nil when
    /// there is no cache that may be used (then every folder is listed, `StoreReader.conflictCopies(in:)`).
    ///
    /// A sync tool puts a copy beside its original, and a name that comes changes its folder's signature: a
    /// folder whose signature is the one the cache holds still has the names it had when it was listed. So
    /// each folder is looked up (one `stat`) instead of listed, and only those that changed, or that the
    /// cache does not know, are listed: on the city store 40,000 listings become 40,000 look-ups.
    public static func conflictCopies(root: String, version: String) -> [String]? {
        guard let (takenAt, index) = loadIndex(root: root, version: version) else { return nil }
        let listed: [String: (signature: FileSignature, names: [String])]? = index.withUnsafeBytes { raw in
            nonisolated(unsafe) let raw = raw
            guard let runs = try? folderRuns(BinaryDecoder(raw), end: raw.count) else { return nil }
            let parts = min(runs.count, 64)
            let decoded = Parallel.map(parts) { part -> [(String, FileSignature, [String])]? in
                var mine: [(String, FileSignature, [String])] = []
                for i in stride(from: part, to: runs.count, by: parts) {
                    guard let entry = try? folderNames(BinaryDecoder(raw, offset: runs[i].lowerBound), run: runs[i],
                                                       wanted: mayMatter) else { return nil }
                    if let signature = entry.signature { mine.append((entry.path, signature, entry.names)) }
                }
                return mine
            }
            var listed: [String: (signature: FileSignature, names: [String])] = [:]
            listed.reserveCapacity(runs.count)
            for part in decoded {
                guard let part else { return nil }
                for (path, signature, names) in part { listed[path] = (signature, names) }
            }
            return listed
        }
        guard let listed else { return nil }
        // The names held for a folder are only those that may matter here (see `mayMatter`).
        return StoreReader.conflictCopies { path in
            let full = path.isEmpty ? root : root + "/" + path
            if let known = listed[path], let now = FileSystem.signature(full), now == known.signature,
               !isRacy(now, takenAt: takenAt) {
                return known.names
            }
            return FileSystem.list(full)
        }
    }

    /// Whether a name held in the cache may matter in looking for copies: a copy, or a folder's name (a
    /// household's, or one of its folders). The store's own files (`.rec`, most of 200,000 names) are not
    /// made into strings.
    private static func mayMatter(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let suffix = recordSuffix
        guard utf8.count >= suffix.count,
              utf8[(utf8.count - suffix.count)...].elementsEqual(suffix) else { return true }
        return StoreLayout.isConflictCopy(utf8: utf8)
    }

    private static let recordSuffix = Array(StoreLayout.recordExtension.utf8)
}
