import WijkDomain

/// The record descriptor each kind of store file starts with, so `recfix --check` validates every file on its own.
public enum Schema {
    static let domains = LifeDomain.allCases.map(\.rawValue)

    static func codes<C: CaseIterable & RawRepresentable>(_: C.Type) -> String where C.RawValue == String {
        C.allCases.map(\.rawValue).joined(separator: " ")
    }

    /// The descriptor lines for record type `type`.
    static func lines(_ type: String) -> [(String, String)] {
        let domainEnum = "enum " + domains.joined(separator: " ")
        switch type {
        case "Store":
            return [("%rec", "Store"), ("%mandatory", "Format Team"), ("%type", "Format int"),
                    ("%type", "IdleLockSeconds int"), ("%type", "NormCrisis,NormUrgent,NormRegular int"),
                    ("%type", "RetentionWmoYears,RetentionYouthYears int"),
                    ("%type", "GoodFriday bool"), ("%type", "LiberationDay enum " + codes(WorkCalendar.LiberationDay.self))]
        case "Worker":
            return [("%rec", "Worker"), ("%key", "Id"), ("%mandatory", "Id Name Initials Role"),
                    ("%type", "Role enum " + codes(Worker.Role.self)), ("%type", "Capacity int"),
                    ("%type", "Active bool"), ("%type", "Domain " + domainEnum)]
        case "Resource":
            return [("%rec", "Resource"), ("%key", "Id"), ("%mandatory", "Id Name Kind"),
                    ("%type", "Kind enum " + codes(Resource.Kind.self)), ("%type", "Domain " + domainEnum),
                    ("%type", "Route enum " + codes(Resource.Route.self)),
                    ("%type", "MinimumAge,MaximumAge,WaitWeeks int"), ("%type", "Checked date")]
        case "HelpRequest":
            return [("%rec", "HelpRequest"), ("%key", "Id"), ("%mandatory", "Id Received Name Question Status"),
                    ("%type", "Received date"), ("%type", "Status enum " + codes(HelpRequest.Status.self)),
                    ("%type", "Channel enum " + codes(HelpRequest.Channel.self)),
                    ("%type", "Urgency enum " + codes(HelpRequest.Urgency.self)), ("%type", "Domain " + domainEnum)]
        case "Triage":
            return [("%rec", "Triage"), ("%key", "Id"), ("%mandatory", "Id Date Worker Status"), ("%type", "Date date"),
                    ("%type", "Status enum " + codes(HelpRequest.Status.self))]
        case "Referral":
            return [("%rec", "Referral"), ("%key", "Id"), ("%mandatory", "Id Date Worker Resource Status"),
                    ("%type", "Date,ConsentDate date"), ("%type", "Status enum " + codes(Referral.Status.self)),
                    ("%type", "Consent enum yes no"), ("%type", "ConsentForm enum " + codes(Referral.ConsentForm.self)),
                    ("%type", "DetailsShared enum yes no")]
        case "ReferralStep":
            return [("%rec", "ReferralStep"), ("%key", "Id"), ("%mandatory", "Id Date Worker Status"),
                    ("%type", "Date date"), ("%type", "Status enum " + codes(Referral.Status.self))]
        case "Meeting":
            return [("%rec", "Meeting"), ("%mandatory", "Date Chair"), ("%type", "Date date")]
        case "MeetingItem":
            return [("%rec", "MeetingItem"), ("%key", "Id"), ("%mandatory", "Id Subject Status"),
                    ("%type", "Minutes,Spent int"), ("%type", "Status enum " + codes(Meeting.Status.self))]
        case "Household":
            return [("%rec", "Household"), ("%key", "Id"), ("%mandatory", "Id Name Status Regisseur"),
                    ("%type", "Status enum " + codes(Household.Status.self)),
                    ("%type", "Confidentiality enum " + codes(Household.Confidentiality.self)),
                    ("%type", "Start,Evaluation,Closed,DiscussSince date"), ("%type", "Crisis,SelfReliant bool"),
                    ("%type", "PreferredContact enum " + codes(Household.Contact.self)),
                    ("%type", "CloseReason enum " + codes(Household.CloseReason.self)),
                    ("%type", "Satisfaction range 1 10")]
        case "Member":
            return [("%rec", "Member"), ("%key", "Id"), ("%mandatory", "Id Name"), ("%type", "Born date")]
        case "Goal":
            return [("%rec", "Goal"), ("%key", "Id"), ("%mandatory", "Id Domain Text"), ("%type", "Domain " + domainEnum),
                    ("%type", "Target range 1 5"), ("%type", "Due date"),
                    ("%type", "Status enum " + codes(Goal.Status.self))]
        case "Action":
            return [("%rec", "Action"), ("%key", "Id"), ("%mandatory", "Id Text"), ("%type", "Due date"),
                    ("%type", "Status enum " + codes(Action.Status.self))]
        case "Budget":
            return [("%rec", "Budget"), ("%type", "Amount real"), ("%type", "From,Until date")]
        case "JournalEntry":
            return [("%rec", "JournalEntry"), ("%mandatory", "Id Date Type Author Text"), ("%type", "Date date"),
                    ("%type", "Type enum " + codes(JournalEntry.Kind.self)), ("%type", "Minutes int")]
        case "Assessment":
            return [("%rec", "Assessment"), ("%mandatory", "Id Date Assessor"), ("%type", "Date date"),
                    ("%type", domains.joined(separator: ",") + " range 1 5"), ("%type", "Final bool")]
        case "Expense":
            return [("%rec", "Expense"), ("%mandatory", "Id Date Amount Description Kind"), ("%type", "Date date"),
                    ("%type", "Amount real"), ("%type", "Kind enum " + codes(Expense.Kind.self)),
                    ("%type", "Domain " + domainEnum)]
        case "AuditEvent":
            return [("%rec", "AuditEvent"), ("%mandatory", "Time Worker Workstation Action Outcome Prev Hash"),
                    ("%type", "Action enum " + codes(AuditEvent.Action.self)),
                    ("%type", "Outcome enum " + codes(AuditEvent.Outcome.self))]
        case "Presence":
            return [("%rec", "Presence"), ("%mandatory", "Worker Workstation Seen"), ("%type", "Seen date")]
        default:
            return [("%rec", type)]
        }
    }

    /// The descriptor record for `type`.
    public static func descriptor(_ type: String) -> Record {
        Record(fields: lines(type).map { Field(name: $0.0, value: $0.1) })
    }

    /// `sets` with the descriptors of the types the program knows as this version writes them, so a file
    /// written with a code the program learnt later (a new reason for closing) still passes `recfix --check`.
    /// Descriptors of types the program does not know stay as they are.
    public static func current(_ sets: [RecordSet]) -> [RecordSet] {
        sets.map { set in
            guard let type = set.type, set.descriptor != nil else { return set }
            let lines = lines(type)
            guard lines.count > 1 else { return set }
            return RecordSet(descriptor: Record(fields: lines.map { Field(name: $0.0, value: $0.1) }), records: set.records)
        }
    }

    /// A record set of `type` with the standard descriptor.
    public static func set(_ type: String, _ records: [Record]) -> RecordSet {
        RecordSet(descriptor: descriptor(type), records: records)
    }
}
