#if canImport(Glibc)
import Glibc
#endif
import WijkDomain

/// Writes an inzage (AVG art. 15) to a folder of its own: the readable report and the store's files about the
/// household copied as they are under `bestanden/`, keeping their store paths. Owner-only throughout; written
/// whole or not at all.
public enum SubjectAccessExport {
    /// Where the copied files go inside the folder.
    public static let filesFolder = "bestanden"

    /// The store files that belong in the export of `access`: for a household its whole folder and its
    /// requests; for one member only the files that hold nothing but what the report shows of them (their
    /// journal entries, assessments, expenses, referrals and requests), not the household's shared files.
    public static func files(root: String, of access: SubjectAccess) -> [String] {
        let id = access.dossier.id
        let folder = HouseholdFiles.folder(root: root, household: id).filter { !isHiddenOrTemporary($0) }
        let requests = HouseholdFiles.requests(root: root, household: id)
        guard access.member != nil else { return folder + requests }
        let d = access.dossier
        let kept = Set(d.journal.map(\.id) + d.assessments.map(\.id) + d.expenses.map(\.id) + d.referrals.map(\.id)
                       + access.requests.map(\.id))
        return (folder + requests).filter { path in
            let name = FileSystem.name(of: path)
            return name.hasSuffix(StoreLayout.recordExtension) && kept.contains(String(name.dropLast(4)))
        }
    }

    /// Whether `target` is free for an export: missing, or an empty folder.
    public static func mayWrite(to target: String) -> Bool {
        if FileSystem.isDirectory(target) { return (FileSystem.list(target) ?? ["?"]).isEmpty }
        return !FileSystem.exists(target)
    }

    /// Makes `target` (refusing one that exists and is not empty: `.exists`), writes `report` as `reportName`
    /// in it and copies `files` from the store at `root`. On any failure what was made is removed again.
    public static func write(root: String, files: [String], report: [UInt8], reportName: String,
                             to target: String) throws(StoreWriteError) {
        guard mayWrite(to: target) else { throw .exists(path: target) }
        let existed = FileSystem.isDirectory(target)
        var current = target
        do throws(FileError) {
            try FileSystem.makeDirectories(target)
            chmod(target, 0o700)
            current = target + "/" + reportName
            try FileSystem.createFile(current, bytes: report)
            for path in files {
                current = root + "/" + path
                let bytes = try FileSystem.read(current, limit: RecfileParser.maxFileBytes)
                let copy = target + "/" + filesFolder + "/" + path
                current = copy
                try FileSystem.makeDirectories(FileSystem.directory(of: copy))
                try FileSystem.createFile(copy, bytes: bytes)
            }
            try FileSystem.syncDirectory(of: target + "/" + reportName)
        } catch {
            if existed {
                for name in FileSystem.list(target) ?? [] { FileSystem.removeTree(target + "/" + name) }
            } else {
                FileSystem.removeTree(target)
            }
            throw .io(path: current, reason: error.message)
        }
    }

    /// Half-written files of an interrupted save and sync tools' own files: not the household's data.
    static func isHiddenOrTemporary(_ path: String) -> Bool {
        let name = FileSystem.name(of: path)
        return name.hasPrefix(".") || name.hasPrefix("~") || name.hasSuffix(".tmp")
    }
}
