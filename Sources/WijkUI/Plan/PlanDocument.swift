import WijkDomain
import WijkStore

/// Builds the household plan pane's rows for one dossier: who, members, ZRM progress, goals and actions, budget, journal.
public enum PlanDocument {
    /// How many journal entries the plan lists; older ones are counted.
    public static let journalLines = 6

    /// `complete` lists every journal entry and expense (while searching), not only the latest.
    public static func rows(for dossier: Dossier, snapshot: StoreSnapshot, now: Day, strings t: Strings,
                            emergencyAccesses: [AuditEvent] = [], complete: Bool = false) -> [PlanRow] {
        let journalLimit = complete ? Int.max : journalLines
        var rows: [PlanRow] = []
        var section = 0
        func header(_ text: String) {
            section += 1
            rows.append(PlanRow(kind: .blank, section: section))
            rows.append(PlanRow(kind: .sectionHeader, left: [Span(text, .sectionHeader)], section: section))
        }
        func item(_ left: [Span], _ right: [Span] = [], detail: @autoclosure @escaping @Sendable () -> Detail? = nil,
                  indent: Int = 0, ref: PlanRow.Ref? = nil) {
            rows.append(PlanRow(kind: .item, left: left, right: right, section: section, detail: detail(), indent: indent,
                                ref: ref))
        }

        let household = dossier.household
        let regisseur = workerLabel(household.regisseur, snapshot, t)
        let signals = dossier.signals(on: now)

        // Who and where.
        let detail = { @Sendable in householdDetail(dossier, snapshot, now, t) }
        var title = [Span(household.name, .sectionHeader)]
        if household.crisis && household.status != .closed { title += [Span("  "), Span(t(.crisisLabel), .danger)] }
        rows.append(PlanRow(kind: .heading, left: title, right: [Span(household.phone, .dim)], section: 0,
                            detail: detail(), ref: .household))
        var line = [Span(t(.householdStatus(household.status)))]
        if let evaluation = household.evaluation {
            line.append(Span(" · " + t(.evaluationLabel) + " " + evaluation.dutch))
            if signals.contains(.evaluationOverdue) { line.append(Span(" " + t(.overdue), .warning)) }
        }
        rows.append(PlanRow(kind: .heading, left: [Span(household.fullAddress)], section: 0, detail: detail(),
                            ref: .household))
        rows.append(PlanRow(kind: .heading, left: [Span(t(.regisseurLabel) + " " + regisseur)], section: 0,
                            detail: detail(), ref: .household))
        rows.append(PlanRow(kind: .heading, left: line, section: 0, detail: detail(), ref: .household))
        // One household, one plan: where this one went, or which went into it.
        if let keep = household.mergedInto {
            let kept = snapshot.dossiers.first { $0.id == keep }?.household
            let name = kept.map { Access.canOpen($0, as: nil) ? $0.name + " (" + keep + ")" : t(.restrictedName) + " (" + keep + ")" }
            rows.append(PlanRow(kind: .heading, left: [Span(t(.mergedInto, name ?? keep, household.closed?.dutch ?? ""), .warning)],
                                section: 0, ref: .household))
        }
        for merged in snapshot.dossiers where merged.household.mergedInto == household.id {
            let name = Access.canOpen(merged.household, as: nil) ? merged.household.name : t(.restrictedName)
            rows.append(PlanRow(kind: .heading, left: [Span(t(.mergedFrom, name, merged.id,
                                                               merged.household.closed?.dutch ?? ""), .dim)],
                                section: 0, ref: .household))
        }

        if !emergencyAccesses.isEmpty {
            header(t(.emergencySection))
            for event in emergencyAccesses.reversed() {
                let who = snapshot.worker(event.worker).map { $0.name + " (" + $0.initials + ")" } ?? event.worker
                item([Span(t(.emergencyLine, event.time.day.dutch, who, event.reason ?? ""), .warning)])
            }
        }

        header(t(.sectionMembers))
        if dossier.members.isEmpty { item([Span(t(.noMembers), .dim)]) }
        for member in dossier.members {
            // Fixed widths, so ages line up whatever the relation is called.
            let age = member.age(on: now).map { t(.years, String($0)) } ?? ""
            item([Span(member.name)], [Span(DisplayWidth.fit(member.relation, to: 12), .dim),
                                       Span(DisplayWidth.fitRight(age, to: 6))],
                 detail: memberDetail(member, now, t), ref: .member(member.id))
        }

        header(t(.sectionZRM))
        let progress = dossier.progress
        if progress.isEmpty {
            item([Span(t(.noAssessment), .dim)])
        } else {
            let subject = dossier.mainAssessmentSubject == Assessment.householdSubject
                ? t(.zrmSubjectHousehold)
                : dossier.members.first { $0.id == dossier.mainAssessmentSubject }?.name ?? t(.zrmSubjectHousehold)
            let first = progress.map(\.firstDate).min()!
            let latest = progress.map(\.latestDate).max()!
            rows[rows.count - 1].left.append(Span("  " + t(.zrmHeading, subject, first.dutch, latest.dutch), .dim))
            for p in progress {
                item([Span(t(.domain(p.domain)))], bar(p),
                     detail: Detail(title: t(.domain(p.domain)), fields: [
                        (p.firstDate.dutch, "\(p.first.rawValue) \(t(.score(p.first)))"),
                        (p.latestDate.dutch, "\(p.latest.rawValue) \(t(.score(p.latest)))"),
                     ]), ref: .assessment)
            }
        }

        header(t(.sectionGoals))
        if dossier.goals.isEmpty && dossier.actions.isEmpty { item([Span(t(.noGoals), .dim)]) }
        for goal in dossier.goals {
            var right: [Span] = []
            if let target = goal.target { right.append(Span(t(.targetLabel, String(target.rawValue)), .dim)) }
            if let due = goal.due { right.append(Span(" " + due.dutch, .dim)) }
            let status = goal.status == .open ? "" : " (" + t(.goalStatus(goal.status)) + ")"
            item([Span("• ", .dim), Span(t(.domain(goal.domain)) + ": ", .dim), Span(goal.text + status)], right,
                 detail: goalDetail(goal, t), ref: .goal(goal.id))
            for action in dossier.actions where action.goal == goal.id {
                item(actionSpans(action, dossier, snapshot, now, t), actionRight(action, now, t),
                     detail: actionDetail(action, dossier, snapshot, t), indent: 2, ref: .action(action.id))
            }
        }
        let goalIds = Set(dossier.goals.map(\.id))
        for action in dossier.actions where !goalIds.contains(action.goal) {
            item(actionSpans(action, dossier, snapshot, now, t), actionRight(action, now, t),
                 detail: actionDetail(action, dossier, snapshot, t), ref: .action(action.id))
        }

        header(t(.sectionReferrals))
        if dossier.referrals.isEmpty { item([Span(t(.noReferrals), .dim)]) }
        for referral in dossier.referrals.reversed() {
            let resource = snapshot.resources.first { $0.id == referral.resource }
            var left = [Span("• ", .dim), Span(resource?.name ?? referral.resource)]
            if let member = referral.member.flatMap({ id in dossier.members.first { $0.id == id } }) {
                left.append(Span(" (" + member.name + ")", .dim))
            }
            if referral.isAdviceOnly { left.append(Span(" · " + t(.adviceOnly), .dim)) }
            var right: [Span] = []
            if referral.isStuck(on: now) { right.append(Span(t(.stuckMark) + " ", .warning)) }
            right.append(Span(t(.referralStatus(referral.status)) + " " + referral.lastMoved.dutch,
                              referral.status.isOpen ? .normal : .dim))
            item(left, right, detail: referralDetail(referral, resource, dossier, snapshot, t), ref: .referral(referral.id))
        }

        header(t(.sectionJournal))
        let corrected = Set(dossier.journal.compactMap(\.corrects))
        let ids = Set(dossier.journal.map(\.id))
        // A correction is listed under the entry it corrects, unless that entry is missing.
        let originals = dossier.journal.filter { entry in entry.corrects.map { !ids.contains($0) } ?? true }
        if originals.isEmpty { item([Span(t(.noJournal), .dim)]) }
        for entry in originals.reversed().prefix(journalLimit) {
            var spans = [Span(entry.date.dutch + " ", .dim), Span(t(.journalKind(entry.kind)) + " ", .dim),
                         Span(initials(entry.author, snapshot) + " ", .dim)]
            if corrected.contains(entry.id) { spans.append(Span("(" + t(.correctedBy) + ") ", .warning)) }
            spans.append(Span(firstLine(entry.text)))
            item(spans, detail: journalDetail(entry, dossier, snapshot, t), ref: .journal(entry.id))
            for correction in dossier.corrections(of: entry) {
                item([Span("↳ " + t(.correction) + " " + correction.date.dutch + " ", .warning),
                      Span(initials(correction.author, snapshot) + " ", .dim), Span(firstLine(correction.text))],
                     detail: journalDetail(correction, dossier, snapshot, t), indent: 2, ref: .journal(correction.id))
            }
        }
        if originals.count > journalLimit {
            item([Span(t(.moreEntries, String(originals.count - journalLimit)), .dim)])
        }

        header(t(.sectionBudget))
        if let budget = dossier.budget, let balance = dossier.balance {
            var period = ""
            if let from = budget.from, let until = budget.until { period = " " + from.dutch + " – " + until.dutch }
            item([Span(t(.budgetAmount)), Span(period, .dim)], [Span(budget.amount.dutch)], ref: .budget)
            item([Span(t(.budgetSpent))], [Span(dossier.spent.dutch)], ref: .budget)
            var label = [Span(t(.budgetBalance))]
            if balance < .zero { label.append(Span("  " + t(.overBudget), .danger)) }
            item(label, [Span(balance.dutch, balance < .zero ? .danger : .normal)], ref: .budget)
            let expenses = dossier.expenses.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
            for expense in expenses.prefix(complete ? Int.max : 5) {
                let kind = expense.kind == .commitment ? " (" + t(.commitmentShort) + ")" : ""
                item([Span(expense.date.dutch + " ", .dim), Span(expense.description + kind)],
                     [Span(expense.amount.dutch, .dim)], indent: 2, ref: .budget)
            }
            if expenses.count > (complete ? Int.max : 5) {
                item([Span(t(.moreEntries, String(expenses.count - 5)), .dim)], indent: 2, ref: .budget)
            }
        } else {
            item([Span(t(.noBudget), .dim)], ref: .budget)
        }
        return rows
    }

