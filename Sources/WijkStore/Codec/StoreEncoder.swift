import WijkDomain

/// Turns domain values back into records, updating an existing record so that fields the program does not know survive.
public enum StoreEncoder {
    public static func household(_ h: Household, updating record: Record = Record(fields: [])) -> Record {
        record.setting([
            ("Id", h.id), ("Name", h.name), ("Street", h.street), ("Postcode", h.postcode), ("City", h.city),
            ("Phone", h.phone), ("Email", h.email), ("Regisseur", h.regisseur), ("Status", h.status.rawValue),
            ("Confidentiality", h.confidentiality.rawValue), ("Start", h.start?.iso), ("Evaluation", h.evaluation?.iso),
            ("Crisis", h.crisis ? "yes" : "no"), ("PreferredContact", h.preferredContact?.rawValue),
            ("Closed", h.closed?.iso), ("CloseReason", h.closeReason?.rawValue),
            ("Satisfaction", h.satisfaction.map(String.init)),
            ("SelfReliant", h.selfReliant.map { $0 ? "yes" : "no" }), ("Discuss", h.meetingQuestion?.text),
            ("DiscussBy", h.meetingQuestion?.by), ("DiscussSince", h.meetingQuestion?.since.iso),
            ("MergedInto", h.mergedInto), ("Apart", h.apart.joined(separator: " ")),
        ])
    }

    public static func goal(_ g: Goal, updating record: Record = Record(fields: [])) -> Record {
        record.setting([
            ("Id", g.id), ("Domain", g.domain.rawValue), ("Text", g.text), ("Target", g.target.map { String($0.rawValue) }),
            ("Due", g.due?.iso), ("Status", g.status.rawValue),
        ])
    }

    public static func action(_ a: Action, updating record: Record = Record(fields: [])) -> Record {
        record.setting([
            ("Id", a.id), ("Goal", a.goal), ("Text", a.text), ("Who", a.who.code), ("Due", a.due?.iso),
            ("Status", a.status.rawValue),
        ])
    }

    public static func budget(_ b: Budget, updating record: Record = Record(fields: [])) -> Record {
        record.setting([("Amount", b.amount.stored), ("From", b.from?.iso), ("Until", b.until?.iso)])
    }

    public static func expense(_ e: Expense) -> Record {
        Record(fields: []).setting([
            ("Id", e.id), ("Date", e.date.iso), ("Kind", e.kind.rawValue), ("Amount", e.amount.stored),
            ("Description", e.description), ("Domain", e.domain?.rawValue), ("Resource", e.resource),
            ("Author", e.author), ("Reverses", e.reverses),
        ])
    }

    public static func assessment(_ a: Assessment) -> Record {
        var pairs: [(String, String?)] = [("Id", a.id), ("Date", a.date.iso), ("Assessor", a.assessor),
                                          ("Subject", a.subject), ("Final", a.isFinal ? "yes" : nil),
                                          ("Withdraws", a.withdraws)]
        for domain in LifeDomain.allCases { pairs.append((domain.rawValue, a.scores[domain].map { String($0.rawValue) })) }
        return Record(fields: []).setting(pairs)
    }

    public static func member(_ m: Member, updating record: Record = Record(fields: [])) -> Record {
        record.setting([
            ("Id", m.id), ("Name", m.name), ("Born", m.born?.iso), ("Relation", m.relation), ("BSN", m.bsn),
            ("Phone", m.phone), ("Notes", m.notes),
        ])
    }

    public static func journalEntry(_ e: JournalEntry) -> Record {
        Record(fields: []).setting([
            ("Id", e.id), ("Date", e.date.iso), ("Type", e.kind.rawValue), ("Minutes", e.minutes.map(String.init)),
            ("Author", e.author), ("Corrects", e.corrects), ("Text", e.text),
        ])
    }

