import Testing
@testable import WijkDomain

@Suite("Signals, progress and budget of a household")
struct DossierTests {
    let today = Day(year: 2026, month: 11, day: 23)!

    func day(_ iso: String) -> Day { Day(iso: iso)! }

    func dossier(status: Household.Status = .active, evaluation: String? = "2026-12-01", crisis: Bool = false,
                 journal: [JournalEntry] = [], actions: [Action] = [], start: String = "2026-01-10") -> Dossier {
        Dossier(household: Household(id: "h-1", name: "De Vries", regisseur: "w-ab", status: status,
                                     start: day(start), evaluation: evaluation.map(day), crisis: crisis),
                actions: actions, journal: journal)
    }

    func entry(_ date: String, _ kind: JournalEntry.Kind = .homevisit, id: String = "e") -> JournalEntry {
        JournalEntry(id: id + date, date: day(date), kind: kind, author: "w-ab", text: "x")
    }

    @Test("A household seen recently, evaluated in time, without crisis raises no signal")
    func quiet() {
        #expect(dossier(journal: [entry("2026-11-10")]).signals(on: today).isEmpty)
    }

    @Test("An evaluation date in the past is overdue; today is not")
    func evaluationOverdue() {
        #expect(dossier(evaluation: "2026-11-22", journal: [entry("2026-11-20")]).signals(on: today)
                == [.evaluationOverdue])
        #expect(dossier(evaluation: "2026-11-23", journal: [entry("2026-11-20")]).signals(on: today).isEmpty)
    }

    @Test("Thirty days without contact raises the signal; 29 do not")
    func noContact() {
        #expect(dossier(journal: [entry("2026-10-24")]).signals(on: today) == [.noRecentContact])
        #expect(dossier(journal: [entry("2026-10-25")]).signals(on: today).isEmpty)
    }

    @Test("Notes and chain-partner meetings are not contact with the household")
    func notesAreNotContact() {
        let journal = [entry("2026-09-01", .phone), entry("2026-11-20", .note, id: "n"),
                       entry("2026-11-21", .partner, id: "p")]
        #expect(dossier(journal: journal).signals(on: today) == [.noRecentContact])
        #expect(dossier(journal: journal).lastContact == day("2026-09-01"))
    }

    @Test("A new household without any journal counts from its start date")
    func noJournalYet() {
        #expect(dossier(journal: [], start: "2026-11-01").signals(on: today).isEmpty)
        #expect(dossier(journal: [], start: "2026-10-01").signals(on: today) == [.noRecentContact])
    }

    @Test("Crisis and an overdue open action show; a done action does not")
    func crisisAndActions() {
        let actions = [Action(id: "a-1", text: "Bellen", due: day("2026-11-01"), status: .done),
                       Action(id: "a-2", text: "Aanmelden", due: day("2026-11-22"))]
        let signals = dossier(crisis: true, journal: [entry("2026-11-20")], actions: actions).signals(on: today)
        #expect(signals == [.crisis, .actionOverdue])
    }

    @Test("A closed household raises no signals")
    func closed() {
        #expect(dossier(status: .closed, evaluation: "2020-01-01", crisis: true).signals(on: today).isEmpty)
    }

    @Test("Progress compares the first and the latest score of each domain")
    func progress() {
        let a1 = Assessment(id: "1", date: day("2026-03-01"), assessor: "w-ab",
                            scores: [.finances: .notSelfReliant, .housing: .fullySelfReliant])
        let a2 = Assessment(id: "2", date: day("2026-10-01"), assessor: "w-ab",
                            scores: [.finances: .sufficientlySelfReliant, .network: .limitedSelfReliant])
        let member = Assessment(id: "3", date: day("2026-11-01"), assessor: "w-ab", subject: "m-1",
                                scores: [.finances: .acute])
        let d = Dossier(household: Household(id: "h", name: "X", regisseur: "w-ab"),
                        assessments: [a2, member, a1])
        #expect(d.mainAssessmentSubject == Assessment.householdSubject)
        let progress = d.progress
        #expect(progress.map(\.domain) == [.finances, .housing, .network])
        #expect(progress[0].change == 2)
        #expect(progress[0].firstDate == day("2026-03-01"))
        #expect(progress[1].change == 0)
        #expect(progress[2].first == .limitedSelfReliant)
    }

    @Test("The balance is the budget minus everything spent or committed, and can go below zero")
    func balance() {
        let expenses = [Expense(id: "1", date: day("2026-05-01"), amount: Money(cents: 150_000), description: "a"),
                        Expense(id: "2", date: day("2026-06-01"), kind: .commitment, amount: Money(cents: 120_050),
                                description: "b")]
        let d = Dossier(household: Household(id: "h", name: "X", regisseur: "w-ab"),
                        budget: Budget(amount: Money(cents: 250_000)), expenses: expenses)
        #expect(d.spent == Money(cents: 270_050))
        #expect(d.balance == Money(cents: -20_050))
    }

    @Test("A restricted household opens only for its regisseur and coordinators")
    func access() {
        let household = Household(id: "h", name: "X", regisseur: "w-ab", confidentiality: .restricted)
        #expect(Access.canOpen(household, as: Worker(id: "w-ab", name: "A", initials: "AB")))
        #expect(Access.canOpen(household, as: Worker(id: "w-cd", name: "C", initials: "CD", role: .coordinator)))
        #expect(!Access.canOpen(household, as: Worker(id: "w-ef", name: "E", initials: "EF")))
        #expect(!Access.canOpen(household, as: Worker(id: "w-gh", name: "G", initials: "GH", role: .admin)))
        #expect(!Access.canOpen(household, as: nil))
        #expect(Access.canOpen(Household(id: "n", name: "Y", regisseur: "w-ab"), as: nil))
    }

    @Test("Dutch names sort past their tussenvoegsels")
    func sortKey() {
        #expect(DutchName.sortKey("de Vries") == "vries")
        #expect(DutchName.sortKey("Van der Berg") == "berg")
        #expect(DutchName.sortKey("Ten Boer") == "boer")
        #expect(DutchName.sortKey("De") == "de")
        #expect(DutchName.sortKey("Yılmaz-Bakker") == "yılmaz-bakker")
    }

    @Test("Actors read and write their stored codes")
    func actors() {
        for code in ["regisseur", "netwerk", "member:m-1", "resource:r-de-deel"] {
            #expect(Actor(code: code)?.code == code)
        }
        #expect(Actor(code: "member:") == nil)
        #expect(Actor(code: "buurman") == nil)
    }
}
