import WijkDomain
import WijkStore

/// The minutes of a meeting as a report (`wijk meeting export`): pseudonymised unless asked for in full.
/// Pseudonymised, households and people are initials, streets have no numbers, and the names of a household's
/// members in a decision's text are replaced by their initials too.
public enum MeetingReport {
    public enum Format: String, CaseIterable, Sendable { case md, txt }

    public static func text(_ meeting: Meeting, _ snapshot: StoreSnapshot, format: Format, full: Bool, strings t: Strings) -> String {
        let md = format == .md
        func worker(_ id: String) -> String {
            guard let w = snapshot.worker(id) else { return id }
            return full ? w.name + " (" + w.initials + ")" : w.initials
        }
        var out: [String] = []
        let title = t(.meetingTitle, meeting.date.dutch) + " — " + Printable.escaped(snapshot.info.team)
        out.append(md ? "# " + title : title)
        if !md { out.append(String(repeating: "=", count: DisplayWidth.of(title))) }
        out.append("")
        var line = t(.reportChair) + ": " + worker(meeting.chair) + " · " + t(.reportPresent) + ": "
            + (meeting.present.isEmpty ? "—" : meeting.present.map(worker).joined(separator: ", "))
        if let started = meeting.started, let ended = meeting.ended {
            line += " · " + Meeting.clock(Int(ended.seconds - started.seconds))
        }
        out.append(line)
        if !full { out.append(t(.reportPseudonymised)) }
        // A decision may name people of another household on the agenda (a parent living elsewhere): all of them.
        let names = full ? Pseudonymiser(names: []) : pseudonymiser(meeting, snapshot)
        for (i, item) in meeting.items.enumerated() where item.status != .removed {
            out.append("")
            let heading = String(i + 1) + ". " + subject(item, snapshot, full: full, t) + " — " + status(item.status, t)
            out.append(md ? "## " + heading : heading)
            out.append(t(.reportWhy) + ": " + item.reasons.map { reason in
                Text.meetingReason(reason, t, initials: worker,
                                   resource: { id in snapshot.resources.first { $0.id == id }?.name ?? id })
            }.joined(separator: " · "))
            if item.spent > 0 { out.append(t(.reportSpent) + ": " + Meeting.clock(item.spent) + " / " + String(item.minutes) + " min") }
            if !item.decision.isEmpty {
                out.append(t(.fieldDecision) + ": " + Printable.escaped(names.scrub(item.decision)))
            }
            if !item.changes.isEmpty { out.append(t(.reportChanges) + ": " + item.changes.joined(separator: ", ")) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func subject(_ item: Meeting.Item, _ snapshot: StoreSnapshot, full: Bool, _ t: Strings) -> String {
        switch item.subject {
        case .household(let id):
            guard let h = snapshot.dossiers.first(where: { $0.id == id })?.household else { return id }
            if full { return Printable.escaped(h.name + " · " + h.shortAddress) }
            if h.confidentiality == .restricted {
                return t(.meetingRestricted, snapshot.worker(h.regisseur)?.initials ?? h.regisseur)
            }
            return Printable.escaped(Pseudonym.initials(h.name) + " · " + Pseudonym.street(h.street, city: h.city))
        case .request(let id):
            guard let r = snapshot.requests.first(where: { $0.id == id }) else { return id }
            return Printable.escaped(full ? r.name + " · " + r.address
                                          : Pseudonym.initials(r.name) + " · " + Pseudonym.street(r.street, city: r.city))
        }
    }

    static func status(_ status: Meeting.Status, _ t: Strings) -> String {
        switch status {
        case .open: return t(.reportNotDiscussed)
        case .discussed: return t(.meetingDiscussedMark)
        case .postponed: return t(.meetingPostponedMark)
        case .removed: return t(.meetingRemovedMark)
        }
    }

    /// The names, contact details and dates of birth a decision may hold (see `Pseudonymiser.meeting`).
    static func pseudonymiser(_ meeting: Meeting, _ snapshot: StoreSnapshot) -> Pseudonymiser {
        let dossiers = Dictionary(snapshot.dossiers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let requests = Dictionary(snapshot.requests.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let agenda = meeting.items.flatMap { item -> [String] in
            switch item.subject {
            case .household(let id): return dossiers[id].map(Pseudonym.names(in:)) ?? []
            case .request(let id): return requests[id].map { [$0.name] } ?? []
            }
        }
        return Pseudonymiser.meeting(agenda: agenda, dossiers: snapshot.dossiers, requests: snapshot.requests,
                                     workers: snapshot.workers, resources: snapshot.resources)
    }
}
