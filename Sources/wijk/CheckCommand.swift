import WijkDomain
import WijkStore
import WijkUI

/// `wijk check STORE`: reads every file, checks references and values, prints one `path:line: message` line per problem.
enum CheckCommand {
    /// Problems printed per file before one line says how many more there are (unless `--all`).
    static let perFile = 20

    /// Exit status: 0 clean (warnings may be printed), 1 problems found or the store cannot be opened.
    static func run(store: String, all: Bool, strings t: Strings) -> Int32 {
        let snapshot: StoreSnapshot
        let problems: [StoreProblem]
        do {
            (snapshot, problems) = try StoreValidator.readAndCheck(store)
        } catch {
            Wijk.printError(Wijk.openErrorMessage(error, t))
            return 1
        }
        if problems.isEmpty {
            print(t(.checkClean, store, String(snapshot.filesRead)))
            return 0
        }
        let prefix = Printable.escaped(store) + "/"
        for file in StoreProblem.byFile(problems, limit: all ? nil : perFile) {
            for problem in file.problems { print(prefix + problem.location + ": " + t(.problem(problem.kind))) }
            if file.more > 0, let path = file.problems.first?.path {
                print(t(.moreProblems, prefix + Printable.escaped(path), String(file.more)))
            }
        }
        let count = problems.filter { !$0.kind.isWarning }.count
        let warnings = problems.count - count
        if count > 0 { Wijk.printError(t.problems(count)) }
        if warnings > 0 { Wijk.printError(t(.checkWarnings, String(warnings))) }
        return count > 0 ? 1 : 0
    }
}
