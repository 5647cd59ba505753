import WijkDomain
import WijkStore

/// `I` in the plan: the inzage of the selected household, for coordinators and beheerders.
extension Workspace {
    /// Records the export in the audit trail, then writes the inzage to a new folder under `exportFolder`
    /// (outside the store, so the sync tool does not spread the copy) and says where in the status bar.
    mutating func exportSubjectAccess() {
        guard let dossier = selectedDossier else { return }
        guard viewer?.may(.exportPersonalData) == true else {
            notice = strings(.notAllowed)
            return
        }
        guard let folder = exportFolder, audit != nil else {
            notice = strings(.avgNoExportFolder)
            return
        }
        let name = SubjectAccessFolder.defaultName(household: dossier.id, member: nil, day: now.day)
        var target = folder + "/" + name
        // A second inzage on the same day gets its own folder rather than mixing with the first.
        var n = 2
        while !SubjectAccessExport.mayWrite(to: target) {
            target = folder + "/" + name + "-" + String(n)
            n += 1
        }
        if let problem = SubjectAccessFolder.problem(snapshot, household: dossier.id, member: nil, target: target) {
            notice = SubjectAccessFolder.message(problem, strings)
            return
        }
        // Nothing leaves the store unaudited: a failed audit write leaves its notice and no folder.
        guard record(.export, object: "avg:" + dossier.id, now: now) else { return }
        do throws(SubjectAccessFolder.Failure) {
            try SubjectAccessFolder.write(snapshot, household: dossier.id, member: nil, to: target, made: now.day,
                                          strings: strings)
            notice = strings(.avgExportedNotice, target)
        } catch {
            if case .write(let cause) = error {
                notice = strings(.avgExportFailed, Printable.escaped(cause.described(strings)))
            } else {
                notice = SubjectAccessFolder.message(error, strings)
            }
        }
    }
}
