import Testing
import WijkDomain
import WijkStore
@testable import WijkUI

/// A fictional team of 90 households over 2026, enough for figures of five and more.
enum ReportsFixture {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static let dossiers: [Dossier] = (0..<90).map { i in
        let id = "h-" + String(100 + i)
        let started = Day(year: 2026, month: 1 + i % 10, day: 1 + i % 27)!
        let closes = i % 3 == 0
        let closed = closes ? min(started.adding(days: 30 + i % 40), day("2026-11-20")) : nil
        let reasons: [Household.CloseReason] = [.perPlan, .perPlan, .moved, .goalsAchieved]
        let household = Household(id: id, name: "Fictief \(i)", regisseur: ["w-ab", "w-mk", "w-ld"][i % 3],
                                  status: closes ? .closed : .active, start: started, closed: closed,
                                  closeReason: closes ? reasons[(i / 3) % reasons.count] : nil,
                                  satisfaction: closes ? 6 + i % 4 : nil)
        let first = ZRMScore(rawValue: 1 + i % 3)!
        let latest = ZRMScore(rawValue: min(5, first.rawValue + (i % 4 == 0 ? 0 : 1)))!
        let assessments = [
            Assessment(id: "z-1", date: started, assessor: "w-ab",
                       scores: [.finances: first, .network: .limitedSelfReliant, .housing: .sufficientlySelfReliant]),
            Assessment(id: "z-2", date: started.adding(days: 50), assessor: "w-ab",
                       scores: [.finances: latest, .network: i % 2 == 0 ? .sufficientlySelfReliant : .limitedSelfReliant,
                                .housing: i % 7 == 0 ? .limitedSelfReliant : .sufficientlySelfReliant]),
        ]
        let expenses = [
            Expense(id: "x-1", date: started.adding(days: 10), amount: Money(cents: Int64(25_000 + i * 1_000)),
                    description: "Fictief", domain: i % 2 == 0 ? .finances : .housing),
            Expense(id: "x-2", date: started.adding(days: 20), kind: .commitment, amount: Money(cents: 40_000),
                    description: "Fictief", domain: .participation),
        ]
        let referrals = [Referral(id: "r-1", household: id, date: started.adding(days: 5), worker: "w-ab",
                                  resource: Fixture.resources[i % 4].id,
                                  status: [.completed, .started, .rejected, .completed][i % 4])]
        return Dossier(household: household, budget: Budget(amount: Money(cents: i % 5 == 0 ? 50_000 : 150_000)),
                       expenses: expenses, assessments: assessments.filter { $0.date < day("2026-11-23") },
                       referrals: referrals)
    }

    static let snapshot = StoreSnapshot(root: "/tmp/teststore", info: TeamInfo(format: 1, team: "Sociaal team Ten Boer"),
                                        workers: Fixture.workers, resources: Fixture.resources, dossiers: dossiers)

    static func opened(plain: Bool = false, viewer: String = "w-ab") -> AppState {
        var state = Fixture.state(viewer: viewer, snapshot: snapshot)
        state.plainGlyphs = plain
        Fixture.press(&state, .character("5"))
        return state
    }
}

