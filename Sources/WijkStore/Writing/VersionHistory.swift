import WijkDomain

/// The versions of the store's changing files, to find the version two copies started from.
///
/// Two places hold them: `history/PATH/HASH-BYTES.rec`, synced with the store, where every save puts the
/// versions it came from and wrote, named by content hash and then by the hash of the whole file (the same
/// records can be saved with another trailer on another workstation: named by their bytes, two such files
/// never share a name, so a sync tool never makes a conflict of them); and `.wijk/versions/HASH.rec`, this
/// workstation's own. The history is bounded per file: each save removes the file's versions older than
/// `keepDays`, never one the file or a conflict copy of it still names as its ancestry.
struct VersionHistory {
    let root: String
    let local: String

    /// How long a version is kept in the shared history: longer than a laptop is away on home visits or a
    /// workstation is off for a holiday.
    static let keepDays: Int64 = 90
    /// How far back a common ancestor is looked for.
    static let searchLimit = 400

    init(root: String) {
        self.root = root
        local = root + "/" + StoreLayout.localFolder + "/versions"
    }

    func folder(_ path: String) -> String { root + "/" + StoreLayout.history + "/" + path }

    /// The shared history's name for `version`: its content hash, then its bytes'.
    static func name(_ version: FileVersion) -> String {
        version.hash + "-" + String(SHA256.hex(version.bytes).prefix(8)) + ".rec"
    }

    /// Keeps `version` of the file at `path` here and in the shared history.
    func put(_ version: FileVersion, path: String) {
        // A history: failing to keep a copy only makes later merges ask more.
        for (folder, name) in [(local, version.hash + ".rec"), (folder(path), Self.name(version))] {
            let file = folder + "/" + name
            if FileSystem.exists(file) { continue }
            try? FileSystem.makeDirectories(folder)
            let temporary = FileSystem.temporaryName(for: file)
            do throws(FileError) {
                try FileSystem.createFile(temporary, bytes: version.bytes, durable: false)
                try FileSystem.rename(temporary, to: file)
            } catch {
                FileSystem.remove(temporary)
            }
        }
    }

    func get(_ hash: String, path: String) -> FileVersion? { all(hash, path: path).first }

    /// Every copy of the version with content hash `hash` found here: the same records may have been saved on
    /// several workstations, each naming its own ancestry.
    func all(_ hash: String, path: String) -> [FileVersion] {
        guard hash.allSatisfy({ $0.isHexDigit }), !hash.isEmpty else { return [] }
        let shared = (FileSystem.list(folder(path)) ?? []).filter { $0.hasPrefix(hash + "-") && $0.hasSuffix(".rec") }
        return ([local + "/" + hash + ".rec"] + shared.sorted().map { folder(path) + "/" + $0 }).compactMap { file in
            guard let bytes = try? FileSystem.read(file, limit: RecfileParser.maxFileBytes),
                  let version = try? FileVersion(bytes: bytes), version.hash == hash else { return nil }
            return version
        }
    }

    /// The versions `version` came from, nearest first: what it names itself, then further back through the
    /// versions found here, up to `limit`.
    func lineage(_ version: FileVersion, path: String, limit: Int = searchLimit) -> [String] {
        var order = [version.hash]
        var seen: Set<String> = [version.hash]
        func add(_ hashes: [String]) {
            for hash in hashes where order.count < limit && seen.insert(hash).inserted { order.append(hash) }
        }
        add(version.lineage)
        var next = 1
        while next < order.count && order.count < limit {
            for found in all(order[next], path: path) { add(found.lineage) }
            next += 1
        }
        return order
    }

    /// The nearest version both `a` and `b` of the file at `path` came from, when it is known here.
    func commonAncestor(_ a: FileVersion, _ b: FileVersion, path: String) -> FileVersion? {
        // What the two files name themselves is tried first: it needs no reading.
        for quick in [true, false] {
            let ofA = quick ? [a.hash] + a.lineage : lineage(a, path: path)
            let ofB = quick ? [b.hash] + b.lineage : lineage(b, path: path)
            let inA = Set(ofA)
            for hash in ofB where inA.contains(hash) {
                if hash == a.hash { return a }
                if hash == b.hash { return b }
                if let found = get(hash, path: path) { return found }
            }
        }
        return nil
    }

    /// `conflict` with when and by whom each side's value was made: the earliest version on each side's line
    /// back towards `base` that already held that side's value (the side's own version when the line is not
    /// known here).
    func annotate(_ conflict: FieldConflict, path: String, ours: FileVersion?, theirs: FileVersion?,
                  base: FileVersion?) -> FieldConflict {
        var conflict = conflict
        if let ours { conflict.oursSaved = changed(conflict, since: base, on: ours, path: path) }
        if let theirs { conflict.theirsSaved = changed(conflict, since: base, on: theirs, path: path) }
        return conflict
    }

    private func changed(_ conflict: FieldConflict, since base: FileVersion?, on head: FileVersion,
                         path: String) -> FileVersion.Saved? {
        let value = RecordMerge.value(of: conflict, in: head.sets)
        var changer = head
        for _ in 0..<Self.searchLimit {
            // Back through whichever parent already held the value: a merge's second parent when the value came
            // in with the copy it merged, so the merge is not credited with a colleague's change.
            let earlier = changer.parents.lazy.filter { $0 != base?.hash }.compactMap { get($0, path: path) }
                .first { RecordMerge.value(of: conflict, in: $0.sets) == value }
            guard let earlier else { break }
            changer = earlier
        }
        return changer.saved ?? head.saved
    }

    /// Prunes the history of the file at `path`: versions older than `keepDays` at `now`, except those
    /// `keeping` names and those a conflict copy of the file names. Old values do not stay longer than
    /// merging needs them.
    func prune(path: String, keeping: FileVersion, now: Timestamp) {
        let folder = folder(path)
        guard let names = FileSystem.list(folder), names.count > 1 + keeping.lineage.count else { return }
        var kept = Set([keeping.hash] + keeping.lineage)
        let directory = FileSystem.directory(of: root + "/" + path)
        for name in FileSystem.list(directory) ?? [] where StoreLayout.isConflictCopy(name) {
            let copy = FileSystem.directory(of: path) + "/" + name
            guard ConflictCopy(path: copy)?.original == path,
                  let bytes = try? FileSystem.read(root + "/" + copy, limit: RecfileParser.maxFileBytes),
                  let version = try? FileVersion(bytes: bytes) else { continue }
            kept.formUnion([version.hash] + version.lineage)
        }
        let cutoff = (now.seconds - Self.keepDays * 86_400) * 1_000_000_000
        for name in names where name.hasSuffix(".rec") && !kept.contains(String(name.prefix { $0 != "-" && $0 != "." })) {
            if let signature = FileSystem.signature(folder + "/" + name), signature.modified < cutoff {
                FileSystem.remove(folder + "/" + name)
            }
        }
    }

    /// Removes `version` and the versions it descends from from this workstation's own copies: a destroyed
    /// file leaves no copy here. The shared history of its path goes with `forget(path:)`.
    func forget(_ version: FileVersion, path: String) {
        for hash in lineage(version, path: path) { FileSystem.remove(local + "/" + hash + ".rec") }
        forget(path: path)
    }

    /// Removes the shared history of the file at `path`.
    func forget(path: String) { FileSystem.removeTree(folder(path)) }
}
