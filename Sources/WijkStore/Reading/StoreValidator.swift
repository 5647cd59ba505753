import WijkDomain

/// The deeper checks of `wijk check`: references between records and Dutch values (BSN, postcode), with file and line.
///
/// Reading a store already reports format and type errors; this checks, from
/// the fields kept while reading or from the files read again, what needs the whole store: that every
/// regisseur, author and assessor is on the team, that actions point at
/// goals and members that exist, that resources and households referred to
/// exist (referrals too), that BSNs pass the elfproef and postcodes have the Dutch form.
public enum StoreValidator {
    /// The fields each check below looks at, by record type: all that a whole check keeps of a file while the
    /// store is read (`RecordExcerpts`). A field checked below must be named here.
    static let looksAt: [String: Set<String>] = [
        "HelpRequest": ["Household", "Resource", "TakenBy", "Postcode", "BSN"],
        "Triage": ["Worker", "Regisseur"],
        "Household": ["Regisseur", "Postcode"],
        "Member": ["Id", "BSN"],
        "Goal": ["Id"],
        "Action": ["Goal", "Who"],
        "JournalEntry": ["Author"],
        "Assessment": ["Assessor", "Subject"],
        "Expense": ["Author", "Resource"],
        "Referral": ["Worker", "Resource", "Member", "Goal"],
        "ReferralStep": ["Worker"],
    ]

    /// Reads the store at `root` and checks it whole, each file opened and parsed once: the snapshot, and its
    /// problems with those that need the whole store, sorted by file and line. Households are read and
    /// checked on every core.
    public static func readAndCheck(_ root: String) throws(StoreOpenError) -> (StoreSnapshot, [StoreProblem]) {
        let excerpts = RecordExcerpts(fields: looksAt)
        let snapshot = try StoreReader.read(root, keeping: excerpts)
        let problems = (snapshot.problems + problems(Context(snapshot: snapshot, excerpts: excerpts.all)))
        return (snapshot, problems.sorted { ($0.path, $0.line) < ($1.path, $1.line) })
    }

    /// The problems in `snapshot` that need the whole store, with the files read again from disk.
    public static func problems(in snapshot: StoreSnapshot) -> [StoreProblem] {
        problems(Context(snapshot: snapshot, excerpts: nil)).sorted { ($0.path, $0.line) < ($1.path, $1.line) }
    }

    private static func problems(_ context: Context) -> [StoreProblem] {
        var problems: [StoreProblem] = []
        context.requests(&problems)
        problems += Parallel.map(context.snapshot.dossiers.count) { i in
            var local: [StoreProblem] = []
            context.dossier(context.snapshot.dossiers[i], &local)
            return local
        }.joined()
        return problems + duplicates(context.snapshot)
    }

    /// One household, one plan: open households that share a member's BSN (a problem) or an address (a
    /// warning), each named in the other's household file; not those a coordinator kept apart on purpose.
    static func duplicates(_ snapshot: StoreSnapshot) -> [StoreProblem] {
        let apart = Dictionary(snapshot.dossiers.map { ($0.id, Set($0.household.apart)) }, uniquingKeysWith: { a, _ in a })
        let open = snapshot.dossiers.filter { $0.household.mergedInto == nil }
        var problems: [StoreProblem] = []
        for duplicate in HouseholdMatcher.duplicates(in: open, apart: { a, b in
            apart[a]?.contains(b) == true || apart[b]?.contains(a) == true
        }) {
            for id in duplicate.households {
                let path = StoreLayout.households + "/" + id + "/" + StoreLayout.householdFile
                for other in duplicate.households where other != id {
                    problems.append(StoreProblem(path: path, line: 0, kind: duplicate.reason == .bsn
                        ? .sameBSN(household: other) : .sameAddress(household: other)))
                }
            }
        }
        return problems
    }

    /// What every check needs: the store's ids, and where the files' records come from.
    fileprivate struct Context: Sendable {
        let root: String
        /// What was kept of each file as the store was read; nil: the files are read again from disk.
        let excerpts: RecordExcerpts.Kept?
        let snapshot: StoreSnapshot
        let workers: Set<String>
        let resources: Set<String>
        let households: Set<String>

        init(snapshot: StoreSnapshot, excerpts: RecordExcerpts.Kept?) {
            root = snapshot.root
            self.excerpts = excerpts
            self.snapshot = snapshot
            workers = Set(snapshot.workers.map(\.id))
            resources = Set(snapshot.resources.map(\.id))
            households = Set(snapshot.dossiers.map(\.id))
        }

        func records(_ path: String, _ type: String) -> [Record] {
            if let excerpts { return excerpts.records(path, of: type) }
            guard let bytes = try? FileSystem.read(root + "/" + path, limit: RecfileParser.maxFileBytes),
                  let sets = try? RecfileParser.parse(bytes: bytes) else { return [] }
            return sets.filter { $0.type == type }.flatMap(\.records)
        }

        func list(_ folder: String) -> [String] {
            if let excerpts { return excerpts.names(in: folder) }
            return FileSystem.list(root + "/" + folder) ?? []
        }
    }
}

