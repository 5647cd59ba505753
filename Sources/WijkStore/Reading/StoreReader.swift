#if canImport(Glibc)
import Glibc
#endif
import WijkDomain

/// Reads a whole store directory into a snapshot; bad files become problems, never failures.
///
/// While it reads it can record, for this workstation's snapshot cache (`StoreCache`), the signature of every
/// file and folder it read, so a later start can tell what changed since; and, for `wijk check`, the fields
/// the deeper checks look at (`RecordExcerpts`), so no file is parsed twice.
public struct StoreReader: Sendable {
    private let root: String
    /// Counts the files read, across the threads that read households.
    private let filesRead = Counter()
    /// Keeps what is read for a cache.
    private let recorder: CacheRecorder?
    /// Keeps what `StoreValidator` looks at.
    private let excerpts: RecordExcerpts?

    private init(root: String, recorder: CacheRecorder? = nil, excerpts: RecordExcerpts? = nil) {
        self.root = root
        self.recorder = recorder
        self.excerpts = excerpts
    }

    /// Reads the store at `root`. Throws only when `root` is not a store;
    /// every problem inside is collected in the snapshot.
    public static func read(_ root: String) throws(StoreOpenError) -> StoreSnapshot {
        // A change of several files a kill cut short is put back first: no one reads half of it.
        StoreTransaction.recover(root: root)
        return try StoreReader(root: root).read()
    }

    /// Reads the store at `root`, keeping in `excerpts` what the deeper checks look at.
    static func read(_ root: String, keeping excerpts: RecordExcerpts) throws(StoreOpenError) -> StoreSnapshot {
        StoreTransaction.recover(root: root)
        return try StoreReader(root: root, excerpts: excerpts).read()
    }

    /// Reads the store at `root` and records what it read as a cache for the next start.
    public static func readRecording(_ root: String) throws(StoreOpenError) -> (StoreSnapshot, StoreCache) {
        let recorder = CacheRecorder(takenAt: StoreReader.wallClock())
        let snapshot = try StoreReader(root: root, recorder: recorder).read()
        var cache = recorder.recorded
        cache.snapshot = snapshot
        return (snapshot, cache)
    }

    /// Lists `folders` again into `recorder`.
    static func listAgain(_ folders: [String], root: String, into recorder: CacheRecorder) {
        let reader = StoreReader(root: root, recorder: recorder)
        for folder in folders { _ = reader.list(folder) }
    }

    /// Now, in nanoseconds since 1970, as file times are.
    static func wallClock() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// One part of the store read again after a change on disk.
    public enum Part: Sendable, Hashable {
        case team, resources, requests, meetings
        case household(String)
    }

    /// What a partial read found: the part's new content and its problems.
    public struct PartRead: Sendable {
        public var part: Part
        public var workers: [Worker]?
        public var resources: [Resource]?
        public var requests: [HelpRequest]?
        public var meetings: [Meeting]?
        /// For a household: the dossier, nil when it is gone or unreadable.
        public var dossier: Dossier?
        public var problems: [StoreProblem]
        /// Paths whose problems this read replaces (`households/h-1/`, `team/`…).
        public var prefix: String
    }

    /// Reads one part of the store at `root` again.
    public static func read(_ part: Part, in root: String) -> PartRead {
        read(part, in: root, recorder: nil)
    }

    /// Reads one part again, recording what it read into `recorder` (bringing a cache up to date).
    static func read(_ part: Part, in root: String, recorder: CacheRecorder?) -> PartRead {
        let reader = StoreReader(root: root, recorder: recorder)
        var problems: [StoreProblem] = []
        switch part {
        case .team:
            let workers = reader.readFolder(StoreLayout.team, type: "Worker", &problems, StoreDecoder.worker)
            return PartRead(part: part, workers: workers, problems: problems, prefix: StoreLayout.team + "/")
        case .resources:
            let resources = reader.readFolder(StoreLayout.resources, type: "Resource", &problems, StoreDecoder.resource)
            return PartRead(part: part, resources: resources, problems: problems, prefix: StoreLayout.resources + "/")
        case .requests:
            let requests = reader.readFolder(StoreLayout.requests, type: "HelpRequest", &problems, StoreDecoder.helpRequestFile)
            return PartRead(part: part, requests: requests, problems: problems, prefix: StoreLayout.requests + "/")
        case .meetings:
            let meetings = reader.readFolder(StoreLayout.meetings, type: "Meeting", &problems, StoreDecoder.meetingFile)
            return PartRead(part: part, meetings: meetings.sorted { $0.date < $1.date }, problems: problems,
                            prefix: StoreLayout.meetings + "/")
        case .household(let id):
            let dir = StoreLayout.households + "/" + id
            let dossier = reader.readDossier(dir, &problems)
            return PartRead(part: part, dossier: dossier, problems: problems, prefix: dir + "/")
        }
    }

