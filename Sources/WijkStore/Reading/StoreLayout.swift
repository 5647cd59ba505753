/// Names of the store's folders and files, and which names the store ignores.
public enum StoreLayout {
    public static let infoFile = "wijkdesk.rec"
    public static let team = "team"
    public static let resources = "resources"
    public static let requests = "requests"
    public static let households = "households"
    public static let householdFile = "household.rec"
    public static let planFile = "plan.rec"
    public static let budgetFile = "budget.rec"
    public static let journal = "journal"
    public static let assessments = "zrm"
    public static let expenses = "expenses"
    public static let referrals = "referrals"
    /// The folders a household's folder may hold, one file per record in each.
    public static let householdFolders = [journal, assessments, expenses, referrals]
    /// One file of minutes per team meeting, named after its day.
    public static let meetings = "meetings"
    public static let recordExtension = ".rec"
    /// This workstation's own files inside the store (lock, version cache):
    /// never to be synced (`.stignore` lists it).
    public static let localFolder = ".wijk"
    /// Every version of the files that change, under the file's own path and content hash, synced with the
    /// store so any workstation finds the version two copies started from (`VersionHistory`).
    public static let history = "history"
    /// Where merged conflict copies of sync tools are kept.
    public static let archive = "archive"
    /// One file per workstation and worker saying which household is open there.
    public static let presence = "presence"

    /// Files that are not the store's own: hidden files (`.stfolder`,
    /// `.syncthing.*.tmp`, editor swap files), temporary files of sync tools
    /// (`~syncthing~*.tmp`), backups (`*~`) and anything not a `.rec` file.
    public static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("~") || name.hasSuffix("~") || name.hasSuffix(".tmp")
            || !name.hasSuffix(recordExtension)
    }

    /// Whether `name` is a conflict copy made by Syncthing, Nextcloud/ownCloud or Dropbox.
    public static func isConflictCopy(_ name: String) -> Bool {
        // Compared as bytes: every name of the store is asked, and Foundation's `contains` was 6% of a `wijk check`.
        var name = name
        return name.withUTF8 { isConflictCopy(utf8: $0) }
    }

    /// Whether the name spelled by `utf8` is a conflict copy.
    static func isConflictCopy(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        conflictMarkers.contains { contains(utf8, $0) }
    }

    private static let conflictMarkers = [".sync-conflict-", "conflicted copy", "_conflict-"].map { Array($0.utf8) }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ marker: [UInt8]) -> Bool {
        guard bytes.count >= marker.count else { return false }
        for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
            var i = 1
            while i < marker.count && bytes[start + i] == marker[i] { i += 1 }
            if i == marker.count { return true }
        }
        return false
    }
}
