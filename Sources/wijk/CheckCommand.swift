import WijkDomain
import WijkStore
import WijkUI

/// `wijk check STORE`: reads every file, checks references and values, prints one `path:line: message` line per problem.
enum CheckCommand {
    /// Problems printed per file before one line says how many more there are (unless `--all`).
    static let perFile = 20

    /// Exit status: 0 clean, 1 problems found or the store cannot be opened.
    static func run(store: String, all: Bool, strings t: Strings) -> Int32 {
        // Each file is opened once: the checks that need the whole store use the bytes kept while reading.
        let snapshot: StoreSnapshot
        let files: StoreCache
        do {
            (snapshot, files) = try StoreReader.readRecording(store, keepingBytes: true)
        } catch {
            Wijk.printError(Wijk.openErrorMessage(error, t))
            return 1
        }
        let problems = (snapshot.problems + StoreValidator.problems(in: snapshot, files: files))
            .sorted { ($0.path, $0.line) < ($1.path, $1.line) }
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
        Wijk.printError(t.problems(problems.count))
        return 1
    }
}
