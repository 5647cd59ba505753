import Foundation
import WijkDomain
#if canImport(Glibc)
import Glibc
#endif

/// What holds each chain from outside itself: the month before, the store, the heads seen elsewhere.
extension AuditLog {
    /// How often, at most, a workstation writes the other workstations' heads into its trail: with its next event
    /// after a quarter of an hour.
    static let witnessInterval: Int64 = 15 * 60

    /// Where a station's first file starts: the store's own anchor (`store:` and a hash of its `StoreId` and the
    /// station), so a trail copied in from another store shows; `-` for a store made before it had an id.
    static func anchor(root: String, station: String) -> String {
        guard let bytes = try? FileSystem.read(root + "/" + StoreLayout.infoFile, limit: 1024 * 1024),
              let sets = try? RecfileParser.parse(bytes: bytes),
              let id = sets.first(where: { $0.type == "Store" })?.records.first?["StoreId"], !id.isEmpty
        else { return "-" }
        return "store:" + String(SHA256.hex(Array(("wijkdesk-audit\n" + id + "\n" + station).utf8)).prefix(32))
    }

    /// A new store's identity for `StoreId`: 128 random bits in hex, so no two stores anchor their trails alike.
    public static func newStoreId() -> String {
        var random = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let hex = String(random.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// The `Hash` of the last record of the station's newest file before `file`, if there is one.
    static func lastHash(root: String, station: String, before file: String) -> String? {
        let dir = root + "/" + folder + "/" + station
        guard let previous = (FileSystem.list(dir) ?? []).filter({ !StoreLayout.isIgnored($0) && $0 < file }).max()
        else { return nil }
        let fd = open(dir + "/" + previous, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        fstat(fd, &info)
        return lastHash(fd: fd, size: Int(info.st_size))
    }

    /// The audit records of one file (none when it cannot be read).
    static func records(_ path: String) -> [Record] {
        guard let bytes = try? FileSystem.read(path, limit: 256 * 1024 * 1024),
              let sets = try? RecfileParser.parse(bytes: bytes) else { return [] }
        return sets.filter { $0.type == "AuditEvent" }.flatMap(\.records)
    }

    /// The heads of the other stations' two newest files (the month that runs and, at its start, the one
    /// before): what this workstation witnesses.
    static func heads(root: String, except station: String) -> [AuditHead] {
        var heads: [AuditHead] = []
        for other in (FileSystem.list(root + "/" + folder) ?? []).sorted() where !other.hasPrefix(".") && other != station {
            let dir = root + "/" + folder + "/" + other
            for file in (FileSystem.list(dir) ?? []).filter({ !StoreLayout.isIgnored($0) }).sorted().suffix(2) {
                let records = records(dir + "/" + file)
                guard let last = records.last?["Hash"] else { continue }
                heads.append(AuditHead(station: other, file: file, records: records.count, hash: last))
            }
        }
        return heads
    }

    /// Checks every chain, each month against the one before and each station's first file against the store,
    /// then every head seen (in the trail's `Witness` fields and this store's `.wijk/audit/`) against the files.
    /// Returns what is wrong, at most one break per file and kind; empty when the trail is whole.
    public static func verify(root: String) -> [Break] {
        var breaks: [Break] = []
        let read = files(root: root, breaks: &breaks)
        var byPath: [String: [Record]] = [:]
        var stations: [String: [(file: String, records: [Record])]] = [:]
        for (path, records) in read {
            byPath[path] = records
            let parts = path.split(separator: "/")
            stations[String(parts[1]), default: []].append((String(parts[2]), records))
        }
        for (station, files) in stations.sorted(by: { $0.key < $1.key }) {
            let anchor = anchor(root: root, station: station)
            var anchored = false
            var lastHash: String?
            for (index, entry) in files.sorted(by: { $0.file < $1.file }).enumerated() {
                let path = folder + "/" + station + "/" + entry.file
                guard let first = entry.records.first else { continue }
                let start = first["Prev"] ?? ""
                if index == 0 {
                    // `-`: a trail begun before the store had an id, or before months were linked.
                    if start != anchor && start != "-" {
                        breaks.append(Break(path: path, line: first.line,
                                            reason: start.hasPrefix("store:") ? .otherStore : .monthMissing))
                    }
                } else if start == lastHash {
                    anchored = true
                } else if !(start == "-" && !anchored) {
                    breaks.append(Break(path: path, line: first.line, reason: .monthMissing))
                }
                var previous = start
                for record in entry.records {
                    if record["Prev"] != previous {
                        breaks.append(Break(path: path, line: record.line, reason: .chainBroken))
                        break
                    }
                    guard let stored = record["Hash"], stored == hash(of: record) else {
                        breaks.append(Break(path: path, line: record.line, reason: .hashMismatch))
                        break
                    }
                    previous = stored
                }
                lastHash = entry.records.last?["Hash"]
            }
        }
        // The furthest head seen of each file, by whom and, of those, the latest seeing: the freshest evidence.
        var seen: [String: (head: AuditHead, witness: String?, at: Timestamp?)] = [:]
        func note(_ head: AuditHead, _ witness: String?, _ at: Timestamp?) {
            if let known = seen[head.path], known.head.records > head.records
                || (known.head.records == head.records && (at == nil || (known.at.map { $0 >= at! } ?? true))) {
                return
            }
            seen[head.path] = (head, witness, at)
        }
        for (path, records) in read {
            let station = String(path.split(separator: "/")[1])
            for record in records {
                for field in record.fields where field.name == "Witness" {
                    if let head = AuditHead(field: field.value) {
                        note(head, station, record["Time"].flatMap { Timestamp(iso: $0) })
                    }
                }
            }
        }
        for head in AuditHeads.all(root: root) { note(head, nil, nil) }
        // A file whose chain is broken is reported as such; what a head says of it would only repeat it.
        let broken = Set(breaks.filter { $0.reason == .chainBroken || $0.reason == .hashMismatch }.map(\.path))
        for (path, claim) in seen.sorted(by: { $0.key < $1.key }) where !broken.contains(path) {
            let head = claim.head
            guard let records = byPath[path] else {
                breaks.append(Break(path: path, line: 0,
                                    reason: .fileMissing(records: head.records, witness: claim.witness, at: claim.at)))
                continue
            }
            if records.count < head.records {
                breaks.append(Break(path: path, line: records.last?.line ?? 0,
                                    reason: .tailMissing(records: head.records - records.count, witness: claim.witness,
                                                         at: claim.at)))
            } else if records[head.records - 1]["Hash"] != head.hash {
                breaks.append(Break(path: path, line: records[head.records - 1].line,
                                    reason: .differsFromWitness(witness: claim.witness, at: claim.at)))
            }
        }
        return breaks.sorted { ($0.path, $0.line) < ($1.path, $1.line) }
    }
}
