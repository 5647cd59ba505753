/// This workstation's copies of file versions it based a write on or wrote, by content hash, to find common ancestors.
///
/// Lives in `.wijk/versions/` (never synced). When a sync tool leaves two
/// versions of a file side by side, walking their `# wijk-parent` chains
/// through this cache finds the version both were made from, so the merge
/// can be three-way instead of asking about every difference.
struct VersionCache {
    let folder: String

    init(root: String) {
        folder = root + "/" + StoreLayout.localFolder + "/versions"
    }

    func put(_ version: FileVersion) {
        let path = folder + "/" + version.hash + ".rec"
        if FileSystem.exists(path) { return }
        // A cache: failing to keep a copy only makes later merges ask more.
        try? FileSystem.makeDirectories(folder)
        try? FileSystem.replaceAtomically(path, bytes: version.bytes)
    }

    /// Removes `version` and the versions it descends from: a destroyed file leaves no copy here.
    func forget(_ version: FileVersion) {
        var hash: String? = version.hash
        for _ in 0..<1000 {
            guard let current = hash, current.allSatisfy({ $0.isHexDigit }), !current.isEmpty else { return }
            let parent = get(current)?.parent ?? (current == version.hash ? version.parent : nil)
            FileSystem.remove(folder + "/" + current + ".rec")
            hash = parent
        }
    }

    func get(_ hash: String) -> FileVersion? {
        guard hash.allSatisfy({ $0.isHexDigit }), !hash.isEmpty,
              let bytes = try? FileSystem.read(folder + "/" + hash + ".rec", limit: RecfileParser.maxFileBytes)
        else { return nil }
        return try? FileVersion(bytes: bytes)
    }

    /// The newest version both `a` and `b` descend from, if this workstation knows it.
    func commonAncestor(_ a: FileVersion, _ b: FileVersion) -> FileVersion? {
        var ancestorsOfA: [String: FileVersion] = [a.hash: a]
        var current: FileVersion? = a
        for _ in 0..<100 {
            guard let parent = current?.parent, ancestorsOfA[parent] == nil else { break }
            current = get(parent)
            guard let found = current else { break }
            ancestorsOfA[parent] = found
        }
        var candidate: FileVersion? = b
        var hash: String? = b.hash
        for _ in 0..<100 {
            guard let h = hash else { break }
            if let match = ancestorsOfA[h] { return match }
            if candidate == nil { candidate = get(h) }
            hash = candidate?.parent
            candidate = nil
        }
        return nil
    }
}
