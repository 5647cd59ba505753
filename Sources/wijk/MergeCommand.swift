import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// `wijk merge STORE [--dry-run]`: merges the conflict copies sync tools left, as the app does on start,
/// without a screen.
///
/// Prints one line per copy merged and archived (with `--dry-run`: that would be, and nothing is written),
/// and one per copy that needs a person's choice (open the store in wijk and press c), with a line per field
/// saying what it was, each side's value, who made it where and when, and which is newer. Values are shown
/// only to a terminal: a script's output ends up in logs. Exit status 0 when nothing is left to choose, 1
/// otherwise.
enum MergeCommand {
    static func run(store: String, dryRun: Bool = false, strings t: Strings) -> Int32 {
        // Only folders are looked at for copies (with this workstation's cache, only those that changed are
        // listed); the files read are the copies and the files they belong to.
        do {
            _ = try StoreReader.readInfo(store)
        } catch {
            Wijk.printError(Wijk.openErrorMessage(error, t))
            return 1
        }
        let clock = SystemClock.now()
        let copies = StoreCache.conflictCopies(root: store, version: Wijk.version) ?? StoreReader.conflictCopies(in: store)
        let report = ConflictMerge(writer: StoreWriter(root: store, workstation: Wijk.workstation()))
            .run(copies, at: clock.instant, dryRun: dryRun)
        for copy in report.merged {
            print(t(dryRun ? .wouldMergeCopy : .mergedCopy, Printable.escaped(copy.path), Printable.escaped(copy.original)))
        }
        let workers = report.pending.isEmpty ? [] : StoreReader.read(.team, in: store).workers ?? []
        let values = isatty(STDOUT_FILENO) == 1
        for pending in report.pending {
            print(t(.pendingCopy, Printable.escaped(pending.copy.path), pending.conflicts.map { ConflictOrigin.field($0, t) }
                .joined(separator: ", ")))
            for conflict in pending.conflicts {
                let (copy, file) = ConflictOrigin.sides(conflict, workers: workers, now: clock, t)
                func shown(_ value: String?) -> String {
                    guard values else { return t(.mergeValueHidden) }
                    return value.map { "«" + Printable.escaped($0.replacingOccurrences(of: "\n", with: " ⏎ ")) + "»" }
                        ?? t(.conflictRemoved)
                }
                let base = conflict.hasBase ? (conflict.base == nil ? t(.conflictEmpty) : shown(conflict.base)) : t(.conflictNoBase)
                print(t(.pendingField, ConflictOrigin.field(conflict, t), base, shown(conflict.ours), copy,
                        shown(conflict.theirs), file))
            }
        }
        for problem in report.problems { print(problem.location + ": " + t(.problem(problem.kind))) }
        if report.merged.isEmpty && report.pending.isEmpty && report.problems.isEmpty { print(t(.nothingToMerge, store)) }
        return report.pending.isEmpty && report.problems.isEmpty ? 0 : 1
    }
}
