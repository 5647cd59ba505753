import Foundation

/// The fields `wijk check`'s deeper checks look at, kept from each file while the store is read, so that a whole
/// check parses every file once.
///
/// Only the record types and fields of `StoreValidator.looksAt` are kept, with their lines: a few fields per
/// file, where keeping each file's bytes (or its records whole) costs as much memory as the store itself.
/// Households are read on several threads, so additions are locked.
final class RecordExcerpts: @unchecked Sendable {
    /// One file's records of the types looked at, by type, each with only the fields looked at.
    typealias Excerpt = [(type: String, records: [Record])]

    private let lock = NSLock()
    private let fields: [String: Set<String>]
    private var kept = Kept()

    /// What was kept, by store-relative folder and file name: once the reading is done, looked up without a lock.
    struct Kept: Sendable {
        fileprivate var folders: [String: [String: Excerpt]] = [:]

        /// The records of `type` kept from the file at `path`; none when the file was not read or did not parse.
        func records(_ path: String, of type: String) -> [Record] {
            let (folder, name) = StoreCache.split(path)
            return folders[folder]?[name]?.filter { $0.type == type }.flatMap(\.records) ?? []
        }

        /// The names of the files read in `folder`.
        func names(in folder: String) -> [String] {
            folders[folder].map { Array($0.keys) } ?? []
        }
    }

    init(fields: [String: Set<String>]) { self.fields = fields }

    /// Keeps from the file `name` in `folder` the fields looked at.
    func keep(_ folder: String, _ name: String, _ sets: [RecordSet]) {
        var excerpt: Excerpt = []
        for set in sets {
            guard let type = set.type, let wanted = fields[type] else { continue }
            excerpt.append((type, set.records.map { record in
                Record(fields: record.fields.filter { wanted.contains($0.name) }, line: record.line)
            }))
        }
        lock.lock()
        kept.folders[folder, default: [:]][name] = excerpt
        lock.unlock()
    }

    /// Everything kept so far.
    var all: Kept {
        lock.lock()
        defer { lock.unlock() }
        return kept
    }
}
