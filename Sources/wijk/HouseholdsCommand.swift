import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// `wijk households merge STORE KEEP OTHER --as ID --reason TEXT [--pin-stdin]`: two households that turn out
/// to be one made one by a coordinator, as `S` on the plan makes them; all or none, audited file by file.
enum HouseholdsCommand {
    static func merge(store: String, keep: String, other: String, worker workerId: String, reason: String,
                      pinFromStdin: Bool, strings t: Strings) -> Int32 {
        guard let snapshot = Wijk.readStore(store, t) else { return 1 }
        for id in [keep, other] where !snapshot.dossiers.contains(where: { $0.id == id }) {
            Wijk.printError(t(.mergeRefused, t(.mergeUnknownHousehold, Printable.escaped(id))))
            return 1
        }
        let worker: Worker
        switch CommandSignIn.worker(workerId, in: snapshot, may: .triage, object: keep, pinFromStdin: pinFromStdin,
                                    refusals: .init(unknown: .mergeUnknownWorker, notAllowed: .mergeNotCoordinator,
                                                    wrongPin: .mergeWrongPin), t) {
        case .success(let signedIn): worker = signedIn
        case .failure(let status): return status.code
        }
        let here = Wijk.workstation()
        let now = SystemClock.now()
        let prepared: HouseholdMerge
        do throws(HouseholdMerge.Refusal) {
            prepared = try HouseholdMerge.prepare(
                root: store, keep: keep, other: other, worker: worker.id, today: now.day,
                stamps: (0..<2).map { _ in stamp(now, worker.id, here) },
                notes: MergeNotes.notes(keep: keep, other: other, in: snapshot, by: worker, reason: reason, t),
                requests: snapshot.requests.filter { $0.household == other }.map(\.id))
        } catch {
            Wijk.printError(t(.mergeRefused, MergeNotes.describe(error, t)))
            return 1
        }
        let audited: Bool
        do throws(StoreWriteError) {
            audited = try prepared.commit(root: store, workstation: here, worker: worker.id, at: now.instant)
        } catch {
            Wijk.printError(t(.mergeFailed, error.described(t)))
            return 1
        }
        print(t(.mergeDone, other, keep, String(prepared.moved.count), String(prepared.requests.count)))
        if !audited { Wijk.printError(t(.auditNotWritten, keep)) }
        return 0
    }

    static func stamp(_ now: LocalTime, _ worker: String, _ here: String) -> String {
        var random = SystemRandomNumberGenerator()
        return Stamp.make(at: now.instant, worker: worker, workstation: here, using: &random)
    }
}
