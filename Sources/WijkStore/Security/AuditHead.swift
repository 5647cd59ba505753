/// Where one audit file's chain ended when it was last seen: how many records, and the last one's hash.
///
/// A workstation keeps its own files' heads in `.wijk/audit/` (never synced) and writes the heads it sees of
/// the other workstations' files into its own trail (`Witness` fields). A hash chain cannot see its own tail cut
/// off; a head kept elsewhere can.
public struct AuditHead: Sendable, Equatable {
    /// The station's folder name under `audit/`.
    public var station: String
    /// The month file's name: `2026-11.rec`.
    public var file: String
    public var records: Int
    public var hash: String

    public init(station: String, file: String, records: Int, hash: String) {
        self.station = station
        self.file = file
        self.records = records
        self.hash = hash
    }

    /// The file's path in the store.
    public var path: String { AuditLog.folder + "/" + station + "/" + file }

    /// As a `Witness` field holds it: `werkplek-2 2026-11.rec 57 3fa2…`.
    public var field: String { station + " " + file + " " + String(records) + " " + hash }

    public init?(field: String) {
        let parts = field.split(separator: " ")
        guard parts.count == 4, let records = Int(parts[2]), records > 0 else { return nil }
        self.init(station: String(parts[0]), file: String(parts[1]), records: records, hash: String(parts[3]))
    }
}
