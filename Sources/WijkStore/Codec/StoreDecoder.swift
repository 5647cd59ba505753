import WijkDomain

/// Turns parsed records into domain values, one function per record type.
///
/// Each function returns nil when a required field is missing or bad, and
/// adds every problem it finds to `problems`.
enum StoreDecoder {
    static func teamInfo(_ record: Record, path: String, problems: inout [StoreProblem]) -> TeamInfo? {
        var r = FieldReader(record: record, path: path)
        let format = r.int("Format", required: true)
        let team = r.required("Team")
        let idle = r.int("IdleLockSeconds")
        problems += r.problems
        guard r.isValid, let format else { return nil }
        return TeamInfo(format: format, team: team, municipality: r.optional("Municipality"),
                        area: r.optional("Area"), idleLockSeconds: idle ?? TeamInfo.defaultIdleLock)
    }

    static func worker(_ record: Record, path: String, problems: inout [StoreProblem]) -> Worker? {
        var r = FieldReader(record: record, path: path)
        let id = r.required("Id")
        let name = r.required("Name")
        let initials = r.required("Initials")
        let role: Worker.Role? = r.code("Role", required: true)
        let capacity = r.int("Capacity")
        let domains: [LifeDomain] = r.codes("Domain")
        let active = record["Active"] == nil ? true : r.bool("Active")
        problems += r.problems
        guard r.isValid, let role else { return nil }
        return Worker(id: id, name: name, initials: initials, role: role, capacity: capacity,
                      domains: domains, active: active, pinHash: r.optional("PinHash").trimmed)
    }

    static func resource(_ record: Record, path: String, problems: inout [StoreProblem]) -> Resource? {
        var r = FieldReader(record: record, path: path)
        let id = r.required("Id")
        let name = r.required("Name")
        let kind = r.required("Kind")
        let level: Resource.Level? = r.code("Level")
        let domains: [LifeDomain] = r.codes("Domain")
        problems += r.problems
        guard r.isValid else { return nil }
        return Resource(id: id, name: name, kind: kind, level: level ?? .basic, domains: domains,
                        phone: r.optional("Phone"), email: r.optional("Email"), address: r.optional("Address"),
                        hours: r.optional("Hours"), description: r.optional("Description"))
    }

    static func helpRequest(_ record: Record, path: String, problems: inout [StoreProblem]) -> HelpRequest? {
        var r = FieldReader(record: record, path: path)
        let id = r.required("Id")
        let received = r.day("Received", required: true)
        let name = r.required("Name")
        let question = r.required("Question")
        let status: HelpRequest.Status? = r.code("Status", required: true)
        problems += r.problems
        guard r.isValid, let received, let status else { return nil }
        return HelpRequest(id: id, received: received, channel: r.optional("Channel"), name: name,
                           street: r.optional("Street"), postcode: r.optional("Postcode"), city: r.optional("City"),
                           phone: r.optional("Phone"), question: question, status: status,
                           household: r.optionalNonEmpty("Household"))
    }

    static func household(_ record: Record, path: String, problems: inout [StoreProblem]) -> Household? {
        var r = FieldReader(record: record, path: path)
        let id = r.required("Id")
        let name = r.required("Name")
        let regisseur = r.required("Regisseur")
        let status: Household.Status? = r.code("Status", required: true)
        let confidentiality: Household.Confidentiality? = r.code("Confidentiality")
        let start = r.day("Start")
        let evaluation = r.day("Evaluation")
        let crisis = r.bool("Crisis")
        let contact: Household.Contact? = r.code("PreferredContact")
        let closed = r.day("Closed")
        let closeReason: Household.CloseReason? = r.code("CloseReason")
        let satisfaction = r.int("Satisfaction")
        problems += r.problems
        guard r.isValid, let status else { return nil }
        return Household(id: id, name: name, street: r.optional("Street"), postcode: r.optional("Postcode"),
                         city: r.optional("City"), phone: r.optional("Phone"), email: r.optional("Email"),
                         regisseur: regisseur, status: status, confidentiality: confidentiality ?? .normal,
                         start: start, evaluation: evaluation, crisis: crisis, preferredContact: contact,
                         closed: closed, closeReason: closeReason, satisfaction: satisfaction)
    }

