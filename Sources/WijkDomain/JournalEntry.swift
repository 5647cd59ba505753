/// A dated note of contact or work with a household; append-only.
///
/// A mistake is never edited away: a new entry `corrects` the old one and
/// both stay.
public struct JournalEntry: Sendable, Equatable {
    /// The kind of contact moment.
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case homevisit, phone, office, partner, email, note
    }

    public var id: String
    public var date: Day
    public var kind: Kind
    public var minutes: Int?
    public var author: String
    public var corrects: String?
    public var text: String

    public init(id: String, date: Day, kind: Kind, minutes: Int? = nil, author: String,
                corrects: String? = nil, text: String) {
        self.id = id
        self.date = date
        self.kind = kind
        self.minutes = minutes
        self.author = author
        self.corrects = corrects
        self.text = text
    }

    /// Whether the entry records contact with the household (a note or a
    /// meeting with a chain partner does not).
    public var isContact: Bool {
        switch kind {
        case .homevisit, .phone, .office, .email: return true
        case .partner, .note: return false
        }
    }
}
