/// What an inzageverzoek (AVG art. 15) hands over: everything the store holds about one household, or about
/// one of its members, with the help requests and the audit trail about it.
///
/// For one member it leaves out what is about the others: their records, their assessments and referrals, the
/// actions they do, and every free text (journal entry, goal, action, expense, help request) that names another
/// member by first name without naming this one. A text that names no member is about the household as a
/// whole, so it concerns this member too and is kept.
public struct SubjectAccess: Sendable, Equatable {
    /// The household as far as it concerns the subject: for a member, only that member and what concerns them.
    public var dossier: Dossier
    /// The member asked about; nil for the whole household.
    public var member: Member?
    /// The help requests linked to the household (and, for a member, concerning them), oldest first.
    public var requests: [HelpRequest]
    /// The audit records about the household and its records, in time order.
    public var events: [AuditEvent]

    /// The selection for `dossier` (or its member `memberId`) out of the store's `requests` and audit `events`.
    /// Nil when the member is not in the household.
    public static func of(_ dossier: Dossier, member memberId: String? = nil, requests: [HelpRequest],
                          events: [AuditEvent]) -> SubjectAccess? {
        var member: Member?
        if let memberId {
            guard let found = dossier.members.first(where: { $0.id == memberId }) else { return nil }
            member = found
        }
        let concerns = Concern(dossier: dossier, member: member)
        let linked = requests.filter { $0.household == dossier.id && concerns.text($0.question) }
            .sorted { ($0.received, $0.id) < ($1.received, $1.id) }
        var selected = dossier
        if let member {
            selected.members = [member]
            selected.assessments = dossier.assessments.filter { $0.subject == member.id }
            selected.referrals = dossier.referrals.filter { $0.member == member.id }
            selected.actions = dossier.actions.filter { action in
                if case .member(let who) = action.who { return who == member.id }
                return concerns.text(action.text)
            }
            let goalsKept = Set(selected.actions.map(\.goal))
            selected.goals = dossier.goals.filter { goalsKept.contains($0.id) || concerns.text($0.text) }
            selected.expenses = dossier.expenses.filter { concerns.text($0.description) }
            // An entry is kept with the corrections of it, so what a correction corrects is never missing.
            let kept = Set(dossier.journal.filter { $0.corrects == nil && concerns.text($0.text) }.map(\.id))
            selected.journal = dossier.journal.filter { entry in
                entry.corrects.map { kept.contains($0) } ?? kept.contains(entry.id)
            }
        }
        let objects = objectIds(of: selected, requests: linked)
        let about = events.filter { $0.object.map(objects.contains) ?? false }
        return SubjectAccess(dossier: selected, member: member, requests: linked, events: about)
    }

    /// The audit objects that stand for this household and its records: the household's id, its exports'
    /// (`avg:ID`) and the ids of its entries, referrals, their steps and requests — which are unique across
    /// the store. Member, goal and action ids (`m-1`, `g-1`) are not: every household has an `m-1`.
    static func objectIds(of dossier: Dossier, requests: [HelpRequest]) -> Set<String> {
        var ids: Set<String> = [dossier.id, "avg:" + dossier.id]
        ids.formUnion(dossier.journal.map(\.id))
        ids.formUnion(dossier.assessments.map(\.id))
        ids.formUnion(dossier.expenses.map(\.id))
        ids.formUnion(dossier.referrals.map(\.id))
        ids.formUnion(dossier.referrals.flatMap(\.steps).map(\.id))
        ids.formUnion(requests.map(\.id))
        ids.formUnion(requests.flatMap(\.events).map(\.id))
        return ids
    }

    /// Whether a free text concerns the member asked about: it names them, or it names no member at all.
    struct Concern {
        /// Folded first names of the member asked about; empty for the whole household.
        let own: Set<String>
        /// Folded first names of the other members.
        let others: Set<String>
        let isHousehold: Bool

        init(dossier: Dossier, member: Member?) {
            isHousehold = member == nil
            own = member.map { Concern.firstNames($0) } ?? []
            others = Set(dossier.members.filter { $0.id != member?.id }.flatMap(Concern.firstNames)).subtracting(own)
        }

        func text(_ text: String) -> Bool {
            guard !isHousehold else { return true }
            let words = Set(Folding.fold(text).split { !$0.isLetter }.map(String.init))
            return !own.isDisjoint(with: words) || others.isDisjoint(with: words)
        }

        /// The first word of a name, folded, when it is long enough to be told from ordinary words.
        static func firstNames(_ member: Member) -> Set<String> {
            guard let first = member.name.split(separator: " ").first else { return [] }
            let folded = Folding.fold(String(first))
            return folded.count > 2 && !DutchName.isParticle(folded) ? [folded] : []
        }
    }
}
