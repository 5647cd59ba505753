/// Who could take a request on: each worker's open caseload against their capacity, their crisis cases,
/// the life domains they know, and whether they know the household or its street. Wijkdesk suggests, the
/// coordinator decides.
public enum AssignmentRanking {
    public struct Suggestion: Sendable, Equatable {
        public var worker: Worker
        /// Open households (registered or active) the worker is regisseur of.
        public var open: Int
        /// Capacity less `open`; nil when the worker has no capacity set.
        public var room: Int?
        public var crisis: Int
        /// The request's domains the worker specialises in.
        public var domains: [LifeDomain]
        /// The worker is (or wrote in the journal of) the household the request is linked to.
        public var knowsHousehold: Bool
        /// The worker has an open household in the same street.
        public var knowsStreet: Bool
        public var score: Int
    }

    /// The active workers who can be regisseur (not beheerders), best suggestion first.
    public static func rank(for request: HelpRequest, household: Dossier?, workers: [Worker],
                            dossiers: [Dossier]) -> [Suggestion] {
        let street = HouseholdMatcher.Place(street: request.street, postcode: request.postcode, city: request.city)
        return workers.filter { $0.active && $0.role != .admin }.map { worker in
            let mine = dossiers.filter { $0.household.regisseur == worker.id && $0.household.status != .closed }
            let room = worker.capacity.map { $0 - mine.count }
            let crisis = mine.filter(\.household.crisis).count
            let domains = request.domains.filter(worker.domains.contains)
            let knowsHousehold = household.map { d in
                d.household.regisseur == worker.id || d.journal.contains { $0.author == worker.id }
            } ?? false
            let knowsStreet = mine.contains { d in
                street.isSameStreet(as: HouseholdMatcher.Place(street: d.household.street, postcode: "",
                                                               city: d.household.city))
            }
            var score = min(15, max(-10, room ?? 0)) * 2 + domains.count * 4 - crisis * 2
            if knowsHousehold { score += 8 }
            if knowsStreet { score += 3 }
            if let room, room <= 0 { score -= 20 }
            return Suggestion(worker: worker, open: mine.count, room: room, crisis: crisis, domains: domains,
                              knowsHousehold: knowsHousehold, knowsStreet: knowsStreet, score: score)
        }.sorted { ($0.score, $0.room ?? Int.min) > ($1.score, $1.room ?? Int.min)
            || (($0.score, $0.room ?? Int.min) == ($1.score, $1.room ?? Int.min) && $0.worker.name < $1.worker.name) }
    }
}
