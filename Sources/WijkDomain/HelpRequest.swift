/// A request for help (hulpvraag) as it came in, before or after it is linked to a household.
public struct HelpRequest: Sendable, Equatable {
    public enum Status: String, CaseIterable, Sendable {
        case new, linked, closed
    }

    public var id: String
    public var received: Day
    public var channel: String
    public var name: String
    public var street: String
    public var postcode: String
    public var city: String
    public var phone: String
    public var question: String
    public var status: Status
    public var household: String?

    public init(id: String, received: Day, channel: String = "", name: String, street: String = "",
                postcode: String = "", city: String = "", phone: String = "", question: String,
                status: Status = .new, household: String? = nil) {
        self.id = id
        self.received = received
        self.channel = channel
        self.name = name
        self.street = street
        self.postcode = postcode
        self.city = city
        self.phone = phone
        self.question = question
        self.status = status
        self.household = household
    }
}
