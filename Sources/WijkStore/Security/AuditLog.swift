import Foundation
import WijkDomain
#if canImport(Glibc)
import Glibc
#endif

/// The audit trail: one record per event, appended to a file per workstation and month, each chained to the one before.
///
/// `audit/WORKSTATION/YYYY-MM.rec`. Only this workstation appends to its
/// files, so sync never conflicts on them. Every record carries `Prev`, the
/// hash of the record before it in the file (`-` for the first), and
/// `Hash`, the hash of its own fields; removing, changing or reordering a
/// record breaks the chain, which `verify` reports with file and line.
public struct AuditLog: Sendable {
    public static let folder = "audit"

    public let root: String
    public let workstation: String

    public init(root: String, workstation: String) {
        self.root = root
        self.workstation = workstation
    }

    /// An event as read back, with where it stands.
    public struct Entry: Sendable, Equatable {
        public var event: AuditEvent
        public var path: String
        public var line: Int
    }

    /// Why an audit file does not verify.
    public struct Break: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var reason: Reason
        public enum Reason: Sendable, Equatable {
            case unreadable, chainBroken, hashMismatch
            /// The file does not go on from the last record of the station's file before it: a month between
            /// is missing, or the one before was cut short.
            case monthMissing
            /// The station's first file starts from another store's anchor: the trail was copied in.
            case otherStore
            /// Fewer records than a head seen elsewhere says: `records` missing after the last one here.
            /// `witness` is the workstation that saw them (nil: this workstation's own heads), `at` when.
            case tailMissing(records: Int, witness: String?, at: Timestamp?)
            /// A file a head was seen of is gone.
            case fileMissing(records: Int, witness: String?, at: Timestamp?)
            /// The record where a head was seen has another hash than the one seen.
            case differsFromWitness(witness: String?, at: Timestamp?)
        }
        public var description: String { "\(path):\(line): \(reason)" }

