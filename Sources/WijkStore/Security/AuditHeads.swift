import WijkDomain

/// This workstation's own record of its audit files' heads, in `.wijk/audit/STATION.rec`: never synced, so a
/// trail cut short or a file removed in the shared store shows even in a team of one.
struct AuditHeads {
    let path: String
    var heads: [String: AuditHead] = [:]
    /// When this workstation last wrote the other workstations' heads into its trail.
    var witnessed: Timestamp?

    static func path(root: String, station: String) -> String {
        root + "/" + StoreLayout.localFolder + "/" + AuditLog.folder + "/" + station + StoreLayout.recordExtension
    }

    /// The heads as last written; none when the file is missing or unreadable (a new workstation, or one that
    /// kept no heads before).
    init(root: String, station: String) {
        path = Self.path(root: root, station: station)
        guard let bytes = try? FileSystem.read(path, limit: 16 * 1024 * 1024),
              let sets = try? RecfileParser.parse(bytes: bytes) else { return }
        for record in sets.flatMap(\.records) {
            if let time = record["Witnessed"] { witnessed = Timestamp(iso: time) }
            guard let file = record["File"], let count = record["Records"].flatMap({ Int($0) }),
                  let hash = record["Hash"] else { continue }
            heads[file] = AuditHead(station: Self.station(of: file), file: FileSystem.name(of: file), records: count,
                                    hash: hash)
        }
    }

    /// Every workstation's heads kept in this store's `.wijk/audit/`.
    static func all(root: String) -> [AuditHead] {
        let folder = root + "/" + StoreLayout.localFolder + "/" + AuditLog.folder
        return (FileSystem.list(folder) ?? []).filter { !StoreLayout.isIgnored($0) }.sorted().flatMap { name in
            AuditHeads(root: root, station: String(name.dropLast(StoreLayout.recordExtension.count))).heads.values
                .sorted { $0.file < $1.file }
        }
    }

    private static func station(of path: String) -> String {
        let parts = path.split(separator: "/")
        return parts.count >= 3 ? String(parts[parts.count - 2]) : ""
    }

    /// Writes the heads whole (a small file, replaced atomically and flushed).
    func save() throws(FileError) {
        var records = heads.values.sorted { $0.path < $1.path }.map { head in
            Record([("File", head.path), ("Records", String(head.records)), ("Hash", head.hash)])
        }
        if let witnessed { records.append(Record([("Witnessed", witnessed.iso)])) }
        let text = "# This workstation's audit chain heads (never synced): wijk audit --verify compares them.\n"
            + RecfileWriter.format([RecordSet(descriptor: Record([("%rec", "AuditHead")]), records: records)])
        try FileSystem.makeDirectories(FileSystem.directory(of: path))
        try FileSystem.replaceAtomically(path, bytes: Array(text.utf8))
    }
}
