import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

/// Requests for the fixture's team, on Monday 23 November 2026.
enum InboxFixture {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static let requests = [
        HelpRequest(id: "r-kuiper", received: day("2026-11-23"), time: "08:12", channel: .phone, urgency: .crisis,
                    name: "Hennie Kuiper", street: "Stadsweg 41", postcode: "9793 KD", city: "Sint Annen",
                    question: "Uitzetting vrijdag.", domains: [.housing, .finances], takenBy: "w-ab"),
        HelpRequest(id: "r-smid", received: day("2026-11-16"), channel: .police, urgency: .urgent, name: "J. Smid",
                    street: "Lellensterweg 12", postcode: "9792 NK", city: "Lellens", requester: "R. Mulder",
                    requesterOrganisation: "Politie", question: "Huis vervuild.", domains: [.instrumentalADL],
                    takenBy: "w-mk"),
        HelpRequest(id: "r-yilmaz", received: day("2026-11-19"), channel: .school, urgency: .regular,
                    name: "Rania Yilmaz", street: "Kerkstraat 3", postcode: "9791 BC", city: "Ten Boer",
                    question: "Zoon komt niet meer op school.\nMoeder vraagt hulp.", domains: [.work], takenBy: "w-ab"),
        HelpRequest(id: "r-nguyen", received: day("2026-11-20"), channel: .gp, urgency: .regular, name: "Fam. Nguyen",
                    street: "Thesingerweg", city: "Thesinge", question: "Eenzaam.", domains: [.network], takenBy: "w-ab",
                    status: .inProgress,
                    events: [HelpRequest.Event(id: "e1", date: day("2026-11-20"), time: "10:00", worker: "w-ab",
                                               status: .inProgress)]),
        HelpRequest(id: "r-done", received: day("2026-11-02"), channel: .email, urgency: .regular, name: "Klaar",
                    question: "Al gedaan.", status: .referred, resource: "r-voedselbank",
                    events: [HelpRequest.Event(id: "e2", date: day("2026-11-03"), worker: "w-ab", status: .referred)]),
    ]

    static var snapshot: StoreSnapshot {
        var snapshot = Fixture.snapshot
        snapshot.requests = requests
        return snapshot
    }

    /// A real store with the fixture's two households, its team and one request for `r-yilmaz`'s address.
    static func store() throws -> TemporaryStore {
        let request = requests[2]
        return try TemporaryStore([
            "team/w-ab.rec": "%rec: Worker\n\nId: w-ab\nName: Anouk Bakker\nInitials: AB\nRole: coordinator\nCapacity: 30\nDomain: Finances\n",
            "team/w-mk.rec": "%rec: Worker\n\nId: w-mk\nName: Mehmet Kaya\nInitials: MK\nRole: worker\nCapacity: 20\nDomain: Work\n",
            "resources/r-deel.rec": "%rec: Resource\n\nId: r-deel\nName: Kulturhus De Deel\nKind: buurthuis\n",
            "households/h-1/household.rec": TemporaryStore.household("h-1", name: "Yilmaz-Bakker")
                .replacingOccurrences(of: "Stationsweg 1\nPostcode: 9791 AB", with: "Kerkstraat 3\nPostcode: 9791 BC")
                .replacingOccurrences(of: "Regisseur: w-ab", with: "Regisseur: w-mk"),
            "requests/r-yilmaz.rec": RecfileWriter.format(StoreEncoder.helpRequestFile(request)),
        ])
    }

    static func app(_ store: TemporaryStore, as worker: String = "w-ab") throws -> AppState {
        let snapshot = try StoreReader.read(store.root)
        return AppState(snapshot: snapshot, viewer: snapshot.worker(worker), storeLabel: "~/teststore",
                        workstation: "werkplek-1", writer: StoreWriter(root: store.root, workstation: "werkplek-1"),
                        audit: AuditLog(root: store.root, workstation: "werkplek-1"), now: Fixture.now)
    }
}

