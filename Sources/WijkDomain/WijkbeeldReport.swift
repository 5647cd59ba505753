/// A picture of the neighbourhood for prevention, per postcode area (its four digits): households, new
/// requests, referrals to low-threshold help against maatwerk, and the life domains most often scored 1–2.
/// It answers "where do we need a buurtinitiatief?" without a single name.
///
/// - A household counts in an area when its case ran in the period (started by its end, not closed before
///   its start; merged ones left out), by its address now.
/// - A request counts by the address it came with (the household's, when it came without one), in the
///   month it was received.
/// - A referral counts by the household's area, or the request's for one made from the inbox.
/// - A domain counts a household when the main subject's latest ZRM up to the end of the period scores it 1
///   or 2; its trend does the same at the end of each month.
public struct WijkbeeldReport: Sendable, Equatable {
    /// A life domain often scored low in an area, with the households per month.
    public struct Domain: Sendable, Equatable {
        public var domain: LifeDomain
        public var households: Tally
        public var perMonth: [Tally]
    }

    public struct Area: Sendable, Equatable {
        /// The four digits; empty for addresses without a postcode.
        public var postcode: String
        /// The place most of its addresses name.
        public var place: String
        public var households: Tally
        public var requests: Tally
        /// Requests received per month of the period, oldest first.
        public var perMonth: [Tally]
        public var lowThreshold: Tally
        public var tailored: Tally
        /// The domains most often scored 1–2, at most `Self.domainsShown`, most first.
        public var domains: [Domain]
    }

    /// How many low-scored domains an area names.
    public static let domainsShown = 3

    public var months: [Month]
    /// By postcode, the area without one last.
    public var areas: [Area]

    public init(_ dossiers: [Dossier], requests: [HelpRequest], resources: [Resource], period: ReportPeriod) {
        let months = period.months
        self.months = months
        let monthIndex = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        let kinds = Dictionary(resources.map { ($0.id, $0.kind) }) { a, _ in a }
        let empty = Array(repeating: Tally(), count: months.count)
        var areas: [String: Area] = [:]
        var places: [String: [String: Int]] = [:]
        // Per area and domain (in LifeDomain order), the households scored 1–2 now and at each month's end, as
        // plain lists: only the few domains an area names become tallies, the rest are only counted.
        struct Low {
            var households: [String] = []
            var perMonth: [[String]]
        }
        let domains = LifeDomain.allCases
        var low: [String: [Low]] = [:]
        func area(_ postcode: String, _ place: String) -> String {
            let key = Postcode.area(postcode) ?? ""
            if areas[key] == nil {
                areas[key] = Area(postcode: key, place: "", households: Tally(), requests: Tally(), perMonth: empty,
                                  lowThreshold: Tally(), tailored: Tally(), domains: [])
            }
            let place = place.trimmingCharacters(in: .whitespaces)
            if !place.isEmpty { places[key, default: [:]][place, default: 0] += 1 }
            return key
        }
        func refer(_ key: String, _ resource: String, as id: String) {
            guard let kind = kinds[resource] else { return }
            if kind.isLowThreshold { areas[key]!.lowThreshold.add(id) } else { areas[key]!.tailored.add(id) }
        }
        var homes: [String: (postcode: String, place: String)] = [:]
        for dossier in dossiers {
            let h = dossier.household
            homes[h.id] = (h.postcode, h.city)
            guard h.closeReason != .merged, (h.start ?? period.from) <= period.to,
                  !(h.status == .closed && (h.closed.map { $0 < period.from } ?? false)) else { continue }
            let key = area(h.postcode, h.city)
            areas[key]!.households.add(h.id)
            for referral in dossier.referrals where period.contains(referral.date) { refer(key, referral.resource, as: h.id) }
            guard let subject = dossier.mainAssessmentSubject else { continue }
            let assessed = dossier.assessments.filter { $0.subject == subject && $0.date <= period.to }
            guard let latest = assessed.last else { continue }
            // The assessment that stood at the end of each month, in one sweep over the dated history.
            var standing: [Assessment?] = []
            var next = 0
            for month in months {
                while next < assessed.count && assessed[next].date <= month.last { next += 1 }
                standing.append(next > 0 ? assessed[next - 1] : nil)
            }
            let scoredLow = domains.indices.filter { (latest.scores[domains[$0]]?.rawValue ?? 5) <= 2 }
            guard !scoredLow.isEmpty else { continue }
            var lows = low[key] ?? Array(repeating: Low(perMonth: Array(repeating: [], count: months.count)), count: domains.count)
            low[key] = nil  // so the lists below are grown where they lie, not copied
            for d in scoredLow {
                lows[d].households.append(h.id)
                for (i, then) in standing.enumerated() where (then?.scores[domains[d]]?.rawValue ?? 5) <= 2 {
                    lows[d].perMonth[i].append(h.id)
                }
            }
            low[key] = lows
        }
        for request in requests where period.contains(request.received) {
            let home = request.household.flatMap { homes[$0] }
            let postcode = request.postcode.isEmpty ? home?.postcode ?? "" : request.postcode
            let key = area(postcode, request.city.isEmpty ? home?.place ?? "" : request.city)
            let id = "request:" + request.id
            areas[key]!.requests.add(id)
            if let i = monthIndex[Month(request.received)] { areas[key]!.perMonth[i].add(id) }
        }
        for request in requests where request.status == .referred && request.household == nil {
            guard let resource = request.resource else { continue }
            let day = request.events.last { $0.status == .referred }?.date ?? request.received
            guard period.contains(day) else { continue }
            refer(area(request.postcode, request.city), resource, as: "request:" + request.id)
        }
        for key in areas.keys {
            areas[key]!.place = places[key]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
            let named = (low[key] ?? []).indices.filter { !low[key]![$0].households.isEmpty }
                .sorted { (low[key]![$0].households.count, $1) > (low[key]![$1].households.count, $0) }
                .prefix(Self.domainsShown)
            areas[key]!.domains = named.map { d in
                let entry = low[key]![d]
                func tally(_ ids: [String]) -> Tally { Tally(count: ids.count, households: Set(ids)) }
                return Domain(domain: domains[d], households: tally(entry.households), perMonth: entry.perMonth.map(tally))
            }
        }
        self.areas = areas.values.sorted { ($0.postcode.isEmpty ? "~" : $0.postcode) < ($1.postcode.isEmpty ? "~" : $1.postcode) }
    }
}
