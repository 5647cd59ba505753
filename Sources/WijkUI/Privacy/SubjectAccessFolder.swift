import WijkDomain
import WijkStore

/// One inzage from selection to folder, the same for `wijk avg export` and the plan's key: the ids checked,
/// the report rendered, the store's files copied. Recording the export in the audit trail is the caller's
/// first step, so that record is in the report too.
public enum SubjectAccessFolder {
    /// Why an inzage cannot be made.
    public enum Failure: Error, Sendable, Equatable {
        case unknownHousehold(String)
        case unknownMember(household: String, member: String)
        /// The target folder exists and is not empty.
        case targetNotEmpty(String)
        case write(StoreWriteError)
    }

    /// What is wrong with the ids or the target; nil when an inzage can be made.
    public static func problem(_ snapshot: StoreSnapshot, household: String, member: String?,
                               target: String) -> Failure? {
        guard let dossier = snapshot.dossiers.first(where: { $0.id == household }) else {
            return .unknownHousehold(household)
        }
        if let member, !dossier.members.contains(where: { $0.id == member }) {
            return .unknownMember(household: household, member: member)
        }
        if !SubjectAccessExport.mayWrite(to: target) { return .targetNotEmpty(target) }
        return nil
    }

    /// Writes the inzage of `household` (or its `member`) into `target`; returns how many store files were
    /// copied beside the report.
    @discardableResult
    public static func write(_ snapshot: StoreSnapshot, household: String, member: String?, to target: String,
                             made day: Day, strings t: Strings) throws(Failure) -> Int {
        guard let dossier = snapshot.dossiers.first(where: { $0.id == household }) else {
            throw .unknownHousehold(household)
        }
        let events = AuditLog.read(root: snapshot.root).entries.map(\.event)
        guard let access = SubjectAccess.of(dossier, member: member, requests: snapshot.requests, events: events) else {
            throw .unknownMember(household: household, member: member ?? "")
        }
        let report = SubjectAccessReport.markdown(access, snapshot, made: day, strings: t)
        let files = SubjectAccessExport.files(root: snapshot.root, of: access)
        do throws(StoreWriteError) {
            try SubjectAccessExport.write(root: snapshot.root, files: files, report: Array(report.utf8),
                                          reportName: SubjectAccessReport.fileName, to: target)
        } catch {
            if case .exists(let path) = error, path == target { throw .targetNotEmpty(target) }
            throw .write(error)
        }
        return files.count
    }

    /// The folder name of an inzage made on `day`: `inzage-h-0001-20261202`, with `-m-1` for one member.
    public static func defaultName(household: String, member: String?, day: Day) -> String {
        "inzage-" + household + (member.map { "-" + $0 } ?? "") + "-" + day.iso.replacingOccurrences(of: "-", with: "")
    }

    /// What went wrong, for the status bar or stderr; names only ids and paths.
    public static func message(_ failure: Failure, _ t: Strings) -> String {
        switch failure {
        case .unknownHousehold(let id): return t(.avgUnknownHousehold, Printable.escaped(id))
        case .unknownMember(let household, let member): return t(.avgUnknownMember, household, Printable.escaped(member))
        case .targetNotEmpty(let path): return t(.avgTargetNotEmpty, Printable.escaped(path))
        case .write(let error): return t(.avgNotWritten, Printable.escaped(error.described(t)))
        }
    }
}
