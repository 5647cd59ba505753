/// A goal of the plan in one life domain: what the household aims for, by when.
public struct Goal: Sendable, Equatable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case open, achieved, stopped
    }

    public var id: String
    public var domain: LifeDomain
    public var text: String
    public var target: ZRMScore?
    public var due: Day?
    public var status: Status

    public init(id: String, domain: LifeDomain, text: String, target: ZRMScore? = nil, due: Day? = nil,
                status: Status = .open) {
        self.id = id
        self.domain = domain
        self.text = text
        self.target = target
        self.due = due
        self.status = status
    }
}
