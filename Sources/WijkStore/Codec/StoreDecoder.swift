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
        let standard = TriageNorms()
        let liberation: WorkCalendar.LiberationDay? = r.code("LiberationDay")
        let norms = TriageNorms(crisis: r.int("NormCrisis") ?? standard.crisis, urgent: r.int("NormUrgent") ?? standard.urgent,
                                regular: r.int("NormRegular") ?? standard.regular,
                                calendar: WorkCalendar(goodFriday: r.bool("GoodFriday"),
                                                       liberationDay: liberation ?? standard.calendar.liberationDay))
        let standardRetention = RetentionPolicy()
        let retention = RetentionPolicy(wmoYears: r.years("RetentionWmoYears") ?? standardRetention.wmoYears,
                                        youthYears: r.years("RetentionYouthYears") ?? standardRetention.youthYears)
        problems += r.problems
        guard r.isValid, let format else { return nil }
        return TeamInfo(format: format, team: team, municipality: r.optional("Municipality"),
                        area: r.optional("Area"), idleLockSeconds: idle ?? TeamInfo.defaultIdleLock, norms: norms,
                        retention: retention)
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
        // Earlier files had the category in Kind (`buurthuis`) and basic/specialised in Level; a Kind that is
        // no kind of ours is read as that category.
        let written = r.optional("Kind").trimmed
        var kind = Resource.Kind(rawValue: written) ?? resourceKindAliases[Folding.fold(written)]
        var category = r.optional("Category")
        if kind == nil {
            if written.isEmpty { _ = r.required("Kind") }
            let level: LegacyLevel? = r.code("Level")
            kind = level == .specialised ? .tailored : .basic
            if category.isEmpty { category = written }
        }
        let domains: [LifeDomain] = r.codes("Domain")
        let route: Resource.Route? = r.code("Route", aliases: resourceRouteAliases)
        let minimumAge = r.int("MinimumAge")
        let maximumAge = r.int("MaximumAge")
        let waitWeeks = r.int("WaitWeeks")
        let checked = r.day("Checked")
        problems += r.problems
        guard r.isValid, let kind else { return nil }
        return Resource(id: id, name: name, organisation: r.optional("Organisation"), kind: kind, category: category,
                        domains: domains, minimumAge: minimumAge, maximumAge: maximumAge,
                        audience: r.optional("Audience"), address: r.optional("Address"), area: r.optional("Area"),
                        contact: r.optional("Contact"), phone: r.optional("Phone"), email: r.optional("Email"),
                        website: r.optional("Website"), hours: r.optional("Hours"), costs: r.optional("Costs"),
                        route: route, waitWeeks: waitWeeks, capacityNotes: r.optional("CapacityNotes"),
                        description: r.optional("Description"), checked: checked,
                        checkedBy: r.optional("CheckedBy").trimmed)
    }

    /// Low-threshold or not, as resource files said it before they had a kind.
    enum LegacyLevel: String, CaseIterable { case basic, specialised }

    /// The kinds and routes as the sociale kaart's spreadsheets write them (folded).
    static let resourceKindAliases: [String: Resource.Kind] = [
        "basisvoorziening": .basic, "basis": .basic, "algemene voorziening": .basic,
        "maatwerkvoorziening": .tailored, "maatwerk": .tailored, "specialised": .tailored, "specialistisch": .tailored,
        "informele zorg": .informalCare, "mantelzorg": .informalCare,
        "vrijwilligers": .volunteers, "vrijwilligerswerk": .volunteers,
        "burgerinitiatief": .citizenInitiative,
    ]
    static let resourceRouteAliases: [String: Resource.Route] = [
        "zelf aanmelden": .selfReferral, "zelf": .selfReferral, "via wijkteam": .team, "wijkteam": .team,
        "via huisarts": .gp, "huisarts": .gp, "beschikking nodig": .decision, "beschikking": .decision,
    ]

    /// Channels and statuses as earlier versions and people write them.
    static let channelAliases: [String: HelpRequest.Channel] = [
        "telefoon": .phone, "balie": .walkIn, "inloop": .walkIn, "e-mail": .email, "huisarts": .gp,
        "wijkverpleging": .districtNurse, "woningcorporatie": .housing, "wijkagent": .police, "politie": .police,
        "zelfmelding": .selfReferral, "anders": .other,
    ]
    static let statusAliases: [String: HelpRequest.Status] = ["closed": .withdrawn]
    static let urgencyAliases: [String: HelpRequest.Urgency] = ["regulier": .regular, "normaal": .regular, "spoed": .urgent]

    /// A request with the history (`Triage` records) kept in its file.
    static func helpRequestFile(_ record: Record, sets: [RecordSet], path: String,
                                problems: inout [StoreProblem]) -> HelpRequest? {
        guard var request = helpRequest(record, path: path, problems: &problems) else { return nil }
        request.events = sets.filter { $0.type == "Triage" }.flatMap(\.records).compactMap {
            triageEvent($0, path: path, problems: &problems)
        }.sorted { ($0.date, $0.time, $0.id) < ($1.date, $1.time, $1.id) }
        return request
    }

    static func helpRequest(_ record: Record, path: String, problems: inout [StoreProblem]) -> HelpRequest? {
        var r = FieldReader(record: record, path: path)
        let id = r.required("Id")
        let received = r.day("Received", required: true)
        let name = r.required("Name")
        let question = r.required("Question")
        let status: HelpRequest.Status? = r.code("Status", required: true, aliases: statusAliases)
        let channel: HelpRequest.Channel? = r.code("Channel", aliases: channelAliases)
        let urgency: HelpRequest.Urgency? = r.code("Urgency", aliases: urgencyAliases)
        let domains: [LifeDomain] = r.codes("Domain")
        problems += r.problems
        guard r.isValid, let received, let status else { return nil }
        return HelpRequest(id: id, received: received, time: r.optional("Time").trimmed, channel: channel ?? .other,
                           urgency: urgency ?? .regular, name: name, street: r.optional("Street"),
                           postcode: r.optional("Postcode"), city: r.optional("City"), phone: r.optional("Phone"),
                           email: r.optional("Email"), bsn: r.optional("BSN").trimmed, requester: r.optional("Requester"),
                           requesterOrganisation: r.optional("RequesterOrganisation"),
                           requesterPhone: r.optional("RequesterPhone"), requesterEmail: r.optional("RequesterEmail"),
                           question: question, domains: domains, takenBy: r.optional("TakenBy").trimmed, status: status,
                           household: r.optionalNonEmpty("Household")?.trimmed,
                           resource: r.optionalNonEmpty("Resource")?.trimmed, reason: r.optional("Reason"))
    }

    static func triageEvent(_ record: Record, path: String, problems: inout [StoreProblem]) -> HelpRequest.Event? {
        var r = FieldReader(record: record, path: path)
        let id = r.required("Id")
        let date = r.day("Date", required: true)
        let worker = r.required("Worker")
        let status: HelpRequest.Status? = r.code("Status", required: true, aliases: statusAliases)
        problems += r.problems
        guard r.isValid, let date, let status else { return nil }
        return HelpRequest.Event(id: id, date: date, time: r.optional("Time").trimmed, worker: worker.trimmed,
                                 status: status, regisseur: r.optionalNonEmpty("Regisseur")?.trimmed,
                                 note: r.optional("Note"))
    }

    /// A referral with its steps, from its own file in the household's `referrals/` folder; a referral that
    /// breaks its rules is read and its problems reported.
    static func referralFile(_ record: Record, sets: [RecordSet], path: String, household: String,
                             problems: inout [StoreProblem]) -> Referral? {
        var r = FieldReader(record: record, path: path)
        let id = r.required("Id")
        let date = r.day("Date", required: true)
        let worker = r.required("Worker").trimmed
        let resource = r.required("Resource").trimmed
        let status: Referral.Status? = r.code("Status", required: true)
        let consent = r.bool("Consent")
        let consentDate = r.day("ConsentDate")
        let consentForm: Referral.ConsentForm? = r.code("ConsentForm")
        let shared = r.bool("DetailsShared")
        problems += r.problems
        guard r.isValid, let date, let status else { return nil }
        // Steps of one day keep the order of the file: each is appended when it is taken.
        let steps = sets.filter { $0.type == "ReferralStep" }.flatMap(\.records).compactMap { record -> Referral.Step? in
            var s = FieldReader(record: record, path: path)
            let id = s.required("Id")
            let date = s.day("Date", required: true)
            let worker = s.required("Worker").trimmed
            let status: Referral.Status? = s.code("Status", required: true)
            problems += s.problems
            guard s.isValid, let date, let status else { return nil }
            return Referral.Step(id: id, date: date, worker: worker, status: status, note: s.optional("Note"))
        }.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        let referral = Referral(id: id, household: household, date: date, worker: worker, resource: resource,
                                member: r.optionalNonEmpty("Member")?.trimmed, goal: r.optionalNonEmpty("Goal")?.trimmed,
                                reason: r.optional("Reason"),
                                consent: Referral.Consent(given: consent, date: consentDate, form: consentForm),
                                detailsShared: shared, status: status, outcome: r.optional("Outcome"), steps: steps)
        for problem in referral.problems {
            let kind = ProblemKind.referral(problem)
            let line = kind.field.flatMap { record.field($0)?.line } ?? record.line
            problems.append(StoreProblem(path: path, line: line, kind: kind))
        }
        return referral
    }

    /// A meeting's minutes: the meeting and its items in agenda order.
    static func meetingFile(_ record: Record, sets: [RecordSet], path: String, problems: inout [StoreProblem]) -> Meeting? {
        var r = FieldReader(record: record, path: path)
        let date = r.day("Date", required: true)
        let chair = r.required("Chair").trimmed
        let idleLock = r.int("IdleLockMinutes")
        problems += r.problems
        guard r.isValid, let date else { return nil }
        let items = sets.filter { $0.type == "MeetingItem" }.flatMap(\.records).compactMap { record -> Meeting.Item? in
            var i = FieldReader(record: record, path: path)
            let subjectCode = i.required("Subject").trimmed
            let minutes = i.int("Minutes") ?? 5
            let status: Meeting.Status? = i.code("Status")
            let spent = i.int("Spent") ?? 0
            problems += i.problems
            guard i.isValid, let subject = Meeting.Subject(code: subjectCode) else {
                if i.isValid, let field = record.field("Subject") {
                    problems.append(StoreProblem(path: path, line: field.line,
                                                 kind: .badValue(field: "Subject", expected: .oneOf(["household:ID", "request:ID"]))))
                }
                return nil
            }
            return Meeting.Item(subject: subject, reasons: record.values("Why").compactMap(meetingReason),
                                minutes: minutes, status: status ?? .open, decision: i.optional("Decision"),
                                changes: record.values("Change").map(\.trimmed), spent: spent)
        }
        var meeting = Meeting(date: date, chair: chair, present: record.values("Present").map(\.trimmed), items: items,
                              started: record["Started"].flatMap { Timestamp(iso: $0.trimmed) },
                              ended: record["Ended"].flatMap { Timestamp(iso: $0.trimmed) })
        meeting.idleLockMinutes = idleLock
        return meeting
    }

    /// `crisis`, `no-contact 53`, `question w-mk Moeten we…`, as `StoreEncoder.meetingReason` writes them.
    static func meetingReason(_ text: String) -> Meeting.Reason? {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        let rest = parts.count > 1 ? parts[1] : ""
        switch parts.first ?? "" {
        case "postponed": return Day(iso: rest).map { .postponed(from: $0) }
        case "actions-due": return Int(rest).map { .actionsDue(count: $0) }
        case "new-request": return .newRequest
        case "crisis": return .crisis
        case "question":
            let words = rest.split(separator: " ", maxSplits: 1).map(String.init)
            return .question(words.count > 1 ? words[1] : "", by: words.first ?? "")
        case "evaluation-overdue": return Day(iso: rest).map { .evaluationOverdue($0) }
        case "actions-overdue": return Int(rest).map { .actionsOverdue(count: $0) }
        case "referral-stuck": return .referralStuck(resource: rest)
        case "no-progress": return .noProgress
        case "no-contact": return Int(rest).map { .noContact(days: $0) }
        case "added": return .added
        default: return nil
        }
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
        let selfReliant = r.optionalBool("SelfReliant")
        let discussSince = r.day("DiscussSince")
        problems += r.problems
        guard r.isValid, let status else { return nil }
        let question = r.optionalNonEmpty("Discuss").map {
            Household.MeetingQuestion(text: $0, by: r.optional("DiscussBy").trimmed, since: discussSince ?? start ?? Day(daysSinceEpoch: 0))
        }
        return Household(id: id, name: name, street: r.optional("Street"), postcode: r.optional("Postcode"),
                         city: r.optional("City"), phone: r.optional("Phone"), email: r.optional("Email"),
                         regisseur: regisseur, status: status, confidentiality: confidentiality ?? .normal,
                         start: start, evaluation: evaluation, crisis: crisis, preferredContact: contact,
                         closed: closed, closeReason: closeReason, satisfaction: satisfaction, selfReliant: selfReliant, meetingQuestion: question,
                         mergedInto: r.optionalNonEmpty("MergedInto"),
                         apart: r.optional("Apart").split(separator: " ").map(String.init))
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
