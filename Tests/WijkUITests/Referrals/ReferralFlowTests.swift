import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

/// A household in Ten Boer with debts (Financiën 2, a goal) and a lonely mother (Sociaal netwerk 3), and a
/// sociale kaart with low-threshold help and maatwerk for both.
enum ReferralFixture {
    static func resource(_ id: String, _ name: String, kind: String, category: String, domains: [String],
                         extra: String = "") -> String {
        "%rec: Resource\n\nId: \(id)\nName: \(name)\nKind: \(kind)\nCategory: \(category)\n"
            + domains.map { "Domain: \($0)\n" }.joined() + "Checked: 2026-09-01\nCheckedBy: w-ab\n" + extra
    }

    static func store() throws -> TemporaryStore {
        try TemporaryStore([
            "team/w-ab.rec": "%rec: Worker\n\nId: w-ab\nName: Anouk Bakker\nInitials: AB\nRole: coordinator\n",
            "resources/r-deel.rec": resource("r-deel", "Kulturhus De Deel", kind: "basic", category: "buurthuis",
                                             domains: ["Network", "Participation"], extra: "Area: Ten Boer\nWaitWeeks: 0\n"),
            "resources/r-humanitas.rec": resource("r-humanitas", "Humanitas Thuisadministratie", kind: "volunteers",
                                                  category: "thuisadministratie", domains: ["Finances"],
                                                  extra: "WaitWeeks: 3\n"),
            "resources/r-schuld.rec": resource("r-schuld", "Schuldhulpverlening Groningen", kind: "tailored",
                                               category: "schuldhulp", domains: ["Finances"],
                                               extra: "Route: decision\nWaitWeeks: 8\n"),
            "resources/r-jong.rec": resource("r-jong", "Jongerenwerk", kind: "basic", category: "jongerenwerk",
                                             domains: ["Network"], extra: "MinimumAge: 12\nMaximumAge: 23\n"),
            "households/h-1/household.rec": TemporaryStore.household("h-1", members: "Id: m-1\nName: Anouk de Vries\nBorn: 1985-04-12\n"),
            "households/h-1/plan.rec": "%rec: Goal\n\nId: g-1\nDomain: Finances\nText: Schulden op orde\nStatus: open\n",
            "households/h-1/zrm/z1.rec": "%rec: Assessment\n\nId: z1\nDate: 2026-10-01\nAssessor: w-ab\nSubject: household\n"
                + "Finances: 2\nNetwork: 3\nWork: 4\n",
        ])
    }

    static func app(_ store: TemporaryStore) throws -> AppState {
        let snapshot = try StoreReader.read(store.root)
        var state = AppState(snapshot: snapshot, viewer: snapshot.worker("w-ab"), storeLabel: "~/teststore",
                             workstation: "werkplek-1", writer: StoreWriter(root: store.root, workstation: "werkplek-1"),
                             audit: AuditLog(root: store.root, workstation: "werkplek-1"), now: Fixture.now)
        Fixture.press(&state, .enter)
        return state
    }
}