    /// A resource's record written into `record`: fields Wijkdesk does not know are kept, an empty value removes
    /// its field, and the earlier `Level` goes (the kind says it now).
    public static func resource(_ r: Resource, updating record: Record = Record(fields: [])) -> Record {
        record.setting([
            ("Id", r.id), ("Name", r.name), ("Organisation", r.organisation), ("Kind", r.kind.rawValue),
            ("Category", r.category), ("MinimumAge", r.minimumAge.map(String.init)),
            ("MaximumAge", r.maximumAge.map(String.init)), ("Audience", r.audience), ("Address", r.address),
            ("Area", r.area), ("Contact", r.contact), ("Phone", r.phone), ("Email", r.email), ("Website", r.website),
            ("Hours", r.hours), ("Costs", r.costs), ("Route", r.route?.rawValue),
            ("WaitWeeks", r.waitWeeks.map(String.init)), ("CapacityNotes", r.capacityNotes),
            ("Description", r.description), ("Checked", r.checked?.iso), ("CheckedBy", r.checkedBy), ("Level", nil),
        ]).setting("Domain", to: r.domains.map(\.rawValue).joined(separator: "\n"))
    }

    /// A referral's file: the referral and each of its steps.
    public static func referralFile(_ f: Referral) -> [RecordSet] {
        let referral = Record([
            ("Id", f.id), ("Date", f.date.iso), ("Worker", f.worker), ("Resource", f.resource), ("Member", f.member ?? ""),
            ("Goal", f.goal ?? ""), ("Reason", f.reason), ("Consent", f.consent.given ? "yes" : "no"),
            ("ConsentDate", f.consent.date?.iso ?? ""), ("ConsentForm", f.consent.form?.rawValue ?? ""),
            ("DetailsShared", f.detailsShared ? "yes" : ""), ("Status", f.status.rawValue), ("Outcome", f.outcome),
        ])
        return [Schema.set("Referral", [referral]), Schema.set("ReferralStep", f.steps.map(referralStep))]
    }

    public static func referralStep(_ s: Referral.Step) -> Record {
        Record([("Id", s.id), ("Date", s.date.iso), ("Worker", s.worker), ("Status", s.status.rawValue), ("Note", s.note)])
    }

    /// A meeting's minutes: the meeting, then each item in agenda order.
    public static func meetingFile(_ m: Meeting) -> [RecordSet] {
        let meeting = Record(fields: []).setting([
            ("Date", m.date.iso), ("Chair", m.chair), ("Started", m.started?.iso), ("Ended", m.ended?.iso),
            ("IdleLockMinutes", m.idleLockMinutes.map(String.init)),
        ]).setting("Present", to: m.present.joined(separator: "\n"))
        let items = m.items.enumerated().map { index, item in
            Record(fields: []).setting([
                ("Id", String(index + 1)), ("Subject", item.subject.code), ("Minutes", String(item.minutes)),
                ("Status", item.status.rawValue), ("Decision", item.decision), ("Spent", String(item.spent)),
            ]).setting("Why", to: item.reasons.map(meetingReason).joined(separator: "\n"))
              .setting("Change", to: item.changes.joined(separator: "\n"))
        }
        return [Schema.set("Meeting", [meeting]), Schema.set("MeetingItem", items)]
    }

    static func meetingReason(_ reason: Meeting.Reason) -> String {
        switch reason {
        case .postponed(let day): return "postponed " + day.iso
        case .actionsDue(let n): return "actions-due " + String(n)
        case .newRequest: return "new-request"
        case .crisis: return "crisis"
        case .question(let text, let by): return "question " + by + " " + text.replacingOccurrences(of: "\n", with: " ")
        case .evaluationOverdue(let day): return "evaluation-overdue " + day.iso
        case .actionsOverdue(let n): return "actions-overdue " + String(n)
        case .referralStuck(let resource): return "referral-stuck " + resource
        case .noProgress: return "no-progress"
        case .noContact(let days): return "no-contact " + String(days)
        case .added: return "added"
        }
    }

