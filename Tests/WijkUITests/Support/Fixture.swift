import WijkDomain
import WijkStore
@testable import WijkUI

/// A small fictional team for screen tests: fixed data, a fixed day, 80×24.
enum Fixture {
    static let now = LocalTime(day: Day(year: 2026, month: 11, day: 23)!, hour: 9, minute: 30)
    static let size = Size(columns: 80, rows: 24)

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static let workers = [
        Worker(id: "w-ab", name: "Anouk Bakker", initials: "AB", role: .coordinator, capacity: 40),
        Worker(id: "w-mk", name: "Mehmet Kaya", initials: "MK", role: .worker, capacity: 36),
        Worker(id: "w-ld", name: "Lieke Dijkstra", initials: "LD", role: .worker, capacity: 30),
    ]

    static let resources = [
        Resource(id: "r-deel", name: "Kulturhus De Deel", kind: .basic, category: "buurthuis",
                 domains: [.network, .participation], address: "Hendrik Westerstraat 24, 9791 CT Ten Boer",
                 area: "Ten Boer", phone: "050 302 88 88", hours: "ma 13:30–16:30, wo en vr 9:00–12:00",
                 description: "Ontmoeting, koffieochtend en activiteiten voor alle leeftijden.",
                 checked: Day(iso: "2026-09-01"), checkedBy: "w-ab"),
        Resource(id: "r-voedselbank", name: "Voedselbank Ten Boer", kind: .volunteers, category: "voedselbank",
                 domains: [.finances], area: "Ten Boer", phone: "050 302 11 22", hours: "do 14:00–16:00",
                 waitWeeks: 0, checked: Day(iso: "2026-06-01"), checkedBy: "w-mk"),
        Resource(id: "r-ggz", name: "GGZ-team Noord", kind: .tailored, category: "ggz", domains: [.mentalHealth],
                 phone: "050 123 45 67", hours: "ma–vr 9:00–17:00", route: .gp, waitWeeks: 8,
                 checked: Day(iso: "2026-10-01"), checkedBy: "w-ab"),
        Resource(id: "r-geheugen", name: "GeheugenHuis Ten Boer", kind: .basic, category: "dementie",
                 domains: [.mentalHealth, .network], phone: "050 302 33 44", hours: "di 10:00–15:00",
                 checked: Day(iso: "2025-05-01"), checkedBy: "w-ab"),
    ]

    static func entry(_ id: String, _ date: String, _ text: String, kind: JournalEntry.Kind = .homevisit,
                      author: String = "w-ab", corrects: String? = nil) -> JournalEntry {
        JournalEntry(id: id, date: day(date), kind: kind, minutes: 45, author: author, corrects: corrects, text: text)
    }

    static let deVries = Dossier(
        household: Household(id: "h-0001", name: "De Vries", street: "Stationsweg 12", postcode: "9791 AB",
                             city: "Ten Boer", phone: "050 302 1234", regisseur: "w-ab", status: .active,
                             start: day("2026-02-02"), evaluation: day("2026-12-01")),
        members: [Member(id: "m-1", name: "Anouk de Vries", born: day("1985-04-12"), relation: "ouder"),
                  Member(id: "m-2", name: "Sem de Vries", born: day("2017-06-01"), relation: "kind")],
        goals: [Goal(id: "g-1", domain: .finances, text: "Schulden in beeld, betalingsregeling",
                     target: .sufficientlySelfReliant, due: day("2027-03-01"))],
        actions: [Action(id: "a-1", goal: "g-1", text: "Aanmelden Kredietbank", who: .regisseur,
                         due: day("2026-11-15")),
                  Action(id: "a-2", goal: "g-1", text: "Post sorteren", who: .member("m-1"),
                         due: day("2026-12-10"), status: .done)],
        budget: Budget(amount: Money(cents: 250_000)),
        expenses: [Expense(id: "x-1", date: day("2026-05-01"), amount: Money(cents: 120_050),
                           description: "Fiets voor werk")],
        journal: [
            entry("j-1", "2026-10-02", "Kennismaking thuis. Post stapelt zich op.\nAfspraak over administratie."),
            entry("j-2", "2026-11-18", "Gebeld over brief van de Kredietbank.", kind: .phone),
            entry("j-3", "2026-11-19", "Het was een brief van de woningcorporatie.", kind: .note, corrects: "j-2"),
        ],
        assessments: [
            Assessment(id: "z-1", date: day("2026-02-10"), assessor: "w-ab",
                       scores: [.finances: .acute, .housing: .limitedSelfReliant, .network: .notSelfReliant]),
            Assessment(id: "z-2", date: day("2026-10-13"), assessor: "w-ab",
                       scores: [.finances: .limitedSelfReliant, .housing: .limitedSelfReliant,
                                .network: .acute]),
        ])

