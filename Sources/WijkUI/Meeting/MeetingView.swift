import WijkDomain

/// What the projected meeting screen shows of an item: in the privacy view initials, ages and streets without
/// numbers, never a BSN, phone, e-mail, date of birth or journal text; revealed, the household as the plan
/// shows it, for the one item.
enum MeetingView {
    /// The short name of an item's subject for the agenda: initials and street, or the request's.
    static func title(_ item: Meeting.Item, _ workspace: Workspace, revealed: Bool) -> String {
        let t = workspace.strings
        switch item.subject {
        case .household(let id):
            guard let dossier = workspace.dossier(id) else { return id }
            let h = dossier.household
            let mayOpen = Access.canOpen(h, as: workspace.viewer)
            if !mayOpen || (h.confidentiality == .restricted && !revealed) {
                return t(.meetingRestricted, initials(h.regisseur, workspace))
            }
            return revealed ? h.name + " · " + h.shortAddress : Pseudonym.initials(h.name) + " · " + Pseudonym.street(h.street, city: h.city)
        case .request(let id):
            guard let request = workspace.request(id) else { return id }
            return (revealed ? request.name : Pseudonym.initials(request.name)) + " · "
                + (revealed ? request.address : Pseudonym.street(request.street, city: request.city))
        }
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

    /// The lines of one item below its header: why, the question, and the summary of the household or request.
    static func lines(_ item: Meeting.Item, _ workspace: Workspace, revealed: Bool, width: Int, today: Day) -> [[Span]] {
        let t = workspace.strings
        var lines: [[Span]] = []
        func wrap(_ text: String, _ style: Style = .normal, indent: String = "  ") {
            lines += DisplayWidth.wrap(Printable.escaped(text), width: width - indent.count).map { [Span(indent + $0, style)] }
        }
        lines.append([Span(reasons(item, workspace), .warning)])
        // The decision comes first once there is one: it is what the room looks at.
        if !item.decision.isEmpty {
            let names: [String]
            switch item.subject {
            case .household(let id): names = workspace.dossier(id).map(Pseudonym.names(in:)) ?? []
            case .request(let id): names = workspace.request(id).map { [$0.name] } ?? []
            }
            wrap(t(.meetingDecided, revealed ? item.decision : Pseudonym.scrub(item.decision, names: names)), .good, indent: "")
        }
        switch item.subject {
        case .request(let id):
            guard let request = workspace.request(id) else { break }
            let waiting = workspace.snapshot.info.norms.waiting(request, today: today)
            lines.append([])
            lines.append([Span(t(.meetingRequestLine, request.received.dutch, t(.channel(request.channel)),
                                 t(.urgencyMark(request.urgency)), Inbox.waitingText(waiting, t)))])
            if !request.domains.isEmpty { wrap(request.domains.map { t(.domain($0)) }.joined(separator: ", "), .dim) }
            if revealed { lines.append([]); wrap(request.question) }
        case .household(let id):
            guard let dossier = workspace.dossier(id) else { break }
            let h = dossier.household
            // What workers typed about the household mentions its people: their names go as initials.
            let names = Pseudonym.names(in: dossier)
            let say: (String) -> String = { revealed ? $0 : Pseudonym.scrub($0, names: names) }
            let mayOpen = Access.canOpen(h, as: workspace.viewer)
            if !mayOpen || (h.confidentiality == .restricted && !revealed) {
                lines.append([])
                wrap(t(.meetingRestrictedReveal), .dim, indent: "")
                break
            }
            if let question = h.meetingQuestion {
                lines.append([])
                lines.append([Span(t(.meetingQuestionHeading) + " (" + initials(question.by, workspace) + ")", .sectionHeader)])
                wrap(say(question.text))
            }
            lines.append([])
            lines.append([Span(t(.meetingMembers) + " · regisseur " + initials(h.regisseur, workspace), .sectionHeader)])
            let members = dossier.members.map { m -> String in
                let name = revealed ? m.name : Pseudonym.initials(m.name)
                return name + (m.age(on: today).map { " (" + String($0) + ")" } ?? "")
            }
            wrap(members.isEmpty ? "—" : members.joined(separator: ", "))
            let progress = dossier.progress
            if !progress.isEmpty {
                lines.append([Span(t(.meetingDomains), .sectionHeader)])
                wrap(progress.map { p in
                    t(.domain(p.domain)) + " " + String(p.latest.rawValue) + (p.change == 0 ? "" : p.change > 0 ? " (+\(p.change))" : " (−\(-p.change))")
                }.joined(separator: " · "))
            }
            let goals = dossier.goals.filter { $0.status == .open }
            let actions = dossier.actions.filter { $0.status == .open }
            if !goals.isEmpty || !actions.isEmpty {
                lines.append([Span(t(.meetingGoals), .sectionHeader)])
                for goal in goals { wrap("• " + t(.domain(goal.domain)) + ": " + say(goal.text)) }
                for action in actions {
                    let who: String
                    switch action.who {
                    case .member(let mid): who = dossier.members.first { $0.id == mid }.map { revealed ? $0.name : Pseudonym.initials($0.name) } ?? mid
                    default: who = PlanDocument.actorLabel(action.who, dossier, workspace.snapshot, t)
                    }
                    let due = action.due.map { " · " + $0.dutch + ($0 < today ? " " + t(.overdue) : "") } ?? ""
                    wrap("[ ] " + say(action.text) + " · " + who + due)
                }
            }
            let contacts = dossier.journal.filter(\.isContact).suffix(3).reversed()
            if !contacts.isEmpty {
                lines.append([Span(t(.meetingContacts), .sectionHeader)])
                wrap(contacts.map { $0.date.dutch + " " + t(.journalKind($0.kind)) }.joined(separator: " · "))
            }
            if !dossier.referrals.isEmpty {
                lines.append([Span(t(.meetingReferrals), .sectionHeader)])
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
}
