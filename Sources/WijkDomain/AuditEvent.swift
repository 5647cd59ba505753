/// One line of the audit trail: who did what to which record, where and when, with what outcome.
///
/// Only ids, never names or content: the trail must be safe to hand to an auditor.
public struct AuditEvent: Sendable, Equatable {
    public enum Action: String, CaseIterable, Sendable {
        case signIn = "sign-in"
        case signInFailed = "sign-in-failed"
        case signOut = "sign-out"
        case lock
        case unlock
        case open
        case search
        case change
        case create
        case export
        case print
        case emergencyAccess = "emergency-access"
        case teamChange = "team-change"
        /// A file moved from one household to another (a merge): the object says from where to where.
        case move
    }

    public enum Outcome: String, CaseIterable, Sendable {
        case ok, failed, denied, conflict
    }

    public var time: Timestamp
    public var worker: String
    /// The worker on whose behalf, where it differs (a coordinator resetting a colleague's PIN).
    public var onBehalfOf: String?
    public var workstation: String
    public var action: Action
    /// A household or record id; never a name or content.
    public var object: String?
    public var outcome: Outcome
    /// Why, for emergency access: the worker's own words, asked for on purpose.
    public var reason: String?

    public init(time: Timestamp, worker: String, onBehalfOf: String? = nil, workstation: String, action: Action,
                object: String? = nil, outcome: Outcome = .ok, reason: String? = nil) {
        self.time = time
        self.worker = worker
        self.onBehalfOf = onBehalfOf
        self.workstation = workstation
        self.action = action
        self.object = object
        self.outcome = outcome
        self.reason = reason
    }

    /// Wrong PINs of `worker` since their last sign-in, oldest first, from `events` in time order.
    public static func failuresSinceSignIn(of worker: String, in events: [AuditEvent]) -> [Timestamp] {
        var failures: [Timestamp] = []
        for event in events where event.worker == worker {
            switch event.action {
            case .signIn where event.outcome == .ok: failures = []
            // Attempts refused during a wait checked no PIN: they do not lengthen it.
            case .signInFailed where event.outcome == .failed: failures.append(event.time)
            default: break
            }
        }
        return failures
    }
}
