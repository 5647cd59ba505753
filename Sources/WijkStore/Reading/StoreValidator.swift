import WijkDomain

/// The deeper checks of `wijk check`: references between records and Dutch values (BSN, postcode), with file and line.
///
/// Reading a store already reports format and type errors; this reads the
/// files once more and checks what needs the whole store: that every
/// regisseur, author and assessor is on the team, that actions point at
/// goals and members that exist, that resources and households referred to
/// exist (referrals too), that BSNs pass the elfproef and postcodes have the Dutch form.
public enum StoreValidator {
    public static func problems(in snapshot: StoreSnapshot) -> [StoreProblem] {
        let root = snapshot.root
        let workers = Set(snapshot.workers.map(\.id))
        let resources = Set(snapshot.resources.map(\.id))
        let households = Set(snapshot.dossiers.map(\.id))
        var problems: [StoreProblem] = []

        func records(_ path: String, _ type: String) -> [Record] {
            guard let bytes = try? FileSystem.read(root + "/" + path, limit: RecfileParser.maxFileBytes),
                  let sets = try? RecfileParser.parse(bytes: bytes) else { return [] }
            return sets.filter { $0.type == type }.flatMap(\.records)
        }
        func reference(_ record: Record, _ field: String, _ known: Set<String>, _ path: String) {
            guard let f = record.field(field), !f.value.trimmed.isEmpty, !known.contains(f.value.trimmed) else { return }
            problems.append(StoreProblem(path: path, line: f.line, kind: .unknownReference(field: field, id: f.value.trimmed)))
        }
        func check(_ record: Record, _ field: String, _ path: String, _ valid: (String) -> Bool, _ kind: ProblemKind) {
            guard let f = record.field(field), !f.value.trimmed.isEmpty, !valid(f.value.trimmed) else { return }
            problems.append(StoreProblem(path: path, line: f.line, kind: kind))
        }

        for request in snapshot.requests {
            let path = StoreLayout.requests + "/" + request.id + StoreLayout.recordExtension
            for record in records(path, "HelpRequest") {
                reference(record, "Household", households, path)
                reference(record, "Resource", resources, path)
                reference(record, "TakenBy", workers, path)
                check(record, "Postcode", path, Postcode.isValid, .invalidPostcode(field: "Postcode"))
                check(record, "BSN", path, { BSN.isValid($0) }, .invalidBSN(field: "BSN"))
            }
            for record in records(path, "Triage") {
                reference(record, "Worker", workers, path)
                reference(record, "Regisseur", workers, path)
            }
        }
        for dossier in snapshot.dossiers {
            let dir = StoreLayout.households + "/" + dossier.id + "/"
            let householdPath = dir + StoreLayout.householdFile
            var members: Set<String> = []
            for record in records(householdPath, "Household") {
                reference(record, "Regisseur", workers, householdPath)
                check(record, "Postcode", householdPath, Postcode.isValid, .invalidPostcode(field: "Postcode"))
            }
            for record in records(householdPath, "Member") {
                if let id = record["Id"] { members.insert(id.trimmed) }
                check(record, "BSN", householdPath, { BSN.isValid($0) }, .invalidBSN(field: "BSN"))
            }
            let planPath = dir + StoreLayout.planFile
            let goals = Set(records(planPath, "Goal").compactMap { $0["Id"]?.trimmed })
            for record in records(planPath, "Action") {
                reference(record, "Goal", goals, planPath)
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
                for name in (FileSystem.list(root + "/" + dir + folder) ?? []).sorted() where !StoreLayout.isIgnored(name) {
                    let path = dir + folder + "/" + name
                    for record in records(path, type) {
                        reference(record, field, workers, path)
                        if type == "Expense" { reference(record, "Resource", resources, path) }
                        if type == "Assessment", let subject = record.field("Subject"),
                           subject.value.trimmed != Assessment.householdSubject, !members.contains(subject.value.trimmed) {
                            problems.append(StoreProblem(path: path, line: subject.line,
                                                         kind: .unknownReference(field: "Subject", id: subject.value.trimmed)))
                        }
                    }
                }
            }
            for name in (FileSystem.list(root + "/" + dir + StoreLayout.referrals) ?? []).sorted()
            where !StoreLayout.isIgnored(name) {
                let path = dir + StoreLayout.referrals + "/" + name
                for record in records(path, "Referral") {
                    reference(record, "Worker", workers, path)
                    reference(record, "Resource", resources, path)
                    reference(record, "Member", members, path)
                    reference(record, "Goal", goals, path)
                }
                for record in records(path, "ReferralStep") { reference(record, "Worker", workers, path) }
            }
        }
        return problems.sorted { ($0.path, $0.line) < ($1.path, $1.line) }
    }
}
