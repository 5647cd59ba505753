import WijkStore
import WijkUI

/// `wijk check STORE`: reads every file, checks references and values, prints one `path:line: message` line per problem.
enum CheckCommand {
    /// Exit status: 0 clean, 1 problems found or the store cannot be opened.
    static func run(store: String, strings t: Strings) -> Int32 {
        guard let snapshot = Wijk.readStore(store, t) else { return 1 }
        let problems = (snapshot.problems + StoreValidator.problems(in: snapshot))
            .sorted { ($0.path, $0.line) < ($1.path, $1.line) }
        if problems.isEmpty {
            print(t(.checkClean, store, String(snapshot.filesRead)))
            return 0
        }
        for problem in problems {
            print(store + "/" + problem.location + ": " + t(.problem(problem.kind)))
        }
        Wijk.printError(t(.checkProblems, String(problems.count)))
        return 1
    }
}