        public init(path: String, line: Int, reason: Reason) {
            self.path = path
            self.line = line
            self.reason = reason
        }
    }

    func path(for time: Timestamp) -> String {
        let day = time.day
        let month = String(day.year) + "-" + (day.month < 10 ? "0" : "") + String(day.month)
        return AuditLog.folder + "/" + Stamp.safe(workstation) + "/" + month + StoreLayout.recordExtension
    }

    /// Appends `event` (flushed to disk before returning).
    public func append(_ event: AuditEvent) throws(StoreWriteError) {
        let relative = path(for: event.time)
        let full = root + "/" + relative
        do throws(FileError) {
            try FileSystem.makeDirectories(FileSystem.directory(of: full))
        } catch {
            throw .io(path: relative, reason: error.message)
        }
        let fd = open(full, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .io(path: relative, reason: FileError(errno: errno).message) }
        defer { close(fd) }
        // Other Wijkdesk processes on this workstation append to the same file.
        while flock(fd, LOCK_EX) != 0 { if errno != EINTR { break } }
        defer { flock(fd, LOCK_UN) }
        var info = stat()
        fstat(fd, &info)
        let station = Stamp.safe(workstation)
        let file = FileSystem.name(of: relative)
        var text = ""
        var previous: String
        if info.st_size == 0 {
            text = RecfileWriter.format(Schema.descriptor("AuditEvent")) + "\n"
            // A new month goes on from the last record of the month before, so a month taken out shows.
            previous = AuditLog.lastHash(root: root, station: station, before: file)
                ?? AuditLog.anchor(root: root, station: station)
        } else {
            previous = AuditLog.lastHash(fd: fd, size: Int(info.st_size)) ?? "-"
            text = "\n"
        }
        var heads = AuditHeads(root: root, station: station)
        var witnesses: [AuditHead] = []
        if heads.witnessed.map({ event.time.seconds - $0.seconds >= AuditLog.witnessInterval }) ?? true {
            witnesses = AuditLog.heads(root: root, except: station)
            heads.witnessed = event.time
        }
        let record = AuditLog.record(event, previous: previous, witnesses: witnesses)
        text += RecfileWriter.format(record)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: relative, reason: FileError(errno: errno).message)
            }
            written += n
        }
        guard fsync(fd) == 0 else { throw .io(path: relative, reason: FileError(errno: errno).message) }
        // The head this workstation keeps of its own file; counted again when it no longer follows on.
        let count: Int
        if info.st_size == 0 {
            count = 1
        } else if let head = heads.heads[relative], head.hash == previous {
            count = head.records + 1
        } else {
            count = AuditLog.records(root + "/" + relative).count
        }
        heads.heads[relative] = AuditHead(station: station, file: file, records: count, hash: record["Hash"] ?? "")
        // The event is written; a head not kept only weakens the check of this workstation's own tail.
        try? heads.save()
    }

    /// The record for `event`, chained to `previous`, with the other workstations' heads seen.
    static func record(_ event: AuditEvent, previous: String, witnesses: [AuditHead] = []) -> Record {
        var record = Record([
            ("Time", event.time.iso), ("Worker", event.worker), ("OnBehalfOf", event.onBehalfOf ?? ""),
            ("Workstation", event.workstation), ("Action", event.action.rawValue), ("Object", event.object ?? ""),
            ("Outcome", event.outcome.rawValue), ("Reason", event.reason ?? ""),
        ] + witnesses.map { ("Witness", $0.field) } + [("Prev", previous)])
        record.fields.append(Field(name: "Hash", value: hash(of: record)))
        return record
    }

    /// The hash of a record's fields up to and including `Prev` (everything but `Hash`).
    static func hash(of record: Record) -> String {
        let fields = record.fields.filter { $0.name != "Hash" }
        return String(SHA256.hex(Array(RecfileWriter.format(Record(fields: fields)).utf8)).prefix(32))
    }

    /// The `Hash` of the last record, read from the end of the file.
    static func lastHash(fd: Int32, size: Int) -> String? {
        let window = min(size, 16 * 1024)
        var buffer = [UInt8](repeating: 0, count: window)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, window, off_t(size - window)) }
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[..<n], as: UTF8.self)
        guard let range = text.range(of: "\nHash: ", options: .backwards) else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\n" })
    }

    // MARK: reading

    /// Every event of every workstation, in time order (ties by file and line), with what could not be read;
    /// with `since`, only the files of that month and later.
    public static func read(root: String, since: Day? = nil) -> (entries: [Entry], breaks: [Break]) {
        var entries: [Entry] = []
        var breaks: [Break] = []
        for (path, records) in files(root: root, since: since, breaks: &breaks) {
            for record in records {
                guard let event = event(from: record) else {
                    breaks.append(Break(path: path, line: record.line, reason: .unreadable))
                    continue
                }
                entries.append(Entry(event: event, path: path, line: record.line))
            }
        }
        entries.sort { ($0.event.time, $0.path, $0.line) < ($1.event.time, $1.path, $1.line) }
        return (entries, breaks)
    }

    static func files(root: String, since: Day? = nil, breaks: inout [Break]) -> [(String, [Record])] {
        var result: [(String, [Record])] = []
        let first = since.map { String($0.year) + "-" + ($0.month < 10 ? "0" : "") + String($0.month) }
        for station in (FileSystem.list(root + "/" + folder) ?? []).sorted() where !station.hasPrefix(".") {
            let dir = folder + "/" + station
            for name in (FileSystem.list(root + "/" + dir) ?? []).sorted() where !StoreLayout.isIgnored(name) {
                if let first, name < first { continue }
                let path = dir + "/" + name
                guard let bytes = try? FileSystem.read(root + "/" + path, limit: 256 * 1024 * 1024) else {
                    breaks.append(Break(path: path, line: 0, reason: .unreadable))
                    continue
                }
                do {
                    let sets = try RecfileParser.parse(bytes: bytes)
                    result.append((path, sets.filter { $0.type == "AuditEvent" }.flatMap(\.records)))
                } catch {
                    breaks.append(Break(path: path, line: error.line, reason: .unreadable))
                }
            }
        }
        return result
    }

    static func event(from record: Record) -> AuditEvent? {
        guard let time = record["Time"].flatMap({ Timestamp(iso: $0) }), let worker = record["Worker"],
              let workstation = record["Workstation"],
              let action = record["Action"].flatMap(AuditEvent.Action.init(rawValue:)),
              let outcome = record["Outcome"].flatMap(AuditEvent.Outcome.init(rawValue:)) else { return nil }
        return AuditEvent(time: time, worker: worker, onBehalfOf: record["OnBehalfOf"], workstation: workstation,
                          action: action, object: record["Object"], outcome: outcome, reason: record["Reason"])
    }
}