    /// The part of the store a changed path (relative to the store) belongs to, nil for paths the reader ignores.
    public static func part(of path: String) -> Part? {
        let parts = path.split(separator: "/").map(String.init)
        guard let first = parts.first else { return nil }
        switch first {
        case StoreLayout.team: return .team
        case StoreLayout.resources: return .resources
        case StoreLayout.requests: return .requests
        case StoreLayout.meetings: return .meetings
        case StoreLayout.households: return parts.count >= 2 && !parts[1].hasPrefix(".") ? .household(parts[1]) : nil
        default: return nil
        }
    }

    /// Reads only the store's own file: whether `root` is a store, and its settings, for commands that need
    /// no more (`wijk audit` reads the trail, not the households).
    public static func readInfo(_ root: String) throws(StoreOpenError) -> TeamInfo {
        var problems: [StoreProblem] = []
        return try StoreReader(root: root).info(&problems)
    }

    /// Every conflict copy a sync tool left where the reader looks for them, found by listing folders only
    /// (no file is opened): what `wijk merge` needs, without reading the store. Sorted by path.
    public static func conflictCopies(in root: String) -> [String] {
        conflictCopies { FileSystem.list($0.isEmpty ? root : root + "/" + $0) }
    }

    /// The conflict copies in the folders the reader looks in, with each folder's names as `names` gives them
    /// (a store-relative path, `""` the store itself; nil when there is no such folder). Sorted by path.
    static func conflictCopies(names: @Sendable (String) -> [String]?) -> [String] {
        @Sendable func look(_ folder: String, into copies: inout [String]) -> [String]? {
            guard let found = names(folder) else { return nil }
            for name in found where !StoreLayout.isIgnored(name) && StoreLayout.isConflictCopy(name) {
                copies.append(folder.isEmpty ? name : folder + "/" + name)
            }
            return found
        }
        var copies: [String] = []
        _ = look("", into: &copies)
        for folder in [StoreLayout.team, StoreLayout.resources, StoreLayout.requests, StoreLayout.meetings] {
            _ = look(folder, into: &copies)
        }
        // The households' folders looked at on every core: on the city store they are 40,000.
        let ids = (names(StoreLayout.households) ?? []).filter { !$0.hasPrefix(".") }
        let runs = min(ids.count, 64)
        let found = Parallel.map(runs) { run in
            var mine: [String] = []
            for i in stride(from: run, to: ids.count, by: runs) {
                let dir = StoreLayout.households + "/" + ids[i]
                guard let names = look(dir, into: &mine) else { continue }
                for sub in StoreLayout.householdFolders where names.contains(sub) {
                    _ = look(dir + "/" + sub, into: &mine)
                }
            }
            return mine
        }
        return (copies + found.joined()).sorted()
    }

    private func info(_ problems: inout [StoreProblem]) throws(StoreOpenError) -> TeamInfo {
        guard FileSystem.isDirectory(root) else { throw .notFound(path: root) }
        let infoPath = StoreLayout.infoFile
        guard FileSystem.exists(join(infoPath)) else {
            throw .notAStore(path: root)
        }
        var infoProblems: [StoreProblem] = []
        let info = readFile("", infoPath, &infoProblems) { sets, problems in
            firstRecord(of: "Store", in: sets, path: infoPath, &problems)
                .flatMap { StoreDecoder.teamInfo($0, path: infoPath, problems: &problems) }
        }
        guard let info else {
            throw .badInfoFile(infoProblems.first ?? StoreProblem(path: infoPath, line: 0,
                                                                  kind: .missingRecord(type: "Store")))
        }
        problems += infoProblems
        return info
    }

