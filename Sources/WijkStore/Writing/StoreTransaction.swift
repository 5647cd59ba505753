#if canImport(Glibc)
import Glibc
#endif

/// Several files of the store changed as one: every step is in place, or, after a failure or a kill in the
/// middle, none is.
///
/// Each file is checked against the version it was read as first: one changed since stops the whole before
/// anything is written. Then each file's content as it was is copied to this workstation's
/// `.wijk/transaction/` (never synced), and the list of steps is written last: its presence says a
/// transaction is under way. The steps follow, each atomic on its own; removing the list is the moment the
/// whole is done. Whoever opens the store and finds a list puts every file back as the copies have it.
public struct StoreTransaction: Sendable {
    /// One file's part in the whole.
    public enum Step: Sendable, Equatable {
        /// `path` to hold `bytes`; it was read as `base` (nil: it must not exist yet).
        case write(path: String, bytes: [UInt8], base: FileVersion?)
        /// `path`, read as `base`, removed.
        case remove(path: String, base: FileVersion)

        public var path: String {
            switch self {
            case .write(let path, _, _), .remove(let path, _): return path
            }
        }

        var base: FileVersion? {
            switch self {
            case .write(_, _, let base): return base
            case .remove(_, let base): return base
            }
        }
    }

    public let root: String
    /// For tests of a kill in the middle: the number of steps after which writing stops as a kill would
    /// stop it, leaving the copies and the list behind.
    var stopAfter: Int?

    public init(root: String) {
        self.root = root
    }

    static let folder = StoreLayout.localFolder + "/transaction"
    private var folder: String { root + "/" + Self.folder }
    private var list: String { folder + "/steps" }

    /// Carries out `steps`, all or none. Throws `changedSince` (nothing written) when a file is no longer the
    /// version it was read as; any other failure puts back what was already written before it throws.
    public func commit(_ steps: [Step]) throws(StoreWriteError) {
        try StoreLock(root: root).withLock { () throws(StoreWriteError) in
            Self.putBack(root: root)
            for step in steps {
                let disk = try StoreWriter(root: root, workstation: "").read(step.path)
                if disk?.hash != step.base?.hash { throw .changedSince(path: step.path) }
            }
            do throws(FileError) {
                try keepOriginals(of: steps)
            } catch {
                FileSystem.removeTree(folder)
                throw .io(path: Self.folder, reason: error.message)
            }
            for (i, step) in steps.enumerated() {
                if i == stopAfter { return }
                do throws(FileError) {
                    try apply(step)
                } catch {
                    Self.putBack(root: root)
                    throw .io(path: step.path, reason: error.message)
                }
            }
            if steps.count == stopAfter { return }
            // Done: from here on nothing is put back.
            FileSystem.remove(list)
            try? FileSystem.syncDirectory(of: list)
            FileSystem.removeTree(folder)
        }
    }

    /// The copies of the files as they are, then the list that names them.
    private func keepOriginals(of steps: [Step]) throws(FileError) {
        FileSystem.removeTree(folder)
        try FileSystem.makeDirectories(folder)
        var lines: [String] = []
        for (i, step) in steps.enumerated() {
            if let base = step.base {
                try FileSystem.createFile(folder + "/" + String(i), bytes: base.bytes)
                lines.append(String(i) + "\t" + step.path)
            } else {
                lines.append("-\t" + step.path)
            }
        }
        try FileSystem.createFile(folder + "/.steps.tmp", bytes: Array((lines.joined(separator: "\n") + "\n").utf8))
        try FileSystem.rename(folder + "/.steps.tmp", to: list)
        try FileSystem.syncDirectory(of: list)
    }

    private func apply(_ step: Step) throws(FileError) {
        let full = root + "/" + step.path
        switch step {
        case .write(_, let bytes, _):
            try FileSystem.makeDirectories(FileSystem.directory(of: full))
            try FileSystem.replaceAtomically(full, bytes: bytes)
        case .remove:
            if unlink(full) != 0 && errno != ENOENT { throw FileError(errno: errno) }
            try FileSystem.syncDirectory(of: full)
        }
    }

    /// Puts back the files of a transaction that did not finish (a kill, a power cut) and clears what it
    /// left. True when there was one.
    @discardableResult
    public static func recover(root: String) -> Bool {
        guard FileSystem.exists(root + "/" + folder) else { return false }
        return (try? StoreLock(root: root).withLock { () throws(StoreWriteError) -> Bool in
            putBack(root: root)
        }) ?? false
    }

    /// `recover`, holding the store's lock.
    @discardableResult
    private static func putBack(root: String) -> Bool {
        let folder = root + "/" + Self.folder
        guard FileSystem.exists(folder) else { return false }
        defer { FileSystem.removeTree(folder) }
        // Without a list nothing was written yet: the copies are all there is to clear.
        guard let bytes = try? FileSystem.read(folder + "/steps", limit: 64 << 20) else { return false }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].contains(".."), !parts[1].hasPrefix("/") else { continue }
            let full = root + "/" + parts[1]
            // A step the kill cut off in the middle of its own write left its temporary file: nobody's now.
            let place = FileSystem.directory(of: full), temporary = "." + FileSystem.name(of: full) + ".wijk-"
            for leftover in FileSystem.list(place) ?? [] where leftover.hasPrefix(temporary) && leftover.hasSuffix(".tmp") {
                unlink(place + "/" + leftover)
            }
            if parts[0] == "-" {
                unlink(full)
                try? FileSystem.syncDirectory(of: full)
            } else if let original = try? FileSystem.read(folder + "/" + parts[0], limit: RecfileParser.maxFileBytes) {
                try? FileSystem.makeDirectories(FileSystem.directory(of: full))
                try? FileSystem.replaceAtomically(full, bytes: original)
            }
        }
        return true
    }
}