extension StoreValidator.Context {
    /// A problem when `field` names an id that `known` does not hold.
    func reference(_ record: Record, _ field: String, _ known: Set<String>, _ path: String,
                   _ problems: inout [StoreProblem]) {
        guard let f = record.field(field), !f.value.trimmed.isEmpty, !known.contains(f.value.trimmed) else { return }
        problems.append(StoreProblem(path: path, line: f.line, kind: .unknownReference(field: field, id: f.value.trimmed)))
    }

    /// A problem when `field` has a value that is not `valid`.
    func check(_ record: Record, _ field: String, _ path: String, _ valid: (String) -> Bool, _ kind: ProblemKind,
               _ problems: inout [StoreProblem]) {
        guard let f = record.field(field), !f.value.trimmed.isEmpty, !valid(f.value.trimmed) else { return }
        problems.append(StoreProblem(path: path, line: f.line, kind: kind))
    }

    func requests(_ problems: inout [StoreProblem]) {
        for request in snapshot.requests {
            let path = StoreLayout.requests + "/" + request.id + StoreLayout.recordExtension
            for record in records(path, "HelpRequest") {
                reference(record, "Household", households, path, &problems)
                reference(record, "Resource", resources, path, &problems)
                reference(record, "TakenBy", workers, path, &problems)
                check(record, "Postcode", path, Postcode.isValid, .invalidPostcode(field: "Postcode"), &problems)
                check(record, "BSN", path, { BSN.isValid($0) }, .invalidBSN(field: "BSN"), &problems)
            }
            for record in records(path, "Triage") {
                reference(record, "Worker", workers, path, &problems)
                reference(record, "Regisseur", workers, path, &problems)
            }
        }
    }

    func dossier(_ dossier: Dossier, _ problems: inout [StoreProblem]) {
        let dir = StoreLayout.households + "/" + dossier.id + "/"
        let householdPath = dir + StoreLayout.householdFile
        var members: Set<String> = []
        for record in records(householdPath, "Household") {
            reference(record, "Regisseur", workers, householdPath, &problems)
            check(record, "Postcode", householdPath, Postcode.isValid, .invalidPostcode(field: "Postcode"), &problems)
        }
        for record in records(householdPath, "Member") {
            if let id = record["Id"] { members.insert(id.trimmed) }
            check(record, "BSN", householdPath, { BSN.isValid($0) }, .invalidBSN(field: "BSN"), &problems)
        }
        let planPath = dir + StoreLayout.planFile
        let goals = Set(records(planPath, "Goal").compactMap { $0["Id"]?.trimmed })
        for record in records(planPath, "Action") {
            reference(record, "Goal", goals, planPath, &problems)
            if let who = record.field("Who"), let actor = Actor(code: who.value.trimmed) {
                switch actor {
                case .member(let id) where !members.contains(id):
                    problems.append(StoreProblem(path: planPath, line: who.line, kind: .unknownReference(field: "Who", id: id)))
                case .resource(let id) where !resources.contains(id):
                    problems.append(StoreProblem(path: planPath, line: who.line, kind: .unknownReference(field: "Who", id: id)))
                default: break
                }
            }
        }
        for (folder, type, field) in [(StoreLayout.journal, "JournalEntry", "Author"),
                                      (StoreLayout.assessments, "Assessment", "Assessor"),
                                      (StoreLayout.expenses, "Expense", "Author")] {
            for name in list(dir + folder).sorted() where !StoreLayout.isIgnored(name) {
                let path = dir + folder + "/" + name
                for record in records(path, type) {
                    reference(record, field, workers, path, &problems)
                    if type == "Expense" { reference(record, "Resource", resources, path, &problems) }
                    if type == "Assessment", let subject = record.field("Subject"),
                       subject.value.trimmed != Assessment.householdSubject, !members.contains(subject.value.trimmed) {
                        problems.append(StoreProblem(path: path, line: subject.line,
                                                     kind: .unknownReference(field: "Subject", id: subject.value.trimmed)))
                    }
                }
            }
        }
        for name in list(dir + StoreLayout.referrals).sorted() where !StoreLayout.isIgnored(name) {
            let path = dir + StoreLayout.referrals + "/" + name
            for record in records(path, "Referral") {
                reference(record, "Worker", workers, path, &problems)
                reference(record, "Resource", resources, path, &problems)
                reference(record, "Member", members, path, &problems)
                reference(record, "Goal", goals, path, &problems)
            }
            for record in records(path, "ReferralStep") { reference(record, "Worker", workers, path, &problems) }
        }
    }
}
