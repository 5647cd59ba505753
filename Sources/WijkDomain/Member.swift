/// A person in a household (gezinslid), 0 to 100 years old.
public struct Member: Sendable, Equatable {
    public var id: String
    public var name: String
    public var born: Day?
    /// The member's place in the household in Dutch words (`ouder`, `kind`,
    /// `grootouder`…): free text, because households do not fit a fixed list.
    public var relation: String
    public var bsn: String
    public var phone: String
    public var notes: String

    public init(id: String, name: String, born: Day? = nil, relation: String = "", bsn: String = "",
                phone: String = "", notes: String = "") {
        self.id = id
        self.name = name
        self.born = born
        self.relation = relation
        self.bsn = bsn
        self.phone = phone
        self.notes = notes
    }

    /// Age in whole years on `day`, nil when the date of birth is unknown.
    public func age(on day: Day) -> Int? { born?.age(on: day) }
}