    /// `███░░ 3 (2) +1`: the latest score as a bar, the first in brackets, the change.
    static func bar(_ p: DomainProgress) -> [Span] {
        let filled = p.latest.rawValue
        var spans = [Span(String(repeating: "█", count: filled), .barFilled),
                     Span(String(repeating: "░", count: 5 - filled), .barEmpty),
                     Span(" \(p.latest.rawValue)"), Span(" (\(p.first.rawValue))", .dim)]
        switch p.change {
        case let c where c > 0: spans.append(Span(" +\(c)", .good))
        case let c where c < 0: spans.append(Span(" −\(-c)", .warning))
        default: spans.append(Span("  =", .dim))
        }
        return spans
    }

    static func actionSpans(_ action: Action, _ dossier: Dossier, _ snapshot: StoreSnapshot, _ now: Day,
                            _ t: Strings) -> [Span] {
        let box: String
        switch action.status {
        case .open: box = "[ ] "
        case .done: box = "[x] "
        case .cancelled: box = "[-] "
        }
        return [Span(box, action.isOverdue(on: now) ? .warning : .dim), Span(action.text),
                Span(" · " + actorLabel(action.who, dossier, snapshot, t), .dim)]
    }

    static func actionRight(_ action: Action, _ now: Day, _ t: Strings) -> [Span] {
        guard let due = action.due else { return [] }
        if action.isOverdue(on: now) { return [Span(due.dutch + " " + t(.overdue), .warning)] }
        return [Span(due.dutch, .dim)]
    }