@Suite("The reports screen: one report at a time with bars and sparklines, for coördinators and beheerders")
struct ReportsScreenTests {
    @Test("5 opens the caseload: open households per worker against capacity with bars, new and closed per month")
    func caseload() {
        expectScreen(Fixture.render(ReportsFixture.opened()), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
            ┌─ Rapportages · Caseload ─────────────────────────────────────────────────────┐
            │ Caseload  Wachttijd  ZRM  Uitstroom  Resultaat  Budget  Tevredenheid ›       │
            │ 01-12-2025 t/m 23-11-2026 · stand 23-11-2026                                 │
            │                                                                              │
            │ Open huishoudens per medewerker                                              │
            │ Medewerker  Open  Capaciteit  Bezetting                                      │
            │ AB             0          40    0%                                           │
            │ LD            30          30  100% ██████████                                │
            │ MK            30          36   83% ████████▍                                 │
            │ totaal        60         106   57%                                           │
            │                                                                              │
            │ Per maand                                                                    │
            │             Aantal  per maand                                                │
            │ nieuw           90   ██████████                                              │
            │ afgesloten      30   ░░░░░░░░▅░▅                                             │
            │                     2025-12 – 2026-11 · hoogste █ = 9                        │
            │                                                                              │
            │ Open: huishoudens die niet zijn afgesloten, naar regisseur, nu. Nieuw:       │
            │ gestart in de maand; afgesloten: gesloten in de maand.                       │
            │ <5 = minder dan 5 huishoudens of hulpvragen, niet getoond · ░ = <5 per maand │
            │                                                                              │
            └──────────────────────────────────────── Tab rapport  p periode  Esc sluiten ─┘
             AB Anouk Bakker (demo)
            """, name: "reports-caseload")
    }

    @Test("In monochrome the bars and sparklines are plain characters, and no block character is drawn")
    func monochrome() {
        let screen = Fixture.render(ReportsFixture.opened(plain: true))
        expectScreen(screen, """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
            ┌─ Rapportages · Caseload ─────────────────────────────────────────────────────┐
            │ Caseload  Wachttijd  ZRM  Uitstroom  Resultaat  Budget  Tevredenheid ›       │
            │ 01-12-2025 t/m 23-11-2026 · stand 23-11-2026                                 │
            │                                                                              │
            │ Open huishoudens per medewerker                                              │
            │ Medewerker  Open  Capaciteit  Bezetting                                      │
            │ AB             0          40    0%                                           │
            │ LD            30          30  100% ##########                                │
            │ MK            30          36   83% ########                                  │
            │ totaal        60         106   57%                                           │
            │                                                                              │
            │ Per maand                                                                    │
            │             Aantal  per maand                                                │
            │ nieuw           90   @@@@@@@@@@                                              │
            │ afgesloten      30   ????????+?+                                             │
            │                     2025-12 – 2026-11 · hoogste # = 9                        │
            │                                                                              │
            │ Open: huishoudens die niet zijn afgesloten, naar regisseur, nu. Nieuw:       │
            │ gestart in de maand; afgesloten: gesloten in de maand.                       │
            │ <5 = minder dan 5 huishoudens of hulpvragen, niet getoond · ? = <5 per maand │
            │                                                                              │
            └──────────────────────────────────────── Tab rapport  p periode  Esc sluiten ─┘
             AB Anouk Bakker (demo)
            """, name: "reports-caseload-monochrome")
        #expect(!screen.contains(where: { "▁▂▃▄▅▆▇█▏▎▍▌▋▊▉░".contains($0) }))
    }

    @Test("Tab goes through the reports; the ZRM shows per domain the share that improved, small numbers as <5")
    func zrm() {
        var state = ReportsFixture.opened()
        Fixture.press(&state, .tab, .tab)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
            ┌─ Rapportages · ZRM ──────────────────────────────────────────────────────────┐
            │ Caseload  Wachttijd  ZRM  Uitstroom  Resultaat  Budget  Tevredenheid ›       │
            │ 01-12-2025 t/m 23-11-2026 · stand 23-11-2026                                 │
            │                                                                              │
            │ Voortgang per levensdomein                                                   │
            │ Domein               Huish.  Eerst  Laatst  Beter           Gelijk  Slechter │
            │ Financiën                82      2     2,7  72% ███████▎       28%        0% │
            │ Werk & opleiding          0      –       –    –                  –         – │
            │ Tijdsbesteding            0      –       –    –                  –         – │
            │ Huisvesting              82      4     3,9   0%                85%       15% │
            │ Huiselijke relaties       0      –       –    –                  –         – │
            │ Geestelijke gezond…       0      –       –    –                  –         – │
            │ Lichamelijke gezon…       0      –       –    –                  –         – │
            │ Middelengebruik           0      –       –    –                  –         – │
            │ Basale ADL                0      –       –    –                  –         – │
            │ Instrumentele ADL         0      –       –    –                  –         – │
            │ Sociaal netwerk          82      3     3,5  55% █████▌         45%        0% │
            │ Maatschappelijke p…       0      –       –    –                  –         – │
            │ Justitie                  0      –       –    –                  –         – │
            │                                                                              │
            │ Huishoudens met twee of meer ZRM-metingen op het domein, de laatste in de    │
            └──────────────── 1–17/19 · ↑↓ scrollen · Tab rapport  p periode  Esc sluiten ─┘
             AB Anouk Bakker (demo)
            """, name: "reports-zrm")
    }