    public static func worker(_ w: Worker, updating record: Record = Record(fields: [])) -> Record {
        var r = record.setting([
            ("Id", w.id), ("Name", w.name), ("Initials", w.initials), ("Role", w.role.rawValue),
            ("Capacity", w.capacity.map(String.init)),
        ])
        r = r.setting("Domain", to: w.domains.map(\.rawValue).joined(separator: "\n"))
        r = r.setting("Active", to: w.active ? "yes" : "no")
        return r.setting("PinHash", to: w.pinHash)
    }

    public static func teamInfo(_ info: TeamInfo, updating record: Record = Record(fields: [])) -> Record {
        record.setting([
            ("Format", String(info.format)), ("Team", info.team), ("Municipality", info.municipality),
            ("Area", info.area), ("IdleLockSeconds", String(info.idleLockSeconds)),
        ]).setting(norms(info.norms)).setting(retention(info.retention))
    }

    /// The retention periods' fields in `wijkdesk.rec`.
    public static func retention(_ policy: RetentionPolicy) -> [(String, String?)] {
        [("RetentionWmoYears", String(policy.wmoYears)), ("RetentionYouthYears", String(policy.youthYears))]
    }

    /// The triage norms' fields in `wijkdesk.rec`.
    public static func norms(_ n: TriageNorms) -> [(String, String?)] {
        [("NormCrisis", String(n.crisis)), ("NormUrgent", String(n.urgent)), ("NormRegular", String(n.regular)),
         ("GoodFriday", n.calendar.goodFriday ? "yes" : "no"), ("LiberationDay", n.calendar.liberationDay.rawValue)]
    }

    public static func helpRequest(_ q: HelpRequest, updating record: Record = Record(fields: [])) -> Record {
        record.setting([
            ("Id", q.id), ("Received", q.received.iso), ("Time", q.time), ("Channel", q.channel.rawValue),
            ("Urgency", q.urgency.rawValue), ("Name", q.name), ("Street", q.street), ("Postcode", q.postcode),
            ("City", q.city), ("Phone", q.phone), ("Email", q.email), ("BSN", q.bsn), ("Requester", q.requester),
            ("RequesterOrganisation", q.requesterOrganisation), ("RequesterPhone", q.requesterPhone),
            ("RequesterEmail", q.requesterEmail), ("Question", q.question), ("TakenBy", q.takenBy),
            ("Status", q.status.rawValue), ("Household", q.household), ("Resource", q.resource), ("Reason", q.reason),
        ]).setting("Domain", to: q.domains.map(\.rawValue).joined(separator: "\n"))
    }

    public static func triageEvent(_ e: HelpRequest.Event) -> Record {
        Record([
            ("Id", e.id), ("Date", e.date.iso), ("Time", e.time), ("Worker", e.worker), ("Status", e.status.rawValue),
            ("Regisseur", e.regisseur ?? ""), ("Note", e.note),
        ])
    }

    /// A request's file: the request and its history.
    public static func helpRequestFile(_ q: HelpRequest) -> [RecordSet] {
        [Schema.set("HelpRequest", [helpRequest(q)]), Schema.set("Triage", q.events.map(triageEvent))]
    }

    /// The household file's record sets with `household` and `members` written into `sets` (as read),
    /// members matched by `Id`: new ones added, missing ones removed, unknown fields kept.
    public static func householdFile(_ household: Household, members: [Member], updating sets: [RecordSet]) -> [RecordSet] {
        let existingHousehold = sets.first { $0.type == "Household" }?.records.first ?? Record(fields: [])
        let existingMembers = sets.first { $0.type == "Member" }?.records ?? []
        let memberRecords = members.map { m in
            member(m, updating: existingMembers.first { $0["Id"] == m.id } ?? Record(fields: []))
        }
        let householdSet = sets.first { $0.type == "Household" }
        let memberSet = sets.first { $0.type == "Member" }
        return [
            RecordSet(descriptor: householdSet?.descriptor ?? Schema.descriptor("Household"),
                      records: [self.household(household, updating: existingHousehold)]),
            RecordSet(descriptor: memberSet?.descriptor ?? Schema.descriptor("Member"), records: memberRecords),
        ]
    }
}
