#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes the private copy of the shipped demo store that `wijk demo` opens, so the shipped files never change.
public enum DemoStore {
    /// What `prepare` did.
    public enum Outcome: Sendable, Equatable {
        case created, reused
    }

    /// Why the demo copy could not be made.
    public enum Failure: Error, Sendable, Equatable {
        /// The seeds folder is not a store.
        case seedsMissing(path: String)
        /// The target exists, is not empty and is not a store: never written over.
        case targetNotAStore(path: String)
        case io(path: String, reason: String)
    }

    /// Copies the store at `seeds` to `target` unless `target` already is a
    /// store (then it is reused as it is). The copy is made next to the
    /// target under a temporary name and renamed into place, so an
    /// interrupted copy is never mistaken for a demo store. Folders are
    /// created 0700 and files 0600.
    public static func prepare(seeds: String, target: String) throws(Failure) -> Outcome {
        if FileSystem.exists(target + "/" + StoreLayout.infoFile) { return .reused }
        guard FileSystem.exists(seeds + "/" + StoreLayout.infoFile) else { throw .seedsMissing(path: seeds) }
        if FileSystem.exists(target) {
            guard FileSystem.isDirectory(target), (FileSystem.list(target) ?? ["?"]).isEmpty else {
                throw .targetNotAStore(path: target)
            }
        }
        try makeParents(of: target)
        let temporary = target + ".making-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        do throws(Failure) {
            try copyTree(seeds, to: temporary)
            if FileSystem.exists(target) { _ = rmdir(target) }  // an empty folder the user made
            do { try FileSystem.rename(temporary, to: target) } catch {
                throw .io(path: target, reason: error.message)
            }
        } catch {
            FileSystem.removeTree(temporary)
            throw error
        }
        return .created
    }

    private static func copyTree(_ source: String, to destination: String) throws(Failure) {
        do {
            try FileSystem.makeDirectory(destination)
        } catch {
            throw .io(path: destination, reason: error.message)
        }
        for name in (FileSystem.list(source) ?? []).sorted() where !name.hasPrefix(".") {
            let from = source + "/" + name
            let to = destination + "/" + name
            if FileSystem.isDirectory(from) {
                try copyTree(from, to: to)
            } else {
                do {
                    let bytes = try FileSystem.read(from, limit: RecfileParser.maxFileBytes)
                    try FileSystem.createFile(to, bytes: bytes)
                } catch {
                    throw .io(path: to, reason: error.message)
                }
            }
        }
    }

    private static func makeParents(of path: String) throws(Failure) {
        var prefix = path.hasPrefix("/") ? "" : "."
        let parts = path.split(separator: "/").dropLast()
        for part in parts {
            prefix += "/" + part
            if !FileSystem.exists(prefix) {
                do { try FileSystem.makeDirectory(prefix) } catch { throw .io(path: prefix, reason: error.message) }
            }
        }
    }
}