@Suite("The coordinator's inbox of requests for help", .serialized)
struct InboxTests {
    @Test("4 opens the inbox: open requests by urgency and norm, waiting in working days, marked without colour")
    func inbox() {
        var state = Fixture.state(snapshot: InboxFixture.snapshot)
        #expect(Fixture.render(state).split(separator: "\n").last?.contains("3 nieuw · 1 over norm 4") == true)
        let wide = Fixture.render(state, size: Size(columns: 120, rows: 30))
        #expect(wide.split(separator: "\n").last?.contains("3 nieuwe hulpvragen, 1 over de norm 4") == true)
        Fixture.press(&state, .character("4"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
            ┌─ Hulpvragen · 4 open ────────────────────────────────────────────────────────┐
            │   Urgentie   Sinds Naam                    Status                  Wachttijd │
            │ ▸ ‼ crisis   23-11 Hennie Kuiper           nieuw                        0 wd │
            │   ! urgent   16-11 J. Smid                 nieuw           ⚠ +2 wd over norm │
            │   · regulier 19-11 Rania Yilmaz            nieuw                        2 wd │
            │   · regulier 20-11 Fam. Nguyen             in behandeling               1 wd │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └────────────────── Enter openen  n nieuw  v alle/open  / filter  Esc sluiten ─┘
             AB Anouk Bakker (demo)   3 nieuw · 1 over norm 4
            """, name: "inbox")
        Fixture.press(&state, .character("v"))
        #expect(Fixture.render(state).contains("Klaar") && Fixture.render(state).contains("doorverwezen"))
        Fixture.press(&state, .character("v"), .character("/"))
        Fixture.type(&state, "school")
        #expect(Fixture.render(state).contains("Rania Yilmaz") && !Fixture.render(state).contains("J. Smid"))
    }

    @Test("A request in full shows who asks, the norm and the households it may be about; k lists them with why")
    func requestAndMatches() {
        var state = Fixture.state(snapshot: InboxFixture.snapshot)
        Fixture.press(&state, .character("4"), .down, .down, .enter)
        let screen = Fixture.render(state)
        #expect(screen.contains("┌─ Rania Yilmaz "))
        #expect(screen.contains("Ontvangen      19-11-2026 · school"))
        #expect(screen.contains("Urgentie       · regulier · uiterlijk 03-12-2026 · 2 wd"))
        #expect(screen.contains("Zoon komt niet meer op school."))
        #expect(screen.contains("Mogelijk al bekend"))
        #expect(screen.contains("Yılmaz-Bakker · Kerkstraat 3, Ten Boer · MK · actief — zelfde adres,"))
        #expect(screen.contains("│   zelfde naam "), "the reason wraps under the household, indented")
        Fixture.press(&state, .character("k"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
            ┌─ Koppelen aan een bestaand huishouden ───────────────────────────────────────┐
            │ Eén huishouden, één plan: koppelen zet de vraag in het journaal van het      │
            │ huishouden en meldt hem bij de regisseur.                                    │
            │                                                                              │
            │ ▸ Yılmaz-Bakker · Kerkstraat 3, Ten Boer · MK · actief — zelfde adres, zelf… │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────────────────────────────────── Enter koppelen  Esc sluiten ─┘
             AB Anouk Bakker (demo)   3 nieuw · 1 over norm 4
            """, name: "match")
    }

    @Test("h ranks the workers who could be regisseur, with their caseload against capacity and why")
    func assignment() {
        var state = Fixture.state(snapshot: InboxFixture.snapshot)
        Fixture.press(&state, .character("4"), .enter, .character("h"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
            ┌─ Nieuw huishouden: wie wordt regisseur? ─────────────────────────────────────┐
            │ Voorstel op volgorde van ruimte in de caseload, kennis van de domeinen en de │
            │ straat; jij beslist.                                                         │
            │                                                                              │
            │   Naam                       Caseload  Waarom                                │
            │ ▸ AB Anouk Bakker                1/40  ruimte 39                             │
            │   LD Lieke Dijkstra              2/30  ruimte 28                             │
            │   MK Mehmet Kaya                 2/36  ruimte 34 · 1 crisis                  │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └────────────────────────────────────────────────── Enter kiezen  Esc sluiten ─┘
             AB Anouk Bakker (demo)   3 nieuw · 1 over norm 4
            """, name: "assign")
    }

    @Test("n enters a new request; a missing question is named next to its field and nothing is written")
    func newRequestForm() throws {
        var state = Fixture.state(snapshot: InboxFixture.snapshot)
        Fixture.press(&state, .character("4"), .character("n"))
        #expect(state.form?.title == "Nieuwe hulpvraag")
        Fixture.press(&state, .tab, .tab)
        Fixture.type(&state, "Familie Bosma")
        Fixture.press(&state, .ctrl("s"))
        let screen = Fixture.render(state)
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let question = try #require(lines.firstIndex { $0.contains("Vraag *") })
        #expect(lines[question + 4].contains("verplicht"), "under the four rows of the question\n\(screen)")
        #expect(state.form != nil)
    }

    @Test("A medewerker sees the inbox but does not triage")
    func readOnly() {
        var state = Fixture.state(viewer: "w-mk", snapshot: InboxFixture.snapshot)
        #expect(Fixture.render(state).split(separator: "\n").last?.contains("nieuw ·") == false)
        Fixture.press(&state, .character("4"), .enter)
        #expect(Fixture.render(state).contains("Hennie Kuiper"))
        Fixture.press(&state, .character("k"))
        #expect(state.notice == "Dat mag jouw rol niet.")
        #expect(!(state.overlay is MatchScreen))
    }

    @Test("Linking writes the step with who and when, the question into the household's journal, and H in the caseload")
    func link() throws {
        let store = try InboxFixture.store()
        var state = try InboxFixture.app(store)
        Fixture.press(&state, .character("4"), .enter, .character("k"), .enter)
        #expect(state.overlay is InboxScreen, "back in the inbox")
        let snapshot = try StoreReader.read(store.root)
        let request = try #require(snapshot.requests.first)
        #expect(request.status == .linked && request.household == "h-1")
        #expect(request.events.last?.worker == "w-ab" && request.events.last?.regisseur == "w-mk")
        #expect(request.answered == Fixture.now.day)
        let journal = try #require(snapshot.dossiers.first?.journal.first)
        #expect(journal.text.hasPrefix("Hulpvraag van 19-11-2026 via school:\nZoon komt niet meer op school."))
        Fixture.press(&state, .escape)
        let row = state.caseload.rows.first { $0.household == "h-1" }
        #expect(row?.signals.contains(.newRequest) == true)
        #expect(Fixture.render(state).contains("H Yilmaz-Bakker"), "H in the last place of the signals column")
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
        let audit = AuditLog.read(root: store.root).entries.map { $0.event.action.rawValue + " " + ($0.event.object ?? "") }
        #expect(audit.contains("change r-yilmaz") && audit.contains("create h-1"))
    }

    @Test("A new household from a request: the chosen regisseur, the request linked, the question in its first entry")
    func newHouseholdFromRequest() throws {
        let store = try InboxFixture.store()
        var state = try InboxFixture.app(store)
        Fixture.press(&state, .character("4"), .enter, .character("h"))
        let first = (state.overlay as? AssignScreen)?.suggestions.first?.worker.id
        #expect(first == "w-mk", "room and the domain Werk")
        Fixture.press(&state, .enter)
        #expect(state.form?.value("Name") == "Rania Yilmaz" && state.form?.value("Regisseur") == "w-mk")
        Fixture.press(&state, .ctrl("s"))
        // Yilmaz-Bakker lives at the same address: the coordinator keeps the new household apart, with a reason.
        #expect((state.overlay as? KnownHouseholdScreen)?.matches.map(\.household) == ["h-1"])
        Fixture.press(&state, .character("a"))
        Fixture.type(&state, "Moeder en zoon wonen boven, eigen huishouden")
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form == nil && state.overlay is InboxScreen)
        let snapshot = try StoreReader.read(store.root)
        let made = try #require(snapshot.dossiers.first { $0.household.name == "Rania Yilmaz" })
        #expect(made.household.regisseur == "w-mk" && made.household.street == "Kerkstraat 3")
        #expect(made.journal.contains { $0.text.contains("Zoon komt niet meer op school.") })
        #expect(made.household.apart == ["h-1"])
        #expect(made.journal.contains { $0.text.hasSuffix("Reden: Moeder en zoon wonen boven, eigen huishouden") })
        #expect(snapshot.requests.first?.household == made.id && snapshot.requests.first?.status == .linked)
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
    }

    @Test("Referred to a resource, or not for the team with a reason: the clock stops, the request leaves the open list")
    func referAndReject() throws {
        let store = try InboxFixture.store()
        var state = try InboxFixture.app(store)
        Fixture.press(&state, .character("4"), .enter, .character("d"))
        #expect(state.form?.title == "Doorverwijzen — Rania Yilmaz")
        Fixture.press(&state, .ctrl("s"))
        var request = try #require(try StoreReader.read(store.root).requests.first)
        #expect(request.status == .referred && request.resource == "r-deel" && request.answered != nil)
        #expect(Fixture.render(state).contains("Geen open hulpvragen."))
        let deel = try #require(state.workspace.snapshot.resources.first { $0.id == "r-deel" })
        #expect(ResourcesPane.referrals(to: deel, state.workspace) == "1 hulpvragen vanuit de inbox hierheen verwezen.",
                "the resource's referrals count it")
        Fixture.press(&state, .character("v"), .enter, .character("x"))
        #expect(state.notice == "Deze hulpvraag is al afgehandeld.")
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
        request = try #require(try StoreReader.read(store.root).requests.first)
        #expect(request.events.map(\.status) == [.referred])
    }

    @Test("A request entered in the form is a file of its own with who took it in, and shows in the inbox")
    func enterRequest() throws {
        let store = try InboxFixture.store()
        var state = try InboxFixture.app(store)
        Fixture.press(&state, .character("4"), .character("n"), .right, .tab, .tab)
        Fixture.type(&state, "Familie Bosma")
        for _ in 0..<10 { Fixture.press(&state, .tab) }
        Fixture.type(&state, "Geen geld voor de boodschappen.")
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form == nil)
        let made = try #require(try StoreReader.read(store.root).requests.first { $0.name == "Familie Bosma" })
        #expect(made.channel == .walkIn && made.urgency == .regular && made.takenBy == "w-ab")
        #expect(made.question == "Geen geld voor de boodschappen." && made.events.first?.status == .new)
        #expect(Fixture.render(state).contains("Familie Bosma"))
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
    }
    @Test("Linking to a closed household asks first, then reopens it: active again, no close date, the journal says so")
    func linkReopens() throws {
        let store = try InboxFixture.store()
        let closed = TemporaryStore.household("h-1", name: "Yilmaz-Bakker")
            .replacingOccurrences(of: "Stationsweg 1\nPostcode: 9791 AB", with: "Kerkstraat 3\nPostcode: 9791 BC")
            .replacingOccurrences(of: "Status: active", with: "Status: closed\nClosed: 2026-06-30\nCloseReason: goals-achieved")
        try store.write("households/h-1/household.rec", closed)
        var state = try InboxFixture.app(store)
        Fixture.press(&state, .character("4"), .enter, .character("k"))
        #expect(Fixture.render(state).contains("afgesloten"))
        Fixture.press(&state, .enter)
        #expect(Fixture.render(state).contains("Yilmaz-Bakker is afgesloten. Heropenen en de hulpvraag koppelen?"))
        Fixture.press(&state, .character("n"))
        #expect(try StoreReader.read(store.root).requests.first?.status == .new, "no: nothing changes")
        Fixture.press(&state, .enter, .character("j"))
        let snapshot = try StoreReader.read(store.root)
        let household = try #require(snapshot.dossiers.first { $0.id == "h-1" })
        #expect(household.household.status == .active && household.household.closed == nil)
        #expect(household.household.closeReason == nil)
        #expect(household.journal.contains { $0.text.contains("Huishouden heropend.") })
        #expect(household.journal.contains { $0.text.contains("Zoon komt niet meer op school.") })
        #expect(snapshot.requests.first?.status == .linked && snapshot.requests.first?.household == "h-1")
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
    }

    @Test("N sets the triage norms in the store's settings for a coördinator; a medewerker may not")
    func norms() throws {
        let store = try InboxFixture.store()
        var worker = try InboxFixture.app(store, as: "w-mk")
        Fixture.press(&worker, .character("4"), .character("N"))
        #expect(worker.form == nil && worker.notice == "Dat mag jouw rol niet.")

        var state = try InboxFixture.app(store)
        Fixture.press(&state, .character("4"), .character("N"))
        #expect(state.form?.value("NormUrgent") == "3" && state.form?.value("NormRegular") == "10")
        Fixture.press(&state, .tab, .ctrl("u"))
        Fixture.type(&state, "2")
        Fixture.press(&state, .tab, .tab, .right)
        Fixture.press(&state, .ctrl("s"))
        #expect(state.form == nil)
        let info = try String(contentsOfFile: store.root + "/" + StoreLayout.infoFile, encoding: .utf8)
        #expect(info.contains("NormUrgent: 2\n") && info.contains("GoodFriday: yes\n") && info.contains("Team: Testteam\n"))
        let norms = try StoreReader.read(store.root).info.norms
        #expect(norms.urgent == 2 && norms.regular == 10 && norms.calendar.goodFriday)
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
    }
    @Test("A household added on another workstation while a request is open shows among its matches at once")
    func matchesCatchUp() throws {
        let store = try InboxFixture.store()
        var state = try InboxFixture.app(store)
        Fixture.press(&state, .character("4"), .enter, .character("k"))
        #expect(!Fixture.render(state).contains("Yilmaz, R."))
        try store.write("households/h-9/household.rec", TemporaryStore.household("h-9", name: "Yilmaz, R.")
            .replacingOccurrences(of: "Stationsweg 1\nPostcode: 9791 AB", with: "Kerkstraat 3\nPostcode: 9791 BC"))
        state.reload(["households/h-9/household.rec"], size: Fixture.size, now: Fixture.now)
        #expect(Fixture.render(state).contains("Yilmaz, R. · Kerkstraat 3"))
        #expect((state.overlay as? MatchScreen)?.matches.map(\.household) == ["h-1", "h-9"])
        Fixture.press(&state, .escape)
        #expect(Fixture.render(state).contains("Yilmaz, R."), "the request's window caught up too")
    }
}
