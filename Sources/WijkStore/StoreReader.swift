import Dispatch
import WijkDomain

/// Reads a whole store directory into a snapshot; bad files become problems, never failures.
public enum StoreReader {
    /// Reads the store at `root`. Throws only when `root` is not a store;
    /// every problem inside is collected in the snapshot.
    public static func read(_ root: String) throws(StoreOpenError) -> StoreSnapshot {
        guard FileSystem.isDirectory(root) else { throw .notFound(path: root) }
        let infoPath = StoreLayout.infoFile
        guard FileSystem.exists(join(root, infoPath)) else { throw .notAStore(path: root) }

        var infoProblems: [StoreProblem] = []
        let info = readFile(root, infoPath, &infoProblems) { sets, problems in
            firstRecord(of: "Store", in: sets, path: infoPath, &problems)
                .flatMap { StoreDecoder.teamInfo($0, path: infoPath, problems: &problems) }
        }
        guard let info else {
            throw .badInfoFile(infoProblems.first ?? StoreProblem(path: infoPath, line: 0,
                                                                  kind: .missingRecord(type: "Store")))
        }

        var problems = infoProblems
        let workers = readFolder(root, StoreLayout.team, type: "Worker", &problems, StoreDecoder.worker)
        let resources = readFolder(root, StoreLayout.resources, type: "Resource", &problems, StoreDecoder.resource)
        let requests = readFolder(root, StoreLayout.requests, type: "HelpRequest", &problems, StoreDecoder.helpRequest)
        let dossiers = readHouseholds(root, &problems)
        return StoreSnapshot(root: root, info: info, workers: workers, resources: resources, requests: requests,
                             dossiers: dossiers, problems: problems.sorted { ($0.path, $0.line) < ($1.path, $1.line) })
    }

    // MARK: households

    private static func readHouseholds(_ root: String, _ problems: inout [StoreProblem]) -> [Dossier] {
        let folder = StoreLayout.households
        let names = (FileSystem.list(join(root, folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        var results = [(Dossier?, [StoreProblem])](repeating: (nil, []), count: names.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: names.count) { i in
                var local: [StoreProblem] = []
                let dossier = readDossier(root, folder + "/" + names[i], &local)
                slots[i] = (dossier, local)
            }
        }
        var dossiers: [Dossier] = []
        dossiers.reserveCapacity(names.count)
        for (dossier, local) in results {
            problems += local
            if let dossier { dossiers.append(dossier) }
        }
        return dossiers
    }

    private static func readDossier(_ root: String, _ dir: String, _ problems: inout [StoreProblem]) -> Dossier? {
        guard FileSystem.isDirectory(join(root, dir)) else { return nil }
        let householdPath = dir + "/" + StoreLayout.householdFile
        guard FileSystem.exists(join(root, householdPath)) else {
            problems.append(StoreProblem(path: householdPath, line: 0, kind: .missingRecord(type: "Household")))
            return nil
        }
        var members: [Member] = []
        let household: Household? = readFile(root, householdPath, &problems) { sets, problems in
            members = records(of: "Member", in: sets).compactMap {
                StoreDecoder.member($0, path: householdPath, problems: &problems)
            }
            return firstRecord(of: "Household", in: sets, path: householdPath, &problems)
                .flatMap { StoreDecoder.household($0, path: householdPath, problems: &problems) }
        }
        guard let household else { return nil }

        var goals: [Goal] = []
        var actions: [Action] = []
        let planPath = dir + "/" + StoreLayout.planFile
        if FileSystem.exists(join(root, planPath)) {
            _ = readFile(root, planPath, &problems) { sets, problems -> Void? in
                goals = records(of: "Goal", in: sets).compactMap {
                    StoreDecoder.goal($0, path: planPath, problems: &problems)
                }
                actions = records(of: "Action", in: sets).compactMap {
                    StoreDecoder.action($0, path: planPath, problems: &problems)
                }
                return ()
            }
        }
        var budget: Budget?
        let budgetPath = dir + "/" + StoreLayout.budgetFile
        if FileSystem.exists(join(root, budgetPath)) {
            budget = readFile(root, budgetPath, &problems) { sets, problems in
                records(of: "Budget", in: sets).first.flatMap {
                    StoreDecoder.budget($0, path: budgetPath, problems: &problems)
                }
            }
        }
        let journal = readFolder(root, dir + "/" + StoreLayout.journal, type: "JournalEntry", &problems,
                                 StoreDecoder.journalEntry)
        let assessments = readFolder(root, dir + "/" + StoreLayout.assessments, type: "Assessment", &problems,
                                     StoreDecoder.assessment)
        let expenses = readFolder(root, dir + "/" + StoreLayout.expenses, type: "Expense", &problems,
                                  StoreDecoder.expense)
        return Dossier(household: household, members: members, goals: goals, actions: actions, budget: budget,
                       expenses: expenses, journal: journal, assessments: assessments)
    }

    // MARK: generic reading

    /// Reads every record of `type` from the `.rec` files in `folder` (one
    /// or more records per file); a missing folder is an empty list.
    private static func readFolder<T>(_ root: String, _ folder: String, type: String,
                                      _ problems: inout [StoreProblem],
                                      _ decode: (Record, String, inout [StoreProblem]) -> T?) -> [T] {
        guard let names = FileSystem.list(join(root, folder)) else { return [] }
        var result: [T] = []
        for name in names.sorted() where !StoreLayout.isIgnored(name) {
            let path = folder + "/" + name
            if StoreLayout.isConflictCopy(name) {
                problems.append(StoreProblem(path: path, line: 0, kind: .conflictCopy))
                continue
            }
            let decoded: [T]? = readFile(root, path, &problems) { sets, problems in
                let found = records(of: type, in: sets)
                if found.isEmpty {
                    problems.append(StoreProblem(path: path, line: 0, kind: .missingRecord(type: type)))
                }
                return found.compactMap { decode($0, path, &problems) }
            }
            result += decoded ?? []
        }
        return result
    }

    /// Reads and parses one file, then hands its record sets to `body`;
    /// unreadable or unparsable files become a problem and give nil.
    private static func readFile<T>(_ root: String, _ path: String, _ problems: inout [StoreProblem],
                                    _ body: ([RecordSet], inout [StoreProblem]) -> T?) -> T? {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(join(root, path), limit: RecfileParser.maxFileBytes)
        } catch {
            problems.append(StoreProblem(path: path, line: 0, kind: .unreadable(reason: error.message)))
            return nil
        }
        do {
            let sets = try RecfileParser.parse(bytes: bytes)
            return body(sets, &problems)
        } catch {
            problems.append(StoreProblem(path: path, line: error.line, kind: error.kind))
            return nil
        }
    }

    /// Records of `type`: those after a `%rec: type` descriptor, or untyped
    /// records in a file without descriptors.
    private static func records(of type: String, in sets: [RecordSet]) -> [Record] {
        sets.filter { $0.type == type || $0.type == nil }.flatMap(\.records)
    }

    private static func firstRecord(of type: String, in sets: [RecordSet], path: String,
                                    _ problems: inout [StoreProblem]) -> Record? {
        guard let record = records(of: type, in: sets).first else {
            problems.append(StoreProblem(path: path, line: 0, kind: .missingRecord(type: type)))
            return nil
        }
        return record
    }

    static func join(_ root: String, _ path: String) -> String {
        root.hasSuffix("/") ? root + path : root + "/" + path
    }
}
