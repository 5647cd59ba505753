/// Money spent or committed against the household's budget; append-only.
public struct Expense: Sendable, Equatable {
    /// Spent (uitgave) or promised but not yet paid (verplichting).
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case expense, commitment
    }

    public var id: String
    public var date: Day
    public var kind: Kind
    public var amount: Money
    public var description: String
    /// For analysis only: the budget itself is never split per domain.
    public var domain: LifeDomain?
    public var resource: String?
    public var author: String
    /// Set on a counter-entry that takes back an earlier expense (an undo): its id.
    public var reverses: String?

    public init(id: String, date: Day, kind: Kind = .expense, amount: Money, description: String,
                domain: LifeDomain? = nil, resource: String? = nil, author: String = "", reverses: String? = nil) {
        self.id = id
        self.date = date
        self.kind = kind
        self.amount = amount
        self.description = description
        self.domain = domain
        self.resource = resource
        self.author = author
        self.reverses = reverses
    }
}
