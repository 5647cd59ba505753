/// An action of the plan: who does what, by when.
public struct Action: Sendable, Equatable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case open, done, cancelled
    }

    public var id: String
    public var goal: String
    public var text: String
    public var who: Actor
    public var due: Day?
    public var status: Status

    public init(id: String, goal: String = "", text: String, who: Actor = .regisseur, due: Day? = nil,
                status: Status = .open) {
        self.id = id
        self.goal = goal
        self.text = text
        self.who = who
        self.due = due
        self.status = status
    }

    /// An open action whose due day has passed.
    public func isOverdue(on day: Day) -> Bool {
        guard status == .open, let due else { return false }
        return due < day
    }
}
