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
        name.contains(".sync-conflict-") || name.contains("conflicted copy") || name.contains("_conflict-")
    }
}
