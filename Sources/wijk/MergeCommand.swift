import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// `wijk merge STORE`: merges the conflict copies sync tools left, as the app does on start, without a screen.
///
/// Prints one line per copy merged and archived, and one per copy that needs a person's choice (open the
/// store in wijk and press c). Exit status 0 when nothing is left to choose, 1 otherwise.
enum MergeCommand {
    static func run(store: String, strings t: Strings) -> Int32 {
        // Only folders are looked at for copies (with this workstation's cache, only those that changed are
        // listed); the files read are the copies and the files they belong to.
        do {
            _ = try StoreReader.readInfo(store)
        } catch {
            Wijk.printError(Wijk.openErrorMessage(error, t))
            return 1
        }
        let now = Timestamp(seconds: Int64(Date().timeIntervalSince1970))
        let copies = StoreCache.conflictCopies(root: store, version: Wijk.version) ?? StoreReader.conflictCopies(in: store)
        let report = ConflictMerge(writer: StoreWriter(root: store, workstation: Wijk.workstation())).run(copies, at: now)
        for copy in report.merged { print(t(.mergedCopy, copy.path, copy.original)) }
        for pending in report.pending {
            print(t(.pendingCopy, pending.copy.path, pending.conflicts.map { $0.field.isEmpty ? $0.key : $0.field }
                .joined(separator: ", ")))
        }
        for problem in report.problems { print(problem.location + ": " + t(.problem(problem.kind))) }
        if report.merged.isEmpty && report.pending.isEmpty && report.problems.isEmpty { print(t(.nothingToMerge, store)) }
        return report.pending.isEmpty && report.problems.isEmpty ? 0 : 1
    }
}
