import WijkDomain

/// What the projected meeting screen shows of an item: initials, ages and streets without numbers, names in
/// what workers typed as initials; never a BSN, phone, e-mail or date of birth. The details (`r`) add the ZRM
/// per domain, the goals with their actions and the latest journal lines, shown the same way. A restricted
/// household shows only that it is restricted, until someone takes emergency access to it.
enum MeetingView {
    /// Whether a household shows on the projector only as restricted: until emergency access in this session,
    /// also for its regisseur and coordinators, because the whole room sees the screen.
    static func isSealed(_ household: Household, _ workspace: Workspace) -> Bool {
        household.confidentiality == .restricted && !workspace.grants.contains(household.id)
    }

    /// The short name of an item's subject: initials and street, or that the household is restricted.
    static func title(_ item: Meeting.Item, _ workspace: Workspace) -> String {
        switch item.subject {
        case .household(let id):
            guard let h = workspace.dossier(id)?.household else { return id }
            return household(h, workspace)
        case .request(let id):
            guard let request = workspace.request(id) else { return id }
            return Pseudonym.initials(request.name) + " · " + Pseudonym.street(request.street, city: request.city)
        }
    }

    /// A household as the projector names it.
    static func household(_ h: Household, _ workspace: Workspace) -> String {
        let restricted = workspace.strings(.meetingRestricted, initials(h.regisseur, workspace))
        if isSealed(h, workspace) || !Access.canOpen(h, as: workspace.viewer, grants: workspace.grants) { return restricted }
        // Where a restricted household lives stays off the screen, also after emergency access.
        if h.confidentiality == .restricted { return Pseudonym.initials(h.name) + " · " + restricted }
        return Pseudonym.initials(h.name) + " · " + Pseudonym.street(h.street, city: h.city)
    }

    /// Why the item is on the agenda, in words, with workers by initials and resources by name.
    static func reasons(_ item: Meeting.Item, _ workspace: Workspace) -> String {
        item.reasons.map { reason in
            Text.meetingReason(reason, workspace.strings, initials: { initials($0, workspace) },
                               resource: { workspace.resource($0)?.name ?? $0 })
        }.joined(separator: " · ")
    }

    static func initials(_ worker: String, _ workspace: Workspace) -> String {
        workspace.snapshot.worker(worker)?.initials ?? worker
    }

