import WijkDomain
import WijkStore

/// Projector mode: from the moment the team meeting opens until a person leaves it on purpose, everything
/// drawn shows clients as the meeting's items do. The panes are not drawn; forms, conflicts and notices show
/// names as initials, streets without numbers, and phone numbers, e-mail addresses, BSNs and dates of birth
/// not at all.
public struct Projector: Sendable, Equatable {
    /// The day of the meeting on the screen.
    public let meeting: Day
    /// The names last worked out: every frame asks for them, and a city's agenda has thousands of items. Kept
    /// by the store's revision, and across a new revision while what they depend on (`fingerprint`) is the same.
    private let byRevision = Memo<Revision, Pseudonymiser>()
    private let byContent = Memo<Int, Pseudonymiser>()

    struct Revision: Equatable {
        /// `Workspace.revision`: changes whenever anything from the store is read again.
        var revision: Int
        var items: Int
    }

    public init(meeting: Day) { self.meeting = meeting }

    public static func == (a: Projector, b: Projector) -> Bool { a.meeting == b.meeting }

    /// What text on the projector is shown through (`Pseudonymiser.meeting`): the names of every client on the
    /// meeting's agenda (`subjects`, by default the saved minutes') in any case, the store's other clients
    /// where written with a capital, contact details, dates of birth and house numbers.
    func pseudonymiser(_ workspace: Workspace, subjects: [Meeting.Subject]? = nil) -> Pseudonymiser {
        let subjects = subjects ?? workspace.snapshot.meetings.first { $0.date == meeting }?.items.map(\.subject) ?? []
        // Items are only ever added to an agenda (one taken off keeps its place), so the count says which agenda.
        let snapshot = workspace.snapshot
        return byRevision.value(for: Revision(revision: workspace.revision, items: subjects.count)) {
            byContent.value(for: Projector.fingerprint(subjects, snapshot)) {
                Pseudonymiser.meeting(agenda: Projector.names(of: subjects, workspace), dossiers: snapshot.dossiers,
                                      requests: snapshot.requests, workers: snapshot.workers, resources: snapshot.resources)
            }
        }
    }

    /// What the names depend on, hashed: a decision read back into the store changes the store's revision but
    /// no name, so the city's names (half a second to work out) are kept.
    static func fingerprint(_ subjects: [Meeting.Subject], _ snapshot: StoreSnapshot) -> Int {
        var hasher = Hasher()
        hasher.combine(subjects)
        for dossier in snapshot.dossiers {
            hasher.combine(dossier.household.name)
            hasher.combine(dossier.household.street)
            hasher.combine(dossier.household.city)
            for member in dossier.members {
                hasher.combine(member.name)
                hasher.combine(member.born?.iso)
            }
        }
        for request in snapshot.requests {
            hasher.combine(request.name)
            hasher.combine(request.street)
            hasher.combine(request.city)
        }
        for worker in snapshot.workers { hasher.combine(worker.name) }
        for resource in snapshot.resources {
            hasher.combine(resource.name)
            hasher.combine(resource.organisation)
            hasher.combine(resource.area)
        }
        return hasher.finalize()
    }

    /// The names of the households and their members, and of the requests, that `subjects` are about.
    static func names(of subjects: [Meeting.Subject], _ workspace: Workspace) -> [String] {
        subjects.flatMap { subject -> [String] in
            switch subject {
            case .household(let id): return workspace.dossier(id).map(Pseudonym.names(in:)) ?? []
            case .request(let id): return workspace.request(id).map { [$0.name] } ?? []
            }
        }
    }


    /// What the projector shows of a store field's value: a person's name as initials, a street without its
    /// number, contact details, BSN and date of birth not at all, free text with the names in it as initials.
    static func shown(_ value: String, field: String, _ names: Pseudonymiser) -> String {
        if value.isEmpty { return value }
        if hides(field) { return Pseudonymiser.hidden }
        switch field {
        case "Name", "Requester": return Pseudonym.initials(value)
        case "Street": return Pseudonym.street(value, city: "")
        default: return names.scrub(value)
        }
    }

    /// Whether the projector shows nothing of a field's value.
    static func hides(_ field: String) -> Bool { hidden.contains(field) }

    /// The fields shown not at all, and those shown otherwise than typed (as initials, without the number).
    static let hidden: Set<String> = ["Postcode", "Phone", "Email", "BSN", "Born", "RequesterPhone", "RequesterEmail"]
    static let reshaped: Set<String> = ["Name", "Requester", "Street"]
}

/// How a form shows its values on the projector: made when the form opens there.
struct FormProjection: Sendable, Equatable {
    let names: Pseudonymiser

    /// Whether typing in `field` is refused: what it holds is not shown as typed (a name as initials, a phone
    /// number as dots), and text typed blind would be saved unseen.
    func locks(_ field: FormField) -> Bool {
        if case .choice = field.kind { return false }
        return field.kind == .bsn || Projector.hides(field.key) || Projector.reshaped.contains(field.key)
    }

    /// A field's value as shown, and where the cursor goes in it (in characters).
    func shown(_ field: FormField, cursor: Int) -> (shown: String, cursor: Int) {
        if field.kind == .bsn || Projector.hides(field.key) {
            return field.value.isEmpty ? ("", 0) : (Pseudonymiser.hidden, Pseudonymiser.hidden.count)
        }
        // A date or an amount is shown as typed unless it is a date of birth or more (anything can be typed).
        if [.date, .number, .money].contains(field.kind) {
            let text = names.scrub(field.value)
            return (text, text == field.value ? cursor : text.count)
        }
        if Projector.reshaped.contains(field.key) {
            let text = Projector.shown(field.value, field: field.key, names)
            return (text, text.count)
        }
        return names.typing(field.value, cursor: cursor)
    }
}
