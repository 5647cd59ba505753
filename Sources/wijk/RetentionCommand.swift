import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// `wijk retention STORE [--purge ID --as ID [--pin-stdin]]`: the households past their retention period, by
/// id only (the list goes to a privacy officer), or one of them destroyed by a beheerder.
enum RetentionCommand {
    static func run(store: String, purge: String?, worker: String?, pinFromStdin: Bool, strings t: Strings) -> Int32 {
        guard let snapshot = Wijk.readStore(store, t) else { return 1 }
        let today = SystemClock.now().day
        guard let id = purge else { return list(snapshot, today: today, t) }
        return destroy(snapshot, household: id, worker: worker ?? "", pinFromStdin: pinFromStdin, today: today, t)
    }

    /// `h-0031  03-01-2011  Wmo  03-01-2026  14`, earliest end date first.
    static func list(_ snapshot: StoreSnapshot, today: Day, _ t: Strings) -> Int32 {
        let policy = snapshot.info.retention
        let due = policy.due(snapshot.dossiers, on: today)
        guard !due.isEmpty else {
            print(t(.retentionNoneDue, String(policy.wmoYears), String(policy.youthYears)))
            return 0
        }
        var rows = [[t(.retentionColumnHousehold), t(.retentionColumnClosed), t(.retentionColumnLaw),
                     t(.retentionColumnEnd), t(.retentionColumnFiles)]]
        for dossier in due {
            rows.append([Printable.escaped(dossier.id), RetentionPolicy.closingDay(of: dossier)?.dutch ?? "",
                         t(.law(policy.law(of: dossier))), policy.endDate(of: dossier)?.dutch ?? "",
                         String(RetentionPurge.files(root: snapshot.root, household: dossier.id).count)])
        }
        for line in TextTable.lines(rows, rightAligned: [4]) { print(line) }
        print("")
        print(t(due.count == 1 ? .retentionSummaryOne : .retentionSummary, String(due.count), String(policy.wmoYears),
                String(policy.youthYears)))
        return 0
    }

    /// Checks the household, the beheerder and their PIN, records the destruction, then removes the files.
    static func destroy(_ snapshot: StoreSnapshot, household id: String, worker workerId: String, pinFromStdin: Bool,
                        today: Day, _ t: Strings) -> Int32 {
        let policy = snapshot.info.retention
        guard let dossier = snapshot.dossiers.first(where: { $0.id == id }) else {
            Wijk.printError(t(.retentionUnknownHousehold, Printable.escaped(id)))
            return 1
        }
        guard let end = policy.endDate(of: dossier) else {
            Wijk.printError(t(.retentionNotClosed, id))
            return 1
        }
        guard end <= today else {
            Wijk.printError(t(.retentionNotDue, id, end.dutch, t(.law(policy.law(of: dossier)))))
            return 1
        }
        let worker: Worker
        switch CommandSignIn.worker(workerId, in: snapshot, may: .destroyAfterRetention, object: id,
                                    pinFromStdin: pinFromStdin, refusals: .init(unknown: .retentionUnknownWorker,
                                                                                notAllowed: .retentionNotAdmin,
                                                                                wrongPin: .retentionWrongPin), t) {
        case .success(let signedIn): worker = signedIn
        case .failure(let status): return status.code
        }
        let here = Wijk.workstation()
        let now = SystemClock.now()
        // The reason is part of the store, not of a screen: always in Dutch.
        let reason = Strings(.nl)
        do throws(RetentionPurge.Failure) {
            let removed = try RetentionPurge.purge(root: snapshot.root, household: id,
                                                   audit: AuditLog(root: snapshot.root, workstation: here)) { count in
                AuditEvent(time: now.instant, worker: worker.id, workstation: here, action: .change, object: id,
                           reason: reason(.retentionAuditReason, String(count)))
            }
            print(t(.retentionPurged, id, String(removed)))
            return 0
        } catch {
            switch error {
            case .notAudited(let cause): Wijk.printError(t(.retentionNotAudited, cause.described(t)))
            case .notRemoved(let cause): Wijk.printError(t(.retentionPurgeFailed, cause.described(t)))
            }
            return 1
        }
    }
}
