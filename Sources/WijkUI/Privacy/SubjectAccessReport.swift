import WijkDomain
import WijkStore

/// The inzage (AVG art. 15) as a Markdown file a client can read: the household or member, the plan, the ZRM,
/// the journal with each correction beside what it corrects, the budget, the referrals with their steps, the help
/// requests and who looked at or changed it when. Workers and resources by name, everything else as stored.
public enum SubjectAccessReport {
    /// The file name of the report inside the export folder.
    public static let fileName = "inzage.md"

    public static func markdown(_ access: SubjectAccess, _ snapshot: StoreSnapshot, made day: Day,
                                strings t: Strings) -> String {
        var r = Writer(snapshot: snapshot, t: t)
        let d = access.dossier
        let who = access.member.map { $0.name } ?? d.household.name
        r.line("# " + t(.avgTitle, r.text(who)))
        r.line("")
        r.line(t(.avgIntro, r.text(snapshot.info.team), day.dutch, SubjectAccessExport.filesFolder + "/"))
        if access.member != nil { r.line(""); r.line(t(.avgMemberScope)) }
        household(d, &r)
        members(d, &r)
        plan(d, &r)
        assessments(d, &r)
        journal(d, &r)
        budget(d, &r)
        referrals(d, &r)
        requests(access.requests, &r)
        audit(access.events, &r)
        // One blank line between blocks, however the sections met.
        var lines: [String] = []
        for line in r.out where !(line.isEmpty && (lines.last?.isEmpty ?? true)) { lines.append(line) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func household(_ d: Dossier, _ r: inout Writer) {
        let h = d.household
        let t = r.t
        r.heading(t(.avgHousehold))
        r.item(t(.avgId), h.id)
        r.item(t(.fieldName), h.name)
        r.item(t(.avgAddress), h.fullAddress)
        r.item(t(.avgPhone), h.phone)
        r.item(t(.avgEmail), h.email)
        r.item(t(.avgRegisseur), r.worker(h.regisseur))
        r.item(t(.avgStatus), t(.householdStatus(h.status)))
        r.item(t(.fieldConfidentiality), h.confidentiality == .restricted ? t(.avgRestricted) : t(.avgNormal))
        r.item(t(.fieldStart), h.start?.dutch ?? "")
        r.item(t(.fieldEvaluation), h.evaluation?.dutch ?? "")
        r.item(t(.fieldCrisis), h.crisis ? t(.avgYes) : t(.avgNo))
        r.item(t(.fieldPreferredContact), h.preferredContact.map { t(.contact($0)) } ?? "")
        r.item(t(.avgClosed), h.closed?.dutch ?? "")
        r.item(t(.avgCloseReason), h.closeReason.map { t(.closeReason($0)) } ?? "")
        r.item(t(.avgSatisfaction), h.satisfaction.map(String.init) ?? "")
        if let q = h.meetingQuestion {
            r.item(t(.avgMeetingQuestion), q.text + " (" + r.worker(q.by) + ", " + q.since.dutch + ")")
        }
    }

    static func members(_ d: Dossier, _ r: inout Writer) {
        let t = r.t
        r.heading(t(.avgMembers))
        if d.members.isEmpty { r.none() }
        for m in d.members {
            r.line("")
            r.line("### " + r.text(m.name) + " (" + r.text(m.id) + ")")
            r.line("")
            r.item(t(.avgBorn), m.born?.dutch ?? "")
            r.item(t(.avgRelation), m.relation)
            r.item("BSN", m.bsn)
            r.item(t(.avgPhone), m.phone)
            r.item(t(.fieldNotes), m.notes)
        }
    }

    static func plan(_ d: Dossier, _ r: inout Writer) {
        let t = r.t
        r.heading(t(.avgPlan))
        if d.goals.isEmpty && d.actions.isEmpty { r.none() }
        let goalIds = Set(d.goals.map(\.id))
        for goal in d.goals {
            r.line("")
            var about = [t(.domain(goal.domain)), t(.goalStatus(goal.status))]
            if let target = goal.target { about.append(t(.avgTarget, String(target.rawValue))) }
            if let due = goal.due { about.append(t(.avgDue, due.dutch)) }
            r.line("### " + t(.avgGoal) + ": " + r.text(goal.text))
            r.line("")
            r.line(about.joined(separator: " · "))
            for action in d.actions where action.goal == goal.id { r.line(actionLine(action, d, r)) }
        }
        let loose = d.actions.filter { !goalIds.contains($0.goal) }
        if !loose.isEmpty {
            r.line("")
            r.line("### " + t(.avgOtherActions))
            r.line("")
            for action in loose { r.line(actionLine(action, d, r)) }
        }
    }

    static func actionLine(_ a: Action, _ d: Dossier, _ r: Writer) -> String {
        let t = r.t
        let who: String
        switch a.who {
        case .regisseur: who = t(.avgRegisseur)
        case .network: who = t(.avgNetwork)
        case .member(let id): who = d.members.first { $0.id == id }.map { r.text($0.name) } ?? id
        case .resource(let id): who = r.resource(id)
        }
        var parts = [who, t(.actionStatus(a.status))]
        if let due = a.due { parts.append(t(.avgDue, due.dutch)) }
        return "- " + t(.avgAction) + ": " + r.text(a.text) + " — " + parts.joined(separator: " · ")
    }

    static func assessments(_ d: Dossier, _ r: inout Writer) {
        let t = r.t
        r.heading(t(.avgAssessments))
        if d.assessments.isEmpty { r.none() }
        for a in d.assessments {
            let subject = a.subject == Assessment.householdSubject ? t(.avgWholeHousehold)
                : d.members.first { $0.id == a.subject }.map { r.text($0.name) } ?? a.subject
            r.line("")
            r.line("### " + a.date.dutch + " — " + subject + (a.isFinal ? " — " + t(.avgFinal) : ""))
            r.line("")
            r.line(t(.avgBy, r.worker(a.assessor)))
            r.line("")
            r.line("| " + t(.avgDomain) + " | " + t(.avgScore) + " |")
            r.line("|---|---|")
            for domain in LifeDomain.allCases {
                guard let score = a.scores[domain] else { continue }
                r.line("| " + t(.domain(domain)) + " | " + String(score.rawValue) + " " + t(.score(score)) + " |")
            }
        }
    }

    static func journal(_ d: Dossier, _ r: inout Writer) {
        let t = r.t
        r.heading(t(.avgJournal))
        if d.journal.isEmpty { r.none() }
        let ids = Set(d.journal.map(\.id))
        // A correction is shown under the entry it corrects; the entry itself stays as it was written.
        for entry in d.journal where entry.corrects.map({ !ids.contains($0) }) ?? true {
            r.line("")
            var heading = "### " + entry.date.dutch + " — " + t(.journalKind(entry.kind)) + " — " + r.worker(entry.author)
            if let minutes = entry.minutes { heading += " — " + t(.avgMinutes, String(minutes)) }
            r.line(heading)
            r.line("")
            if let corrects = entry.corrects { r.line("*" + t(.avgCorrectsMissing, corrects) + "*"); r.line("") }
            r.paragraph(entry.text)
            for correction in d.corrections(of: entry) {
                r.line("")
                r.line("> **" + t(.avgCorrection, correction.date.dutch, r.worker(correction.author)) + "**")
                r.line(">")
                for line in r.text(correction.text).split(separator: "\n", omittingEmptySubsequences: false) {
                    r.line("> " + line)
                }
            }
        }
    }

    static func budget(_ d: Dossier, _ r: inout Writer) {
        let t = r.t
        r.heading(t(.avgBudget))
        if let b = d.budget {
            var line = t(.avgBudgetAmount, b.amount.dutch)
            if let from = b.from { line += " · " + t(.avgFrom, from.dutch) }
            if let until = b.until { line += " · " + t(.avgUntil, until.dutch) }
            r.line(line)
            r.line("")
        }
        if d.expenses.isEmpty {
            if d.budget == nil { r.none() }
            return
        }
        r.line("| " + [t(.avgDate), t(.avgKind), t(.fieldAmount), t(.fieldDescription), t(.avgDomain),
                       t(.avgResource), t(.avgAuthor)].joined(separator: " | ") + " |")
        r.line("|---|---|---|---|---|---|---|")
        for e in d.expenses.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
            var description = r.text(e.description)
            if let reverses = e.reverses { description += " (" + t(.avgReverses, reverses) + ")" }
            let cells = [e.date.dutch, t(.expenseKind(e.kind)), e.amount.dutch, description,
                         e.domain.map { t(.domain($0)) } ?? "", e.resource.map(r.resource) ?? "", r.worker(e.author)]
            r.line("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\n", with: " ") }.joined(separator: " | ") + " |")
        }
    }

    static func referrals(_ d: Dossier, _ r: inout Writer) {
        let t = r.t
        r.heading(t(.avgReferrals))
        if d.referrals.isEmpty { r.none() }
        for f in d.referrals {
            r.line("")
            r.line("### " + f.date.dutch + " — " + r.resource(f.resource) + " — " + t(.referralStatus(f.status)))
            r.line("")
            r.item(t(.avgAuthor), r.worker(f.worker))
            r.item(t(.avgForMember), f.member.map { id in d.members.first { $0.id == id }.map(\.name) ?? id } ?? "")
            r.item(t(.avgGoal), f.goal.map { id in d.goals.first { $0.id == id }.map(\.text) ?? id } ?? "")
            r.item(t(.fieldReason), f.reason)
            var consent = f.consent.given ? t(.avgYes) : t(.avgNo)
            if let date = f.consent.date { consent += ", " + date.dutch }
            if let form = f.consent.form { consent += ", " + t(.consentForm(form)) }
            r.item(t(.avgConsent), consent)
            r.item(t(.avgDetailsShared), f.detailsShared ? t(.avgYes) : t(.avgNo))
            r.item(t(.avgOutcome), f.outcome)
            for step in f.steps {
                var line = "- " + step.date.dutch + " " + t(.referralStatus(step.status)) + " (" + r.worker(step.worker) + ")"
                if !step.note.isEmpty { line += ": " + r.text(step.note) }
                r.line(line)
            }
        }
    }

    static func requests(_ requests: [HelpRequest], _ r: inout Writer) {
        let t = r.t
        r.heading(t(.avgRequests))
        if requests.isEmpty { r.none() }
        for q in requests {
            r.line("")
            r.line("### " + q.received.dutch + " " + q.time + " — " + t(.channel(q.channel)) + " — "
                   + t(.urgency(q.urgency)) + " — " + t(.requestStatus(q.status)))
            r.line("")
            r.item(t(.fieldName), q.name)
            r.item(t(.avgAddress), [q.street, [q.postcode, q.city].filter { !$0.isEmpty }.joined(separator: " ")]
                .filter { !$0.isEmpty }.joined(separator: ", "))
            r.item(t(.avgPhone), q.phone)
            r.item(t(.avgEmail), q.email)
            r.item("BSN", q.bsn)
            r.item(t(.avgRequester), [q.requester, q.requesterOrganisation, q.requesterPhone, q.requesterEmail]
                .filter { !$0.isEmpty }.joined(separator: ", "))
            r.item(t(.avgQuestion), q.question)
            r.item(t(.avgDomains), q.domains.map { t(.domain($0)) }.joined(separator: ", "))
            r.item(t(.avgTakenBy), r.worker(q.takenBy))
            r.item(t(.fieldReason), q.reason)
            for e in q.events {
                var line = "- " + e.date.dutch + " " + e.time + " " + t(.requestStatus(e.status)) + " (" + r.worker(e.worker) + ")"
                if let regisseur = e.regisseur { line += " → " + r.worker(regisseur) }
                if !e.note.isEmpty { line += ": " + r.text(e.note) }
                r.line(line)
            }
        }
    }

    static func audit(_ events: [AuditEvent], _ r: inout Writer) {
        let t = r.t
        r.heading(t(.avgAudit))
        r.line(t(.avgAuditIntro))
        r.line("")
        if events.isEmpty { r.none(); return }
        r.line("| " + [t(.avgTime), t(.avgWorker), t(.avgWorkstation), t(.avgWhat), t(.avgObject), t(.avgOutcomeColumn),
                       t(.fieldReason)].joined(separator: " | ") + " |")
        r.line("|---|---|---|---|---|---|---|")
        for e in events.sorted(by: { $0.time.seconds < $1.time.seconds }) {
            let cells = [e.time.iso, r.worker(e.worker), e.workstation, e.action.rawValue, e.object ?? "",
                         e.outcome.rawValue, e.reason ?? ""]
            r.line("| " + cells.map { r.text($0).replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\n", with: " ") }.joined(separator: " | ") + " |")
        }
    }

    /// Lines of Markdown, with the store's text made safe to print.
    struct Writer {
        let snapshot: StoreSnapshot
        let t: Strings
        var out: [String] = []

        /// Store text with its control characters shown, not obeyed (newlines and tabs stay).
        func text(_ s: String) -> String {
            Printable.hasControl(s) ? Printable.escaped(s) : s
        }

        func worker(_ id: String) -> String {
            guard let w = snapshot.worker(id) else { return text(id) }
            return text(w.name) + " (" + text(w.initials) + ")"
        }

        func resource(_ id: String) -> String {
            text(snapshot.resources.first { $0.id == id }?.name ?? id)
        }

        mutating func line(_ s: String) { out.append(s) }

        mutating func heading(_ s: String) {
            out.append("")
            out.append("## " + s)
            out.append("")
        }

        /// `- **Label:** value`, left out when the value is empty.
        mutating func item(_ label: String, _ value: String) {
            guard value.contains(where: { $0 != " " && $0 != "\t" }) else { return }
            out.append("- **" + label + ":** " + text(value).replacingOccurrences(of: "\n", with: " "))
        }

        mutating func paragraph(_ s: String) {
            out += text(s).split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "  " }
        }

        mutating func none() { out.append(t(.avgNone)) }
    }
}