    /// The lines of one item below its header: why, the decision, and the household or request; with
    /// `details`, what the team needs to discuss it. `names` turns the clients' names in free text into initials.
    static func lines(_ item: Meeting.Item, _ workspace: Workspace, details: Bool, names: Pseudonymiser, width: Int,
                      today: Day) -> [[Span]] {
        let t = workspace.strings
        var lines: [[Span]] = []
        func wrap(_ text: String, _ style: Style = .normal, indent: String = "  ") {
            // Each paragraph wrapped on its own: a line break typed in a request is not a `\u000A` on the screen.
            for paragraph in text.split(separator: "\n", omittingEmptySubsequences: true) {
                lines += DisplayWidth.wrap(Printable.escaped(String(paragraph)), width: width - indent.count).map { [Span(indent + $0, style)] }
            }
        }
        func heading(_ text: String) { lines.append([Span(text, .sectionHeader)]) }
        lines.append([Span(reasons(item, workspace), .warning)])
        // The decision comes first once there is one: it is what the room looks at.
        if !item.decision.isEmpty { wrap(t(.meetingDecided, names.scrub(item.decision)), .good, indent: "") }
        switch item.subject {
        case .request(let id):
            guard let request = workspace.request(id) else { break }
            let waiting = workspace.snapshot.info.norms.waiting(request, today: today)
            lines.append([])
            let facts = [t(.channel(request.channel)), t(.urgency(request.urgency)), Inbox.waitingText(waiting, t)]
            lines.append([Span(t(.meetingRequestLine, request.received.dutch, facts.filter { !$0.isEmpty }.joined(separator: " · ")))])
            if !request.domains.isEmpty { wrap(request.domains.map { t(.domain($0)) }.joined(separator: ", "), .dim) }
            guard details else { break }
            lines.append([])
            heading(t(.meetingRequestQuestion))
            wrap(names.scrub(request.question))
            if !request.requesterOrganisation.isEmpty { wrap(t(.meetingRequestFrom, request.requesterOrganisation), .dim) }
        case .household(let id):
            guard let dossier = workspace.dossier(id) else { break }
            let h = dossier.household
            if isSealed(h, workspace) || !Access.canOpen(h, as: workspace.viewer, grants: workspace.grants) {
                lines.append([])
                wrap(t(.meetingRestrictedReveal), .dim, indent: "")
                break
            }
            if let question = h.meetingQuestion {
                lines.append([])
                heading(t(.meetingQuestionHeading) + " (" + initials(question.by, workspace) + ")")
                wrap(names.scrub(question.text))
            }
            lines.append([])
            heading(t(.meetingMembers) + " · regisseur " + initials(h.regisseur, workspace))
            let members = dossier.members.map { m -> String in
                Pseudonym.initials(m.name) + (m.age(on: today).map { " (" + String($0) + ")" } ?? "")
            }
            wrap(members.isEmpty ? "—" : members.joined(separator: ", "))
            let progress = dossier.progress
            if !progress.isEmpty {
                heading(t(.meetingDomains))
                if details {
                    let labelWidth = min(32, progress.map { DisplayWidth.of(t(.domain($0.domain))) }.max() ?? 0)
                    for p in progress {
                        lines.append([Span("  " + DisplayWidth.fit(t(.domain(p.domain)), to: labelWidth) + "  "),
                                      Span(String(p.latest.rawValue) + " " + t(.score(p.latest)) + change(p), p.latest.rawValue <= 2 ? .warning : .normal)])
                    }
                } else {
                    wrap(progress.map { t(.domain($0.domain)) + " " + String($0.latest.rawValue) + change($0) }.joined(separator: " · "))
                }
            }
            let goals = dossier.goals.filter { $0.status == .open }
            let actions = dossier.actions.filter { $0.status == .open }
            if !goals.isEmpty || !actions.isEmpty {
                heading(t(.meetingGoals))
                func action(_ action: Action, indent: String) {
                    let who: String
                    switch action.who {
                    case .member(let mid): who = dossier.members.first { $0.id == mid }.map { Pseudonym.initials($0.name) } ?? mid
                    default: who = PlanDocument.actorLabel(action.who, dossier, workspace.snapshot, t)
                    }
                    let due = action.due.map { " · " + $0.dutch + ($0 < today ? " " + t(.overdue) : "") } ?? ""
                    wrap("[ ] " + names.scrub(action.text) + " · " + names.scrub(who) + due, indent: indent)
                }
                if details {
                    // Each goal with its own actions under it, then the actions of no open goal.
                    for goal in goals {
                        wrap("• " + t(.domain(goal.domain)) + ": " + names.scrub(goal.text))
                        for a in actions where a.goal == goal.id { action(a, indent: "    ") }
                    }
                    let open = Set(goals.map(\.id))
                    for a in actions where !open.contains(a.goal) { action(a, indent: "  ") }
                } else {
                    for goal in goals { wrap("• " + t(.domain(goal.domain)) + ": " + names.scrub(goal.text)) }
                    for a in actions { action(a, indent: "  ") }
                }
            }
            if details {
                // The latest entries of the journal, first lines only: what happened since the plan was made.
                let entries = dossier.journal.filter { $0.corrects == nil }.suffix(5).reversed()
                if !entries.isEmpty {
                    heading(t(.meetingJournal))
                    for entry in entries {
                        // A corrected entry says what its latest correction says (withdrawn: that it was).
                        let correction = dossier.corrections(of: entry).last
                        let text = (correction ?? entry).text
                        let first = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
                        let corrected = correction == nil ? "" : " " + t(.meetingCorrected)
                        wrap(entry.date.dutch + " " + t(.journalKind(entry.kind)) + " (" + initials(entry.author, workspace) + ")"
                             + corrected + ": " + names.scrub(first))
                    }
                }
            } else {
                let contacts = dossier.journal.filter(\.isContact).suffix(3).reversed()
                if !contacts.isEmpty {
                    heading(t(.meetingContacts))
                    wrap(contacts.map { $0.date.dutch + " " + t(.journalKind($0.kind)) }.joined(separator: " · "))
                }
            }
            if !dossier.referrals.isEmpty {
                heading(t(.meetingReferrals))
                wrap(dossier.referrals.map { f in
                    (workspace.resource(f.resource)?.name ?? f.resource) + " " + t(.referralStatus(f.status))
                }.joined(separator: " · "))
            }
            if let budget = dossier.budget {
                wrap(t(.meetingBudget, dossier.spent.dutch, budget.amount.dutch), .dim, indent: "")
            }
        }
        return lines
    }

    /// ` (+1)`, ` (−2)`, or nothing: a domain's change since the first ZRM.
    private static func change(_ p: DomainProgress) -> String {
        p.change == 0 ? "" : p.change > 0 ? " (+\(p.change))" : " (−\(-p.change))"
    }
}
