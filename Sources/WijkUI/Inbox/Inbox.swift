import WijkDomain
import WijkStore

/// The requests for help as the inbox lists them: the open ones by urgency and how close they are to or past
/// their norm, or all of them, newest first; with the waiting time of each.
public struct Inbox: Sendable {
    public struct Row: Sendable {
        public var request: HelpRequest
        public var waiting: TriageNorms.Waiting
    }

    public private(set) var rows: [Row]

    /// Rows for `requests` on `today`; `all` also lists the answered, referred and withdrawn ones.
    public init(_ requests: [HelpRequest], norms: TriageNorms, today: Day, all: Bool, filter: String, strings t: Strings) {
        let words = Folding.queryWords(filter)
        rows = requests.filter { all || $0.status.isOpen }.compactMap { request in
            // The search key is folded only while a filter is typed: the inbox is built on every key.
            if !words.isEmpty {
                let key = Folding.fold([request.name, request.address, request.question, t(.channel(request.channel)),
                                        t(.requestStatus(request.status))].joined(separator: " "))
                guard Folding.matches(key, query: words) else { return nil }
            }
            return Row(request: request, waiting: norms.waiting(request, today: today))
        }
        rows.sort { a, b in
            if a.request.status.isOpen != b.request.status.isOpen { return a.request.status.isOpen }
            guard a.request.status.isOpen else { return a.request.received > b.request.received }
            return (a.request.urgency, a.waiting.due, a.request.received, a.request.id)
                < (b.request.urgency, b.waiting.due, b.request.received, b.request.id)
        }
    }

    /// What the status bar says to those who triage: new requests, and how many are over their norm.
    public static func counts(_ requests: [HelpRequest], norms: TriageNorms, today: Day) -> (new: Int, over: Int) {
        let open = requests.filter(\.status.isOpen)
        return (open.filter { $0.status == .new }.count, open.filter { norms.waiting($0, today: today).isOver }.count)
    }

    /// `2 wd`, or `⚠ +3 wd over norm`; answered: `2 wd ✓`.
    public static func waitingText(_ waiting: TriageNorms.Waiting, _ t: Strings) -> String {
        if waiting.isOver { return t(.waitingOver, String(waiting.overBy)) }
        return t(.waitingDays, String(waiting.days)) + (waiting.isAnswered ? " ✓" : "")
    }
}
