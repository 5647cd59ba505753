import Testing
import WijkDomain

@Suite("Referrals: consent, steps, stuck")
struct ReferralTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func referral(_ status: Referral.Status, steps: [Referral.Status], consent: Bool = true,
                         shared: Bool = false, outcome: String = "", last: String = "2026-10-01") -> Referral {
        let dates = steps.indices.map { i in i == steps.count - 1 ? day(last) : day("2026-09-01").adding(days: i) }
        return Referral(id: "f-1", household: "h-1", date: day("2026-09-01"), worker: "w-ab", resource: "r-deel",
                        consent: consent ? Referral.Consent(given: true, date: day("2026-09-01"), form: .oral)
                                         : Referral.Consent(given: false),
                        detailsShared: shared, status: status, outcome: outcome,
                        steps: zip(steps, dates).enumerated().map { i, pair in
                            Referral.Step(id: "s-\(i)", date: pair.1, worker: "w-ab", status: pair.0)
                        })
    }

    @Test("A referral goes proposed → aangemeld → gestart → afgerond, and may be rejected or stopped before its end")
    func transitions() {
        #expect(Referral.Status.proposed.next == [.registered, .rejected, .stopped])
        #expect(Referral.Status.started.next == [.completed, .stopped])
        #expect(Referral.Status.completed.next.isEmpty && Referral.Status.rejected.next.isEmpty)
        let started = Self.referral(.started, steps: [.proposed, .registered, .started])
        #expect(started.problems.isEmpty)
        #expect(started.mayMove(to: .completed) && !started.mayMove(to: .registered))
        let skipped = Self.referral(.completed, steps: [.proposed, .completed], outcome: "Gaat goed.")
        #expect(skipped.problems == [.skipped(from: .proposed, to: .completed)])
    }

    @Test("Without consent a referral is advice only, and no details may be marked as shared")
    func consent() {
        let advice = Self.referral(.proposed, steps: [.proposed], consent: false)
        #expect(advice.isAdviceOnly && advice.problems.isEmpty)
        let leaked = Self.referral(.proposed, steps: [.proposed], consent: false, shared: true)
        #expect(leaked.problems == [.sharedWithoutConsent])
        var incomplete = Self.referral(.proposed, steps: [.proposed])
        incomplete.consent.form = nil
        #expect(incomplete.problems == [.consentIncomplete])
    }

    @Test("An end needs an outcome in words")
    func outcome() {
        #expect(Self.referral(.rejected, steps: [.proposed, .rejected]).problems == [.missingOutcome])
        #expect(Self.referral(.rejected, steps: [.proposed, .rejected], outcome: "Wachtlijst te lang.").problems.isEmpty)
    }

    @Test("An open referral whose status has not moved for 4 weeks is stuck; a closed one never is")
    func stuck() {
        let open = Self.referral(.registered, steps: [.proposed, .registered], last: "2026-10-26")
        #expect(!open.isStuck(on: Self.day("2026-11-22")), "27 days")
        #expect(open.isStuck(on: Self.day("2026-11-23")), "28 days")
        let done = Self.referral(.completed, steps: [.proposed, .registered, .started, .completed], outcome: "Klaar.",
                                 last: "2026-01-05")
        #expect(!done.isStuck(on: Self.day("2026-11-23")))
        let household = Household(id: "h-1", name: "De Vries", regisseur: "w-ab", status: .active)
        #expect(Dossier(household: household, referrals: [open]).signals(on: Self.day("2026-11-23")).contains(.referralStuck))
    }
}

@Suite("Resources: staleness, ages, areas, order")
struct ResourceTests {
    @Test("Details not checked for 12 months, or never, are to be checked")
    func staleness() {
        let checked = Resource(id: "r-1", name: "Buurthuis", checked: Day(iso: "2025-11-23"))
        #expect(checked.isStale(on: Day(iso: "2026-11-23")!))
        #expect(!checked.isStale(on: Day(iso: "2026-11-22")!))
        #expect(Resource(id: "r-2", name: "Nooit").isStale(on: Day(iso: "2026-01-01")!))
    }

    @Test("An age range takes both ends; an open end takes everyone; the whole municipality serves every village")
    func agesAndAreas() {
        let youth = Resource(id: "r-1", name: "Jongerenwerk", minimumAge: 12, maximumAge: 23, area: "Ten Boer")
        #expect(youth.takes(age: 12) && youth.takes(age: 23) && !youth.takes(age: 24) && !youth.takes(age: 11))
        #expect(Resource(id: "r-2", name: "55+", minimumAge: 55).takes(age: 90))
        #expect(youth.serves(area: "ten boer") && !youth.serves(area: "Thesinge"))
        #expect(Resource(id: "r-3", name: "Overal").serves(area: "Thesinge"))
    }

    @Test("Lists put every low-threshold kind before maatwerk, then names as people read them")
    func order() {
        let resources = [Resource(id: "a", name: "GGZ", kind: .tailored), Resource(id: "b", name: "Ékip", kind: .volunteers),
                         Resource(id: "c", name: "buurthuis", kind: .basic), Resource(id: "d", name: "Zorgmaatje", kind: .informalCare)]
        #expect(resources.sorted(by: Resource.inListOrder).map(\.id) == ["c", "b", "d", "a"])
    }
}