@Suite("Referring a household to the sociale kaart", .serialized)
struct ReferralFlowTests {
    @Test("V lists what fits the plan, low-threshold first, each with why; maatwerk last; the too-young group left out")
    func suggestions() throws {
        let store = try ReferralFixture.store()
        var state = try ReferralFixture.app(store)
        #expect(try StoreReader.read(store.root).problems.isEmpty)
        Fixture.press(&state, .character("V"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Wat past bij De Vries ──────────────────────────────────────────────────────┐
            │ Laagdrempelig eerst, dan maatwerk. Op de domeinen met een lage ZRM-score of  │
            │ een open doel, de leeftijden en het dorp. Enter: verwijzen.                  │
            │                                                                              │
            │ Laagdrempelig                                                                │
            │ ▸ Humanitas Thuisadministratie                            thuisadministratie │
            │     Financiën 2, doel: Schulden op orde · hele gemeente · 3 weken wachttijd  │
            │   Kulturhus De Deel                                                buurthuis │
            │     Sociaal netwerk 3 · in Ten Boer · geen wachttijd                         │
            │ Maatwerk                                                                     │
            │   Schuldhulpverlening Groningen                                   schuldhulp │
            │     Financiën 2, doel: Schulden op orde · hele gemeente · 8 weken wachttijd  │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └─────────────────────────────────────────────── Enter verwijzen  Esc sluiten ─┘
             AB Anouk Bakker
            """, name: "suggestions")
    }

    @Test("Refer with consent: the file holds who, what, consent and the first step; the plan and the journal show it")
    func referWithConsent() throws {
        let store = try ReferralFixture.store()
        var state = try ReferralFixture.app(store)
        Fixture.press(&state, .character("V"), .enter)
        #expect(state.form?.title == "Verwijzen naar Humanitas Thuisadministratie")
        #expect(state.form?.value("Goal") == "g-1", "the goal in the resource's domain")
        Fixture.fill(&state, "Waarom", "Post en rekeningen op orde brengen")
        Fixture.choose(&state, "Gegevens gedeeld", "ja")
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form != nil, "details shared without consent is refused")
        #expect(Fixture.render(state).contains("alleen met toestemming"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Verwijzen naar Humanitas Thuisadministratie ────────────────────────────────┐
            │ Zonder toestemming van de cliënt is het een advies: het team meldt niemand   │
            │ aan en deelt geen gegevens.                                                  │
            │                                                                              │
            │ Voor wie           ‹ het huishouden ›                                        │
            │ Doel               ‹ Financiën: Schulden op orde ›                           │
            │ Waarom             Post en rekeningen op orde breng…                         │
            │ Toestemming        ‹ nee ›                                                   │
            │ Toestemming op     23-11-2026                                                │
            │ Hoe gegeven        ‹ — ›                                                     │
            │ Gegevens gedeeld   ‹ ja ›                             alleen met toestemming │
            │ Status             ‹ voorgesteld ›                                           │
            │                                                                              │
            │ * verplicht                                                                  │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────── Tab volgend veld · Enter/Ctrl-S opslaan · Esc annuleren ─┘
             AB Anouk Bakker
            """, name: "referral-form")
        Fixture.choose(&state, "Toestemming", "ja")
        Fixture.press(&state, .ctrl("s"))
        #expect(Fixture.render(state).contains("hoe gegeven?"))
        Fixture.choose(&state, "Hoe gegeven", "mondeling")
        Fixture.choose(&state, "Status", "aangemeld")
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form == nil)

        let dossier = try #require(try StoreReader.read(store.root).dossiers.first)
        let referral = try #require(dossier.referrals.first)
        #expect(referral.resource == "r-humanitas" && referral.goal == "g-1" && referral.worker == "w-ab")
        #expect(referral.consent == Referral.Consent(given: true, date: Fixture.now.day, form: .oral))
        #expect(referral.detailsShared && referral.status == .registered && referral.steps.map(\.status) == [.registered])
        #expect(dossier.journal.map(\.text) == ["Verwijzing Humanitas Thuisadministratie: aangemeld."])
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
        let audit = AuditLog.read(root: store.root).entries.map { $0.event.action.rawValue + " " + ($0.event.object ?? "") }
        #expect(audit.contains("create h-1"))

        // Back in the plan: the referral under Verwijzingen; e takes it a step further.
        #expect(state.overlay == nil)
        Fixture.selectPlanRow(&state, .referral(referral.id))
        #expect(Fixture.render(state).contains("▸ • Humanitas Thuisadministratie (Anouk de Vries)") == false)
        #expect(Fixture.render(state).contains("▸ • Humanitas Thuisadministratie"))
        #expect(Fixture.render(state).contains("aangemeld 23-11-2026"))
        Fixture.press(&state, .character("e"))
        #expect(state.form?.fields.first?.shown == "gestart")
        Fixture.choose(&state, "Nieuwe status", "gestopt")
        Fixture.press(&state, .ctrl("s"))
        #expect(Fixture.render(state).contains("nodig bij het einde"))
        Fixture.fill(&state, "Uitkomst of reden", "Mevrouw wil het zelf doen.")
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form == nil)
        let after = try #require(try StoreReader.read(store.root).dossiers.first)
        #expect(after.referrals.first?.status == .stopped && after.referrals.first?.outcome == "Mevrouw wil het zelf doen.")
        #expect(after.referrals.first?.steps.map(\.status) == [.registered, .stopped])
        #expect(after.journal.map(\.text).contains("Verwijzing Humanitas Thuisadministratie: gestopt. Mevrouw wil het zelf doen."))
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
        Fixture.press(&state, .character("e"))
        #expect(state.form == nil && state.notice == "Deze verwijzing is afgesloten (gestopt).")
    }

    @Test("Without consent a referral is advice: nothing shared, the plan says advies, the journal says so")
    func advice() throws {
        let store = try ReferralFixture.store()
        var state = try ReferralFixture.app(store)
        Fixture.press(&state, .character("V"), .down, .enter, .ctrl("s"))
        let dossier = try #require(try StoreReader.read(store.root).dossiers.first)
        let referral = try #require(dossier.referrals.first)
        #expect(referral.resource == "r-deel" && referral.isAdviceOnly && !referral.detailsShared)
        #expect(dossier.journal.map(\.text) == ["Advies (zonder toestemming): Kulturhus De Deel."])
        Fixture.selectPlanRow(&state, .referral(referral.id))
        #expect(Fixture.render(state).contains("Kulturhus De Deel · advies"))
        let file = try String(contentsOfFile: store.root + "/households/h-1/referrals/" + referral.id + ".rec", encoding: .utf8)
        #expect(file.contains("Consent: no\n") && !file.contains("DetailsShared:"))
    }
}