    private func read() throws(StoreOpenError) -> StoreSnapshot {
        var problems: [StoreProblem] = []
        let info = try info(&problems)
        for name in (list("") ?? []) where !StoreLayout.isIgnored(name) && StoreLayout.isConflictCopy(name) {
            problems.append(StoreProblem(path: name, line: 0, kind: .conflictCopy))
        }
        let workers = readFolder(StoreLayout.team, type: "Worker", &problems, StoreDecoder.worker)
        let resources = readFolder(StoreLayout.resources, type: "Resource", &problems, StoreDecoder.resource)
        let requests = readFolder(StoreLayout.requests, type: "HelpRequest", &problems, StoreDecoder.helpRequestFile)
        let meetings = readFolder(StoreLayout.meetings, type: "Meeting", &problems, StoreDecoder.meetingFile)
        let dossiers = readHouseholds(&problems)
        var snapshot = StoreSnapshot(root: root, info: info, workers: workers, resources: resources, requests: requests,
                                     dossiers: dossiers, problems: problems.sorted { ($0.path, $0.line) < ($1.path, $1.line) },
                                     filesRead: filesRead.value)
        snapshot.meetings = meetings.sorted { $0.date < $1.date }
        return snapshot
    }

    // MARK: households

    private func readHouseholds(_ problems: inout [StoreProblem]) -> [Dossier] {
        let folder = StoreLayout.households
        let names = (list(folder) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let results = Parallel.map(names.count) { i in
            var local: [StoreProblem] = []
            let dossier = readDossier(folder + "/" + names[i], &local)
            return (dossier, local)
        }
        var dossiers: [Dossier] = []
        dossiers.reserveCapacity(names.count)
        for (dossier, local) in results {
            problems += local
            if let dossier { dossiers.append(dossier) }
        }
        return dossiers
    }

    private func readDossier(_ dir: String, _ problems: inout [StoreProblem]) -> Dossier? {
        // The folder's names say which files and folders there are: nothing is looked up that is not there.
        guard let names = list(dir) else { return nil }
        for name in names where !StoreLayout.isIgnored(name) && StoreLayout.isConflictCopy(name) {
            problems.append(StoreProblem(path: dir + "/" + name, line: 0, kind: .conflictCopy))
        }
        let present = Set(names)
        let householdPath = dir + "/" + StoreLayout.householdFile
        guard present.contains(StoreLayout.householdFile) else {
            problems.append(StoreProblem(path: householdPath, line: 0, kind: .missingRecord(type: "Household")))
            return nil
        }
        var members: [Member] = []
        let household: Household? = readFile(dir, StoreLayout.householdFile, &problems) { sets, problems in
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
        if present.contains(StoreLayout.planFile) {
            _ = readFile(dir, StoreLayout.planFile, &problems) { sets, problems -> Void? in
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
        if present.contains(StoreLayout.budgetFile) {
            budget = readFile(dir, StoreLayout.budgetFile, &problems) { sets, problems in
                records(of: "Budget", in: sets).first.flatMap {
                    StoreDecoder.budget($0, path: budgetPath, problems: &problems)
                }
            }
        }
        func folder(_ name: String) -> String? { present.contains(name) ? dir + "/" + name : nil }
        let journal = folder(StoreLayout.journal).map {
            readFolder($0, type: "JournalEntry", &problems, StoreDecoder.journalEntry)
        } ?? []
        let assessments = folder(StoreLayout.assessments).map {
            readFolder($0, type: "Assessment", &problems, StoreDecoder.assessment)
        } ?? []
        let expenses = folder(StoreLayout.expenses).map {
            readFolder($0, type: "Expense", &problems, StoreDecoder.expense)
        } ?? []
        let referrals = folder(StoreLayout.referrals).map {
            readFolder($0, type: "Referral", &problems) { record, sets, path, problems in
                StoreDecoder.referralFile(record, sets: sets, path: path, household: household.id, problems: &problems)
            }
        } ?? []
        return Dossier(household: household, members: members, goals: goals, actions: actions, budget: budget,
                       expenses: expenses, journal: journal, assessments: assessments, referrals: referrals)
    }

    // MARK: generic reading

    /// Reads every record of `type` from the `.rec` files in `folder` (one
    /// or more records per file); a missing folder is an empty list.
    private func readFolder<T>(_ folder: String, type: String,
                                      _ problems: inout [StoreProblem],
                                      _ decode: (Record, String, inout [StoreProblem]) -> T?) -> [T] {
        readFolder(folder, type: type, &problems) { record, _, path, problems in decode(record, path, &problems) }
    }

    /// Like `readFolder(_:type:_:_:)`, handing each record its whole file too (a request and its history).
    private func readFolder<T>(_ folder: String, type: String,
                                      _ problems: inout [StoreProblem],
                                      _ decode: (Record, [RecordSet], String, inout [StoreProblem]) -> T?) -> [T] {
        guard let names = list(folder) else { return [] }
        var result: [T] = []
        for name in names.sorted() where !StoreLayout.isIgnored(name) {
            let path = folder + "/" + name
            if StoreLayout.isConflictCopy(name) {
                problems.append(StoreProblem(path: path, line: 0, kind: .conflictCopy))
                continue
            }
            let decoded: [T]? = readFile(folder, name, &problems) { sets, problems in
                let found = records(of: type, in: sets)
                if found.isEmpty {
                    problems.append(StoreProblem(path: path, line: 0, kind: .missingRecord(type: type)))
                }
                return found.compactMap { decode($0, sets, path, &problems) }
            }
            result += decoded ?? []
        }
        return result
    }

    /// Reads and parses the file `name` in `folder` (`""` the store itself), then hands its record sets to
    /// `body`; unreadable or unparsable files become a problem and give nil.
    private func readFile<T>(_ folder: String, _ name: String, _ problems: inout [StoreProblem],
                                    _ body: ([RecordSet], inout [StoreProblem]) -> T?) -> T? {
        filesRead.add(1)
        let path = folder.isEmpty ? name : folder + "/" + name
        let bytes: [UInt8]
        do {
            bytes = try self.bytes(path, folder, name)
        } catch {
            problems.append(StoreProblem(path: path, line: 0, kind: .unreadable(reason: error.message)))
            return nil
        }
        do {
            var tolerated: [RecfileError] = []
            let sets = try RecfileParser.parse(bytes: bytes, tolerated: &tolerated)
            problems += tolerated.map { StoreProblem(path: path, line: $0.line, kind: $0.kind) }
            excerpts?.keep(folder, name, sets)
            return body(sets, &problems)
        } catch {
            problems.append(StoreProblem(path: path, line: error.line, kind: error.kind))
            return nil
        }
    }

    /// Records of `type`: those after a `%rec: type` descriptor, or untyped
    /// records in a file without descriptors.
    private func records(of type: String, in sets: [RecordSet]) -> [Record] {
        sets.filter { $0.type == type || $0.type == nil }.flatMap(\.records)
    }

    private func firstRecord(of type: String, in sets: [RecordSet], path: String,
                                    _ problems: inout [StoreProblem]) -> Record? {
        guard let record = records(of: type, in: sets).first else {
            problems.append(StoreProblem(path: path, line: 0, kind: .missingRecord(type: type)))
            return nil
        }
        return record
    }

    // MARK: where files come from

    /// The names in `folder` (relative to the store, `""` the store itself), nil when it is no folder.
    private func list(_ folder: String) -> [String]? {
        guard let recorder else { return FileSystem.list(join(folder)) }
        var signature: FileSignature?
        let names = FileSystem.list(join(folder), signature: &signature)
        if let names, let signature { recorder.folder(folder, signature, names) }
        return names
    }

    /// The bytes of the file at `path` (relative to the store), which is `name` in `folder`: the recorder keeps
    /// the name as the folder's listing gave it, not a copy.
    private func bytes(_ path: String, _ folder: String, _ name: String) throws(FileError) -> [UInt8] {
        guard let recorder else { return try FileSystem.read(join(path), limit: RecfileParser.maxFileBytes) }
        var signature: FileSignature?
        do {
            let bytes = try FileSystem.read(join(path), limit: RecfileParser.maxFileBytes, signature: &signature)
            if let signature { recorder.file(folder, name, signature) }
            return bytes
        } catch {
            // Kept too: a file that could not be read is read again once its signature moves.
            let none = FileSignature(modified: 0, changed: 0, size: -1, inode: 0, isDirectory: false)
            recorder.file(folder, name, FileSystem.signature(join(path)) ?? none, error: error.errno)
            throw error
        }
    }

    func join(_ path: String) -> String {
        if path.isEmpty { return root }
        return root.hasSuffix("/") ? root + path : root + "/" + path
    }
}
