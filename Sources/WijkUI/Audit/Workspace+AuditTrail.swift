import WijkDomain
import WijkStore

/// Recording what happens in the audit trail: ids only, never client data.
extension Workspace {
    /// Writes one audit line; `worker` defaults to the one signed in. A failed write shows in the status bar;
    /// the result says whether it was written, for what must not happen unrecorded (an export).
    @discardableResult
    mutating func record(_ action: AuditEvent.Action, object: String? = nil, worker: String? = nil,
                         outcome: AuditEvent.Outcome = .ok, reason: String? = nil, now: LocalTime) -> Bool {
        guard let audit, let who = worker ?? viewer?.id else { return false }
        let event = AuditEvent(time: now.instant, worker: who, workstation: workstation, action: action,
                               object: object, outcome: outcome, reason: reason)
        do {
            try audit.append(event)
            return true
        } catch {
            notice = strings(.auditFailed)
            return false
        }
    }

    /// The audit trail's events since `day`, or nothing where there is no audit trail (screen tests).
    func auditEvents(since day: Day? = nil) -> [AuditEvent] {
        guard audit != nil else { return [] }
        return AuditLog.read(root: snapshot.root, since: day).entries.map(\.event)
    }
}