    static let dossiers: [Dossier] = [
        deVries,
        Dossier(household: Household(id: "h-0002", name: "Yılmaz-Bakker", street: "Kerkstraat 3", postcode: "9791 BC",
                                     city: "Ten Boer", regisseur: "w-mk", status: .active,
                                     start: day("2026-01-15"), evaluation: day("2026-11-01"), crisis: true),
                members: [Member(id: "m-1", name: "Gül Yılmaz", born: day("1979-09-30"), relation: "ouder")],
                journal: [entry("j-1", "2026-09-01", "Eerste gesprek.", author: "w-mk")]),
        Dossier(household: Household(id: "h-0003", name: "Nguyễn", street: "Thesingerweg 7", postcode: "9797 PB",
                                     city: "Thesinge", regisseur: "w-ld", status: .registered, start: day("2026-11-20")),
                members: [Member(id: "m-1", name: "Nguyễn Văn An", born: day("1950-02-01"), relation: "alleenstaand")]),
        Dossier(household: Household(id: "h-0004", name: "王 (Wang)", street: "Dorpsstraat 9", postcode: "9798 TA",
                                     city: "Garmerwolde", regisseur: "w-mk", status: .active,
                                     start: day("2026-06-01"), evaluation: day("2027-01-10")),
                members: [Member(id: "m-1", name: "王芳 (Wang Fang)", born: day("1990-05-05"), relation: "ouder")],
                journal: [entry("j-1", "2026-11-21", "Gesprek op kantoor over taalcursus.", kind: .office, author: "w-mk")]),
        Dossier(household: Household(id: "h-0005", name: "Van der Berg", street: "Woldweg 2", postcode: "9795 TC",
                                     city: "Woltersum", regisseur: "w-ld", status: .active, confidentiality: .restricted,
                                     start: day("2026-04-01"), evaluation: day("2027-02-01")),
                journal: [entry("j-1", "2026-11-10", "Veiligheidsplan besproken.", author: "w-ld")]),
        Dossier(household: Household(id: "h-0006", name: "Ëlzinga", street: "Molenweg 5", postcode: "9791 DE",
                                     city: "Ten Boer", regisseur: "w-ab", status: .closed, start: day("2025-03-01"),
                                     evaluation: day("2025-12-01"))),
    ]

    static let snapshot = StoreSnapshot(root: "/tmp/teststore", info: TeamInfo(format: 1, team: "Sociaal team Ten Boer"),
                                        workers: workers, resources: resources, dossiers: dossiers)

    /// The app as the coordinator Anouk Bakker sees it in the demo.
    static func state(viewer: String = "w-ab", snapshot: StoreSnapshot = Fixture.snapshot,
                      language: Language = .nl, workstation: String = "") -> AppState {
        AppState(snapshot: snapshot, viewer: workers.first { $0.id == viewer }, isDemo: true,
                 storeLabel: "~/.local/share/wijkdesk/demo", strings: Strings(language), workstation: workstation, now: now)
    }

    static func render(_ state: AppState, size: Size = Fixture.size) -> String {
        AppView.render(state, size: size, now: now).text
    }

    /// Presses `keys` one after another.
    static func press(_ state: inout AppState, _ keys: Key..., size: Size = Fixture.size) {
        for key in keys { _ = state.handle(key, size: size, now: now) }
    }

    /// Types `text` as character keys.
    static func type(_ state: inout AppState, _ text: String, size: Size = Fixture.size) {
        for c in text { _ = state.handle(.character(c), size: size, now: now) }
    }
}
