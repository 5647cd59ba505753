/// How soon the team answers a request, in working days by urgency, and the calendar that counts them.
public struct TriageNorms: Sendable, Equatable, Codable {
    /// Working days after the day a request came in; 0 is the same working day.
    public var crisis: Int
    public var urgent: Int
    public var regular: Int
    public var calendar: WorkCalendar

    /// By default: crisis the same working day, urgent within 3, regular within 10.
    public init(crisis: Int = 0, urgent: Int = 3, regular: Int = 10, calendar: WorkCalendar = WorkCalendar()) {
        self.crisis = crisis
        self.urgent = urgent
        self.regular = regular
        self.calendar = calendar
    }

    public func days(for urgency: HelpRequest.Urgency) -> Int {
        switch urgency {
        case .crisis: return crisis
        case .urgent: return urgent
        case .regular: return regular
        }
    }

    /// How long a request waited (until it was answered, or until `today`) against its norm.
    public struct Waiting: Sendable, Equatable, Codable {
        /// Working days since it came in.
        public var days: Int
        /// The last working day within the norm.
        public var due: Day
        /// Working days past `due` (0 within the norm).
        public var overBy: Int
        /// Whether the request was answered (the clock stopped).
        public var isAnswered: Bool

        public var isOver: Bool { overBy > 0 }
    }

    public func waiting(_ request: HelpRequest, today: Day) -> Waiting {
        let end = request.answered ?? today
        let due = calendar.adding(workingDays: days(for: request.urgency), to: request.received)
        return Waiting(days: calendar.workingDays(from: request.received, to: end), due: due,
                       overBy: calendar.workingDays(from: due, to: end), isAnswered: request.answered != nil)
    }
}