    @Test("The outflow shows the closed households per reason with their months, and the median days of a case")
    func outflow() {
        var state = ReportsFixture.opened()
        Fixture.press(&state, .backTab, .backTab, .backTab, .backTab, .backTab, .backTab)
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
            ┌─ Rapportages · Uitstroom ────────────────────────────────────────────────────┐
            │ Caseload  Wachttijd  ZRM  Uitstroom  Resultaat  Budget  Tevredenheid ›       │
            │ 01-12-2025 t/m 23-11-2026 · stand 23-11-2026                                 │
            │                                                                              │
            │ Afgesloten per reden                                                         │
            │ Reden                      iWmo  iJw  Afgesl.        Duur (d)  per maand     │
            │ volgens plan               19    31   16 ██████████      43,5   ░░ ░░░░░░░░  │
            │ voortijdig, in overleg     23    34    0                    –                │
            │ voortijdig, door cliënt    21    32    0                    –                │
            │ voortijdig, door wijkteam  22    33    0                    –                │
            │ verhuisd uit de gemeente   31    35    7 ████▍             48     ░░ ░ ░░ ░  │
            │ naar andere aanbieder      38    38    0                    –                │
            │ naar Wlz of Zvw            39    39    0                    –                │
            │ overleden                  02    02    0                    –                │
            │ onbekend (zonder code)                 7 ████▍             39     ░░ ░░ ░ ░  │
            │ totaal                                30                 44,5   ░░░░░░░░█░█  │
            │                                                            2025-12 – 2026-11 │
            │                                                                              │
            │ Huishoudens afgesloten in de periode, per reden beëindiging met de code van  │
            │ iWmo (WMO588) en iJw (JZ588), release 3.2. Onbekend: afgesloten met een      │
            │ reden van vóór de codelijsten. Duur: mediaan in dagen van de start tot het   │
            └──────────────── 1–17/19 · ↑↓ scrollen · Tab rapport  p periode  Esc sluiten ─┘
             AB Anouk Bakker (demo)
            """, name: "reports-outflow")
    }

    @Test("The budget report scrolls: its per-month spending is further down")
    func budgetScrolls() {
        var state = ReportsFixture.opened()
        Fixture.press(&state, .right, .right, .right, .right, .right)
        #expect(Fixture.render(state).contains("Reports") || Fixture.render(state).contains("Rapportages · Budget"))
        Fixture.press(&state, .character("G"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
            ┌─ Rapportages · Budget ───────────────────────────────────────────────────────┐
            │ ‹ ZRM  Uitstroom  Resultaat  Budget  Tevredenheid  Voorzieningen  Wijkbeeld  │
            │ 01-12-2025 t/m 23-11-2026 · stand 23-11-2026                                 │
            │                                                                              │
            │ Financiën                  € 31.050,00       € 0,00      45   32% ███▏       │
            │ Huisvesting                € 31.500,00       € 0,00      45   32% ███▎       │
            │ Maatschappelijke partici…       € 0,00  € 36.000,00      90   37% ███▋       │
            │ totaal                     € 62.550,00  € 36.000,00      90  100%            │
            │                                                                              │
            │ Per maand                                                                    │
            │                 Bedrag  per maand                                            │
            │ besteed    € 62.550,00   ░█▇▇█▇██▇█░                                         │
            │ toegezegd  € 36.000,00   ░▅▅▅▅▄▅▅▄▅░                                         │
            │                         2025-12 – 2026-11 · hoogste █ = € 6.980,00           │
            │                                                                              │
            │ Budgetten van huishoudens met een lopende zaak in de periode, tegen alles    │
            │ wat erop is besteed en toegezegd. Het domein is alleen voor analyse: het     │
            │ budget is niet geoormerkt. Teruggedraaide boekingen tellen niet mee.         │
            │ <5 = minder dan 5 huishoudens of hulpvragen, niet getoond · ░ = <5 per maand │
            │ n<5 = gemiddelde, mediaan of aandeel niet getoond: berekend over minder dan  │
            │ 5, of het zou een getal <5 prijsgeven                                        │
            └─────────────── 10–26/26 · ↑↓ scrollen · Tab rapport  p periode  Esc sluiten ─┘
             AB Anouk Bakker (demo)
            """, name: "reports-budget-end")
    }

    @Test("p chooses the period; a last day before the first is refused at the field")
    func period() {
        var state = ReportsFixture.opened()
        Fixture.press(&state, .character("p"))
        Fixture.fill(&state, "Van", "01-07-2026")
        Fixture.fill(&state, "Tot en met", "30-06-2026")
        Fixture.press(&state, .enter)
        #expect(Fixture.render(state).contains("ligt voor de eerste dag"))
        Fixture.fill(&state, "Tot en met", "30-09-2026")
        Fixture.press(&state, .enter)
        let screen = Fixture.render(state)
        #expect(screen.contains("01-07-2026 t/m 30-09-2026 · stand 23-11-2026"), "\(screen)")
        #expect(state.workspace.reportPeriod == ReportPeriod(from: Fixture.day("2026-07-01"), to: Fixture.day("2026-09-30")))
    }

    @Test("A medewerker is refused the reports")
    func refused() {
        let state = ReportsFixture.opened(viewer: "w-mk")
        #expect(state.workspace.layers.isEmpty)
        #expect(Fixture.render(state).contains("Dat mag jouw rol niet."))
    }

    @Test("The reports screen names no household, street or client: only the workers' initials")
    func noNames() {
        var state = ReportsFixture.opened()
        for _ in ReportKind.allCases {
            let screen = Fixture.render(state)
            #expect(!screen.contains("Fictief") && !screen.contains("h-1"), "\(screen)")
            Fixture.press(&state, .tab)
        }
    }
}

