import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// `wijk avg export STORE --household ID [--member ID] [-o DIR]`: an inzage (AVG art. 15) into a folder of its
/// own, audited before anything is written.
enum AvgCommand {
    static func export(store: String, household: String, member: String?, output: String?,
                       strings t: Strings) -> Int32 {
        guard let snapshot = Wijk.readStore(store, t) else { return 1 }
        let now = SystemClock.now()
        let target = output ?? SubjectAccessFolder.defaultName(household: household, member: member, day: now.day)
        if let problem = SubjectAccessFolder.problem(snapshot, household: household, member: member, target: target) {
            Wijk.printError(SubjectAccessFolder.message(problem, t))
            return 1
        }
        guard Wijk.auditExport(store, object: "avg:" + household, now: now, t) else { return 1 }
        do throws(SubjectAccessFolder.Failure) {
            let copied = try SubjectAccessFolder.write(snapshot, household: household, member: member, to: target,
                                                       made: now.day, strings: t)
            print(t(.avgWritten, Printable.escaped(target), SubjectAccessReport.fileName, String(copied),
                    SubjectAccessExport.filesFolder))
            return 0
        } catch {
            Wijk.printError(SubjectAccessFolder.message(error, t))
            return 1
        }
    }
}