    static func actorLabel(_ actor: Actor, _ dossier: Dossier, _ snapshot: StoreSnapshot, _ t: Strings) -> String {
        switch actor {
        case .regisseur: return t(.regisseurLabel).lowercased()
        case .network: return t(.actorNetwork)
        case .member(let id): return dossier.members.first { $0.id == id }?.name ?? id
        case .resource(let id): return snapshot.resources.first { $0.id == id }?.name ?? id
        }
    }

    static func workerLabel(_ id: String, _ snapshot: StoreSnapshot, _ t: Strings) -> String {
        guard let worker = snapshot.worker(id) else { return id.isEmpty ? t(.unknownWorker) : id }
        return worker.name + " (" + worker.initials + ")"
    }

    static func initials(_ id: String, _ snapshot: StoreSnapshot) -> String {
        snapshot.worker(id)?.initials ?? id
    }

    static func firstLine(_ text: String) -> String {
        guard let newline = text.utf8.firstIndex(of: UInt8(ascii: "\n")) else { return text }
        return String(text[..<newline])
    }

    // MARK: details shown on Enter

    static func householdDetail(_ dossier: Dossier, _ snapshot: StoreSnapshot, _ now: Day, _ t: Strings) -> Detail {
        let h = dossier.household
        var fields: [(label: String, value: String)] = [
            (t(.detailAddress), h.fullAddress), (t(.detailPhone), h.phone), (t(.detailEmail), h.email),
            (t(.regisseurLabel), workerLabel(h.regisseur, snapshot, t)),
            (t(.columnStatus), t(.householdStatus(h.status))),
        ]
        if let start = h.start { fields.append((t(.startLabel), start.dutch)) }
        if let evaluation = h.evaluation { fields.append((t(.evaluationLabel), evaluation.dutch)) }
        let signals = Signal.allCases.filter { dossier.signals(on: now).contains($0) }
        if !signals.isEmpty {
            fields.append((t(.columnSignals), signals.map { t(.signal($0)) }.joined(separator: ", ")))
        }
        return Detail(title: h.name, fields: fields.filter { !$0.value.isEmpty })
    }