@Suite("The reports screen and the retention periods")
struct ReportsRetentionTests {
    @Test("The reports screen says how many closed files are past their retention period, in the warning style")
    func retentionDue() {
        let old = Dossier(household: Household(id: "h-old", name: "Fictief oud", regisseur: "w-ab", status: .closed,
                                               start: Fixture.day("2004-03-01"), closed: Fixture.day("2008-06-30")))
        let young = Dossier(household: Household(id: "h-jong", name: "Fictief jong", regisseur: "w-ab", status: .closed,
                                                 start: Fixture.day("2004-03-01"), closed: Fixture.day("2008-06-30")),
                            members: [Member(id: "m-1", name: "Kind", born: Fixture.day("1995-01-01"))])
        var snapshot = ReportsFixture.snapshot
        snapshot.dossiers += [old, young]
        var state = Fixture.state(snapshot: snapshot)
        Fixture.press(&state, .character("5"))
        let screen = AppView.render(state, size: Fixture.size, now: Fixture.now)
        let line = screen.text.split(separator: "\n")[4]
        #expect(screen.cells[4 * 80 + 2].style == .warning)
        #expect(line == "│ 1 dossier over zijn bewaartermijn: wijk retention toont het                  │",
                "Wmo: 2008 + 15 ≤ 2026; the child of 9 makes it Jeugdwet, 2008 + 20 > 2026: \(line)")
    }
}