    static func member(_ record: Record, path: String, problems: inout [StoreProblem]) -> Member? {
        var r = FieldReader(record: record, path: path)
        let id = r.required("Id")
        let name = r.required("Name")
        let born = r.day("Born")
        problems += r.problems
        guard r.isValid else { return nil }
        return Member(id: id, name: name, born: born, relation: r.optional("Relation"), bsn: r.optional("BSN"),
                      phone: r.optional("Phone"), notes: r.optional("Notes"))
    }

    static func goal(_ record: Record, path: String, problems: inout [StoreProblem]) -> Goal? {
        var r = FieldReader(record: record, path: path)
        let id = r.required("Id")
        let domain: LifeDomain? = r.code("Domain", required: true)
        let text = r.required("Text")
        let target = r.score("Target")
        let due = r.day("Due")
        let status: Goal.Status? = r.code("Status")
        problems += r.problems
        guard r.isValid, let domain else { return nil }
        return Goal(id: id, domain: domain, text: text, target: target, due: due, status: status ?? .open)
    }

    static func action(_ record: Record, path: String, problems: inout [StoreProblem]) -> Action? {
        var r = FieldReader(record: record, path: path)
        let id = r.required("Id")
        let text = r.required("Text")
        let who = r.actor("Who")
        let due = r.day("Due")
        let status: Action.Status? = r.code("Status")
        problems += r.problems
        guard r.isValid else { return nil }
        return Action(id: id, goal: r.optional("Goal"), text: text, who: who ?? .regisseur, due: due,
                      status: status ?? .open)
    }

    static func budget(_ record: Record, path: String, problems: inout [StoreProblem]) -> Budget? {
        var r = FieldReader(record: record, path: path)
        let amount = r.money("Amount", required: true)
        let from = r.day("From")
        let until = r.day("Until")
        problems += r.problems
        guard r.isValid, let amount else { return nil }
        return Budget(amount: amount, from: from, until: until)
    }

    static func expense(_ record: Record, path: String, problems: inout [StoreProblem]) -> Expense? {
        var r = FieldReader(record: record, path: path)
        let id = r.required("Id")
        let date = r.day("Date", required: true)
        let kind: Expense.Kind? = r.code("Kind", required: true)
        let amount = r.money("Amount", required: true)
        let description = r.required("Description")
        let domain: LifeDomain? = r.code("Domain")
        problems += r.problems
        guard r.isValid, let date, let kind, let amount else { return nil }
        return Expense(id: id, date: date, kind: kind, amount: amount, description: description, domain: domain,
                       resource: r.optionalNonEmpty("Resource"), author: r.optional("Author"),
                       reverses: r.optionalNonEmpty("Reverses"))
    }

    static func journalEntry(_ record: Record, path: String, problems: inout [StoreProblem]) -> JournalEntry? {
        var r = FieldReader(record: record, path: path)
        let id = r.required("Id")
        let date = r.day("Date", required: true)
        let kind: JournalEntry.Kind? = r.code("Type", required: true)
        let minutes = r.int("Minutes")
        let author = r.required("Author")
        let text = r.required("Text")
        problems += r.problems
        guard r.isValid, let date, let kind else { return nil }
        return JournalEntry(id: id, date: date, kind: kind, minutes: minutes, author: author,
                            corrects: r.optionalNonEmpty("Corrects"), text: text)
    }

    static func assessment(_ record: Record, path: String, problems: inout [StoreProblem]) -> Assessment? {
        var r = FieldReader(record: record, path: path)
        let id = r.required("Id")
        let date = r.day("Date", required: true)
        let assessor = r.required("Assessor")
        var scores: [LifeDomain: ZRMScore] = [:]
        for domain in LifeDomain.allCases {
            if let score = r.score(domain.rawValue) { scores[domain] = score }
        }
        let isFinal = r.bool("Final")
        problems += r.problems
        guard r.isValid, let date else { return nil }
        return Assessment(id: id, date: date, assessor: assessor,
                          subject: r.optionalNonEmpty("Subject") ?? Assessment.householdSubject, scores: scores,
                          isFinal: isFinal, withdraws: r.optionalNonEmpty("Withdraws"))
    }
}