    static func memberDetail(_ member: Member, _ now: Day, _ t: Strings) -> Detail {
        var fields: [(label: String, value: String)] = []
        if let born = member.born, let age = member.age(on: now) {
            fields.append((t(.detailBorn), born.dutch + " (" + t(.years, String(age)) + ")"))
        }
        fields += [(t(.detailRelation), member.relation), (t(.detailPhone), member.phone), (t(.detailBSN), member.bsn)]
        return Detail(title: member.name, fields: fields.filter { !$0.value.isEmpty }, body: member.notes)
    }

    static func goalDetail(_ goal: Goal, _ t: Strings) -> Detail {
        var fields: [(label: String, value: String)] = [(t(.detailDomains), t(.domain(goal.domain)))]
        if let target = goal.target { fields.append((t(.detailTarget), "\(target.rawValue) \(t(.score(target)))")) }
        if let due = goal.due { fields.append((t(.detailDue), due.dutch)) }
        fields.append((t(.columnStatus), t(.goalStatus(goal.status))))
        return Detail(title: goal.text, fields: fields)
    }

    static func actionDetail(_ action: Action, _ dossier: Dossier, _ snapshot: StoreSnapshot, _ t: Strings) -> Detail {
        var fields: [(label: String, value: String)] = [(t(.detailWho), actorLabel(action.who, dossier, snapshot, t))]
        if let due = action.due { fields.append((t(.detailDue), due.dutch)) }
        fields.append((t(.columnStatus), t(.actionStatus(action.status))))
        if let goal = dossier.goals.first(where: { $0.id == action.goal }) {
            fields.append((t(.detailGoal), goal.text))
        }
        return Detail(title: action.text, fields: fields)
    }

    static func referralDetail(_ referral: Referral, _ resource: Resource?, _ dossier: Dossier, _ snapshot: StoreSnapshot,
                               _ t: Strings) -> Detail {
        let consent = referral.consent.given
            ? t(.yes) + [referral.consent.date?.dutch, referral.consent.form.map { t(.consentForm($0)) }]
                .compactMap { $0 }.map { " · " + $0 }.joined()
            : t(.no) + " · " + t(.adviceOnly)
        let goal = referral.goal.flatMap { id in dossier.goals.first { $0.id == id } }
        let member = referral.member.flatMap { id in dossier.members.first { $0.id == id } }
        var fields: [(label: String, value: String)] = [
            (t(.detailDate), referral.date.dutch + " · " + workerLabel(referral.worker, snapshot, t)),
            (t(.fieldMember), member?.name ?? t(.wholeHousehold)),
            (t(.fieldGoalLink), goal.map { t(.domain($0.domain)) + ": " + $0.text } ?? ""),
            (t(.fieldReferralReason), referral.reason),
            (t(.fieldConsent), consent),
            (t(.fieldDetailsShared), referral.detailsShared ? t(.yes) : t(.no)),
            (t(.columnStatus), t(.referralStatus(referral.status))),
            (t(.fieldOutcome), referral.outcome),
        ]
        for step in referral.steps {
            fields.append((step.date.dutch, t(.referralStatus(step.status)) + " · " + initials(step.worker, snapshot)
                           + (step.note.isEmpty ? "" : " · " + step.note)))
        }
        return Detail(title: resource?.name ?? referral.resource, fields: fields.filter { !$0.value.isEmpty },
                      body: resource.map { [$0.phone, $0.email, $0.address].filter { !$0.isEmpty }.joined(separator: " · ") } ?? "")
    }

    static func journalDetail(_ entry: JournalEntry, _ dossier: Dossier, _ snapshot: StoreSnapshot,
                              _ t: Strings) -> Detail {
        var fields: [(label: String, value: String)] = [
            (t(.detailDate), entry.date.dutch), (t(.detailType), t(.journalKind(entry.kind))),
            (t(.detailAuthor), workerLabel(entry.author, snapshot, t)),
        ]
        if let minutes = entry.minutes { fields.append((t(.detailDuration), t(.minutesShort, String(minutes)))) }
        let appendices = dossier.corrections(of: entry).map { c in
            (heading: t(.correction) + " " + c.date.dutch + " · " + workerLabel(c.author, snapshot, t), text: c.text)
        }
        return Detail(title: t(.journalKind(entry.kind)) + " " + entry.date.dutch, fields: fields, body: entry.text,
                      appendices: appendices)
    }
}
