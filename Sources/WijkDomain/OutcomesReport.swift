/// What closed cases achieved, as the outcome indicators for youth and social support measure it, and who
/// referred the requests of the period, as the iJw referrer list (COD327) codes it.
///
/// Each indicator is answered yes, no or unknown per household closed in the period (merged ones left out):
/// - *self-reliant*: the worker's answer at closing, whether the household can carry on without help;
/// - *no new start*: no request for the household received within a year after closing; unknown until the
///   year has passed;
/// - *problems reduced*: the latest ZRM up to closing scores higher, summed over the domains scored in both,
///   than the first; unknown with fewer than two;
/// - *goals met*: at least half of the plan's goals achieved; unknown without goals.
public struct OutcomesReport: Sendable, Equatable {
    /// The four indicators, in the order the report shows them.
    public enum Indicator: String, CaseIterable, Sendable {
        case selfReliant = "self-reliant"
        case noNewStart = "no-new-start"
        case problemsReduced = "problems-reduced"
        case goalsMet = "goals-met"
    }

    /// How the households closed in the period answer one indicator.
    public struct Row: Sendable, Equatable {
        public var indicator: Indicator
        public var yes: Tally
        public var no: Tally
        public var unknown: Tally
    }

    /// The referrer codes of iJw's COD327, release 3.2.
    public enum Referrer: String, CaseIterable, Sendable {
        case municipality = "01"
        case gp = "02"
        case youthDoctor = "03"
        case certifiedInstitution = "04"
        case specialist = "05"
        case selfReferral = "06"
        case justice = "08"

        /// Who referred a request that came in by `channel`. The team is the municipality's access to help:
        /// whatever a partner (school, police, housing, district nurse) passed on counts as the municipality,
        /// a request made by the household itself as self-referral; "other" is not known.
        public init?(_ channel: HelpRequest.Channel) {
            switch channel {
            case .gp: self = .gp
            case .phone, .walkIn, .email, .selfReferral: self = .selfReferral
            case .school, .districtNurse, .housing, .police: self = .municipality
            case .other: return nil
            }
        }
    }

    public struct ReferrerRow: Sendable, Equatable {
        /// Nil for requests whose channel says nothing of who referred.
        public var referrer: Referrer?
        /// Requests received in the period, tallied by request.
        public var requests: Tally
    }

    public var closed: Tally
    public var rows: [Row]
    /// Every code of the list, then the unknown ones when there are any.
    public var referrers: [ReferrerRow]
    public var requests: Tally

    public init(_ dossiers: [Dossier], requests: [HelpRequest], period: ReportPeriod, today: Day) {
        var closed = Tally()
        var rows = Indicator.allCases.map { Row(indicator: $0, yes: Tally(), no: Tally(), unknown: Tally()) }
        var later: [String: [Day]] = [:]
        for request in requests { if let household = request.household { later[household, default: []].append(request.received) } }
        for dossier in dossiers {
            let household = dossier.household
            guard household.status == .closed, household.closeReason != .merged, let day = household.closed,
                  period.contains(day) else { continue }
            closed.add(dossier.id)
            let answers = [household.selfReliant,
                           Self.noNewStart(closed: day, requests: later[dossier.id] ?? [], today: today),
                           Self.problemsReduced(dossier, until: day), Self.goalsMet(dossier)]
            for (i, answer) in answers.enumerated() {
                switch answer {
                case true?: rows[i].yes.add(dossier.id)
                case false?: rows[i].no.add(dossier.id)
                case nil: rows[i].unknown.add(dossier.id)
                }
            }
        }
        self.closed = closed
        self.rows = rows
        var byReferrer: [Referrer?: Tally] = [:]
        var all = Tally()
        for request in requests where period.contains(request.received) {
            byReferrer[Referrer(request.channel), default: Tally()].add("request:" + request.id)
            all.add("request:" + request.id)
        }
        referrers = Referrer.allCases.map { ReferrerRow(referrer: $0, requests: byReferrer[$0] ?? Tally()) }
            + (byReferrer[nil].map { [ReferrerRow(referrer: nil, requests: $0)] } ?? [])
        self.requests = all
    }

    /// No request for the household within a year after `closed`: yes once the year has passed without one,
    /// no as soon as one came, unknown before.
    public static func noNewStart(closed: Day, requests: [Day], today: Day) -> Bool? {
        let yearOn = closed.adding(days: 365)
        if requests.contains(where: { closed < $0 && $0 <= yearOn }) { return false }
        return today >= yearOn ? true : nil
    }

    /// Whether the main subject's latest ZRM up to `until` scores higher than the first, over the domains
    /// scored in both; nil with fewer than two assessments or no domain in common.
    public static func problemsReduced(_ dossier: Dossier, until: Day) -> Bool? {
        guard let subject = dossier.mainAssessmentSubject else { return nil }
        let assessed = dossier.assessments.filter { $0.subject == subject && $0.date <= until }
        guard assessed.count >= 2, let first = assessed.first, let last = assessed.last else { return nil }
        let common = LifeDomain.allCases.filter { first.scores[$0] != nil && last.scores[$0] != nil }
        guard !common.isEmpty else { return nil }
        let before = common.reduce(0) { $0 + first.scores[$1]!.rawValue }
        let after = common.reduce(0) { $0 + last.scores[$1]!.rawValue }
        return after > before
    }

    /// Whether at least half of the plan's goals were achieved; nil for a plan without goals.
    public static func goalsMet(_ dossier: Dossier) -> Bool? {
        guard !dossier.goals.isEmpty else { return nil }
        return dossier.goals.filter { $0.status == .achieved }.count * 2 >= dossier.goals.count
    }
}
