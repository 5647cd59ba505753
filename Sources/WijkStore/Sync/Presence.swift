import WijkDomain

/// Who has which household open on which workstation, so colleagues can talk before they both edit.
///
/// Each workstation and worker writes only its own file,
/// `presence/WORKSTATION-WORKER.rec`, so sync never conflicts on it. A
/// presence not refreshed for `staleAfter` seconds no longer counts (a
/// workstation that crashed or lost its connection).
public struct Presence: Sendable, Equatable {
    public static let staleAfter: Int64 = 120
    /// How often an open household is announced again.
    public static let heartbeat: Int64 = 30

    public var worker: String
    public var workstation: String
    public var household: String?
    public var seen: Timestamp

    public init(worker: String, workstation: String, household: String?, seen: Timestamp) {
        self.worker = worker
        self.workstation = workstation
        self.household = household
        self.seen = seen
    }

    /// Whether this presence still counts at `now`.
    public func isFresh(at now: Timestamp) -> Bool {
        now.seconds - seen.seconds <= Presence.staleAfter
    }

    static func path(worker: String, workstation: String) -> String {
        StoreLayout.presence + "/" + Stamp.safe(workstation) + "-" + Stamp.safe(worker) + StoreLayout.recordExtension
    }

    /// Announces this presence (replacing this workstation's earlier one).
    public func write(in root: String) throws(StoreWriteError) {
        let record = Record([("Worker", worker), ("Workstation", workstation), ("Household", household ?? ""),
                             ("Seen", seen.iso)])
        let path = Presence.path(worker: worker, workstation: workstation)
        do {
            try FileSystem.makeDirectories(root + "/" + StoreLayout.presence)
            try FileSystem.replaceAtomically(root + "/" + path,
                                             bytes: Array(RecfileWriter.format([Schema.set("Presence", [record])]).utf8))
        } catch {
            throw .io(path: path, reason: error.message)
        }
    }

    /// Takes this workstation's presence away (on quitting).
    public static func clear(worker: String, workstation: String, in root: String) {
        FileSystem.remove(root + "/" + path(worker: worker, workstation: workstation))
    }

    /// Every presence in the store; unreadable files are skipped (presence is a courtesy, not data).
    public static func readAll(in root: String) -> [Presence] {
        let folder = root + "/" + StoreLayout.presence
        return (FileSystem.list(folder) ?? []).filter { !StoreLayout.isIgnored($0) }.compactMap { name in
            guard let bytes = try? FileSystem.read(folder + "/" + name, limit: 64 * 1024),
                  let record = (try? RecfileParser.parse(bytes: bytes))?.first?.records.first,
                  let worker = record["Worker"], let workstation = record["Workstation"],
                  let seen = record["Seen"].flatMap({ Timestamp(iso: $0.trimmed) }) else { return nil }
            let household = record["Household"].flatMap { $0.trimmed.isEmpty ? nil : $0.trimmed }
            return Presence(worker: worker.trimmed, workstation: workstation.trimmed, household: household, seen: seen)
        }
    }
}
