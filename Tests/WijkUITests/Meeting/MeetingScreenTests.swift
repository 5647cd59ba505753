import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

/// A team with two households for the meeting (one in crisis, one with a question from Mehmet) and a request.
enum MeetingFixture {
    static func store() throws -> TemporaryStore {
        try TemporaryStore([
            "team/w-ab.rec": "%rec: Worker\n\nId: w-ab\nName: Anouk Bakker\nInitials: AB\nRole: coordinator\n",
            "team/w-mk.rec": "%rec: Worker\n\nId: w-mk\nName: Mehmet Kaya\nInitials: MK\nRole: worker\n",
            "households/h-1/household.rec": TemporaryStore.household("h-1", name: "Van der Molen",
                                                                     members: "Id: m-1\nName: Grietje van der Molen\nBorn: 1950-02-03\nBSN: 123456782\nPhone: 06-12345678\n")
                .replacingOccurrences(of: "Status: active", with: "Status: active\nCrisis: yes"),
            "households/h-1/journal/j1.rec": TemporaryStore.journal("j1", date: "2026-11-20", text: "Grietje belde in paniek."),
            "households/h-2/household.rec": TemporaryStore.household("h-2", name: "Yılmaz", members: "Id: m-1\nName: Aylin Yılmaz\nBorn: 1990-06-01\n")
                .replacingOccurrences(of: "Stationsweg 1", with: "Kerkstraat 14")
                .replacingOccurrences(of: "Regisseur: w-ab", with: "Regisseur: w-mk\nDiscuss: Moeten we de school erbij halen?\nDiscussBy: w-mk\nDiscussSince: 2026-11-20"),
            "households/h-2/journal/j2.rec": TemporaryStore.journal("j2", date: "2026-11-21", text: "Huisbezoek."),
        ])
    }

    static func app(_ store: TemporaryStore, now: LocalTime = Fixture.now) throws -> AppState {
        let snapshot = try StoreReader.read(store.root)
        return AppState(snapshot: snapshot, viewer: snapshot.worker("w-ab"), storeLabel: "~/teststore",
                        workstation: "werkplek-1", writer: StoreWriter(root: store.root, workstation: "werkplek-1"),
                        audit: AuditLog(root: store.root, workstation: "werkplek-1"), now: now)
    }

    /// Every full name, house number, BSN, phone number and date of birth in the fixture.
    static let secrets = ["Van der Molen", "Grietje", "Aylin", "Stationsweg 1", "Kerkstraat 14", "123456782", "06-12345678",
                          "1950", "03-02-1950"]
}

@Suite("The team meeting on the projected screen", .serialized)
struct MeetingScreenTests {
    @Test("M proposes the agenda with why; an item shows initials, ages and streets only; r shows its details the same way and is audited")
    func agendaAndPrivacy() throws {
        let store = try MeetingFixture.store()
        var state = try MeetingFixture.app(store)
        Fixture.press(&state, .character("M"))
        let agenda = Fixture.render(state)
        expectScreen(agenda, """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Teamoverleg 23-11-2026 ─────────────────────────────────────────────────────┐
            │ Voorzitter AB · aanwezig: AB (a: wie er nog meer zijn)                       │
            │ Agenda · 2 punten · 20 min gepland                                           │
            │ ▸  1 v.d.M. · Stationsweg, Ten Boer  crisis                           10 min │
            │    2 Y. · Kerkstraat, Ten Boer  vraag van MK                          10 min │
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
            └───────── Enter beginnen  a aanwezig  + toevoegen  e afsluiten  Esc verlaten ─┘
             AB Anouk Bakker          projectie
            """, name: "meeting-agenda")
        Fixture.press(&state, .enter)
        let item = Fixture.render(state)
        expectScreen(item, """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Teamoverleg 23-11-2026 ─────────────────────────────────────────────────────┐
            │ Voorzitter AB · aanwezig: AB (a: wie er nog meer zijn)                       │
            │ Punt 1 van 2 · 0:00 van 10 min · overleg 0:00                                │
            │ v.d.M. · Stationsweg, Ten Boer                                               │
            │ crisis                                                                       │
            │                                                                              │
            │ Gezinsleden · regisseur AB                                                   │
            │   G.v.d.M. (76)                                                              │
            │ Laatste contacten                                                            │
            │   20-11-2026 huisbezoek                                                      │
            │                                                                              │
            │ Scherm voor de hele kamer: initialen en straat. r toont meer van dit punt,   │
            │ ook zo (komt in de audit-trail).                                             │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └───── b besluit  s uitstellen  r details  n volgend  Esc agenda  e afsluiten ─┘
             AB Anouk Bakker          projectie
            """, name: "meeting-item")
        for secret in MeetingFixture.secrets { #expect(!item.contains(secret), "\(secret) on the projector") }
        for secret in MeetingFixture.secrets { #expect(!agenda.contains(secret), "\(secret) on the agenda") }
        Fixture.press(&state, .character("r"))
        let revealed = Fixture.render(state)
        expectScreen(revealed, """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Teamoverleg 23-11-2026 ─────────────────────────────────────────────────────┐
            │ Voorzitter AB · aanwezig: AB (a: wie er nog meer zijn)                       │
            │ Punt 1 van 2 · 0:00 van 10 min · overleg 0:00                                │
            │ v.d.M. · Stationsweg, Ten Boer                                               │
            │ crisis                                                                       │
            │                                                                              │
            │ Gezinsleden · regisseur AB                                                   │
            │   G.v.d.M. (76)                                                              │
            │ Laatste journaalregels                                                       │
            │   20-11-2026 huisbezoek (AB): G. belde in paniek.                            │
            │                                                                              │
            │ Details van dit punt, voor de hele kamer: initialen en straat (in de         │
            │ audit-trail). r toont minder.                                                │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └────── b besluit  s uitstellen  r minder  n volgend  Esc agenda  e afsluiten ─┘
             AB Anouk Bakker          projectie
            """, name: "meeting-revealed")
        for secret in MeetingFixture.secrets { #expect(!revealed.contains(secret), "\(secret) in the details") }
        #expect(revealed.contains("G. belde in paniek."), "the journal's first line, the name in it as initials")
        let audit = AuditLog.read(root: store.root).entries
        #expect(audit.contains { $0.event.action == .open && $0.event.object == "h-1" && $0.event.reason == "meeting-reveal" })
        Fixture.press(&state, .character("n"))
        #expect(!Fixture.render(state).contains("Laatste journaalregels"), "the details were for that item only")
        // On a projector at 100×30 the window takes the whole screen and the item the room it needs.
        expectScreen(Fixture.render(state, size: Size(columns: 100, rows: 30)), """
             Wijkdesk · Testteam · ~/teststore                                              ma 23-11-2026 09:30
            ┌─ Teamoverleg 23-11-2026 ─────────────────────────────────────────────────────────────────────────┐
            │ Voorzitter AB · aanwezig: AB (a: wie er nog meer zijn)                                           │
            │ Punt 2 van 2 · 0:00 van 10 min · overleg 0:00                                                    │
            │ Y. · Kerkstraat, Ten Boer                                                                        │
            │ vraag van MK                                                                                     │
            │                                                                                                  │
            │ Vraag aan het team (MK)                                                                          │
            │   Moeten we de school erbij halen?                                                               │
            │                                                                                                  │
            │ Gezinsleden · regisseur MK                                                                       │
            │   A.Y. (36)                                                                                      │
            │ Laatste contacten                                                                                │
            │   21-11-2026 huisbezoek                                                                          │
            │                                                                                                  │
            │ Scherm voor de hele kamer: initialen en straat. r toont meer van dit punt, ook zo (komt in de    │
            │ audit-trail).                                                                                    │
            │                                                                                                  │
            │                                                                                                  │
            │                                                                                                  │
            │                                                                                                  │
            │                                                                                                  │
            │                                                                                                  │
            │                                                                                                  │
            │                                                                                                  │
            │                                                                                                  │
            │                                                                                                  │
            │                                                                                                  │
            └───────────────────────── b besluit  s uitstellen  r details  n volgend  Esc agenda  e afsluiten ─┘
             AB Anouk Bakker          projectie
            """, name: "meeting-item-wide")
    }

    @Test("A decision becomes real: journal, action, new regisseur, the question answered, the minutes; postponed comes first next time")
    func decisions() throws {
        let store = try MeetingFixture.store()
        var state = try MeetingFixture.app(store)
        Fixture.press(&state, .character("M"), .character("a"))
        Fixture.choose(&state, "MK Mehmet Kaya", "ja")
        Fixture.press(&state, .ctrl("s"))
        // The question from Mehmet is the second item.
        let order = (state.overlay as? MeetingScreen)?.meeting.items.map(\.subject.code)
        #expect(order == ["household:h-1", "household:h-2"])
        Fixture.press(&state, .down, .enter, .character("b"))
        Fixture.type(&state, "School uitnodigen voor een gesprek met moeder.")
        Fixture.fill(&state, "Nieuwe actie", "Afspraak met de mentor maken")
        Fixture.fill(&state, "Uiterlijk", "04-12-2026")
        Fixture.choose(&state, "Nieuwe regisseur", "Anouk Bakker (AB)")
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Besluit · Y. · Kerkstraat, Ten Boer ────────────────────────────────────────┐
            │ Vraag aan het team: Moeten we de school erbij halen?                         │
            │                                                                              │
            │ Besluit *          School uitnodigen voor een gesprek met moeder.            │
            │                                                                              │
            │                                                                              │
            │ Nieuwe actie       Afspraak met de mentor maken                              │
            │ Door wie           ‹ regisseur ›                                             │
            │ Uiterlijk          04-12-2026                                                │
            │ Nieuwe regisseur   ‹ Anouk Bakker (AB) ›                                     │
            │ Nieuwe evaluatie                                                             │
            │                                                                              │
            │ * verplicht                                                                  │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────── Tab volgend veld · Enter/Ctrl-S opslaan · Esc annuleren ─┘
             AB Anouk Bakker          projectie
            """, name: "meeting-decision-form")
        Fixture.press(&state, .ctrl("s"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Teamoverleg 23-11-2026 ─────────────────────────────────────────────────────┐
            │ Voorzitter AB · aanwezig: AB, MK                                             │
            │ Punt 2 van 2 · 0:00 van 10 min · overleg 0:00                                │
            │ Y. · Kerkstraat, Ten Boer                                                    │
            │ vraag van MK                                                                 │
            │ Besluit: School uitnodigen voor een gesprek met moeder.                      │
            │                                                                              │
            │ Gezinsleden · regisseur AB                                                   │
            │   A.Y. (36)                                                                  │
            │ Open doelen en acties                                                        │
            │   [ ] Afspraak met de mentor maken · regisseur · 04-12-2026                  │
            │ Laatste contacten                                                            │
            │   21-11-2026 huisbezoek                                                      │
            │                                                                              │
            │ Scherm voor de hele kamer: initialen en straat. r toont meer van dit punt,   │
            │ ook zo (komt in de audit-trail).                                             │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └───── b besluit  s uitstellen  r details  n volgend  Esc agenda  e afsluiten ─┘
             AB Anouk Bakker          projectie   Opgeslagen.
            """, name: "meeting-decided")
        let dossier = try #require(try StoreReader.read(store.root).dossiers.first { $0.id == "h-2" })
        #expect(dossier.household.regisseur == "w-ab" && dossier.household.meetingQuestion == nil)
        #expect(dossier.actions.map(\.text) == ["Afspraak met de mentor maken"] && dossier.actions.first?.due == Day(iso: "2026-12-04"))
        let entry = try #require(dossier.journal.first { $0.text.hasPrefix("Besproken in teamoverleg 23-11-2026") })
        #expect(entry.text.contains("School uitnodigen") && entry.author == "w-ab")
        Fixture.press(&state, .character("p"), .character("s"))
        Fixture.press(&state, .character("e"))
        #expect(Fixture.render(state).contains("Het overleg afsluiten?"), "e asks first")
        Fixture.press(&state, .character("j"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Testteam · ~/teststore                          ma 23-11-2026 09:30
            ┌─ Teamoverleg 23-11-2026 · afgelopen ─────────────────────────────────────────┐
            │ Voorzitter AB · aanwezig: AB, MK                                             │
            │ 1 besproken · 1 uitgesteld · 0 eraf · 0:00                                   │
            │ • Y. · Kerkstraat, Ten Boer                                                  │
            │     School uitnodigen voor een gesprek met moeder.                           │
            │                                                                              │
            │ De notulen staan in meetings/2026-11-23.rec; wijk meeting export maakt er    │
            │ een verslag van.                                                             │
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
            └─────────────────────────────────────────────────────────────── Esc verlaten ─┘
             AB Anouk Bakker          projectie
            """, name: "meeting-summary")
        let minutes = try #require(try StoreReader.read(store.root).meetings.first)
        #expect(minutes.present == ["w-ab", "w-mk"] && minutes.chair == "w-ab" && minutes.ended != nil)
        #expect(minutes.items.map(\.status) == [.postponed, .discussed])
        #expect(minutes.items[1].changes.first == entry.id && minutes.items[1].changes.contains(dossier.actions[0].id))
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])

        // A week later the postponed household leads the agenda, and the action is due.
        let later = LocalTime(day: Day(iso: "2026-11-30")!, hour: 9, minute: 0)
        var next = try MeetingFixture.app(store, now: later)
        _ = next.handle(.character("M"), size: Fixture.size, now: later)
        let items = try #require((next.overlay as? MeetingScreen)?.meeting.items)
        #expect(items.first?.subject == .household("h-1") && items.first?.reasons.first == .postponed(from: Fixture.now.day), "\(items)")
        #expect(items.contains { $0.subject == .household("h-2") } == false, "its action is not due before 4 December")
        // Meeting mode on the day of a meeting that ended shows what it decided, and writes nothing over it.
        var again = try MeetingFixture.app(store)
        Fixture.press(&again, .character("M"))
        #expect(Fixture.render(again).contains("Teamoverleg 23-11-2026 · afgelopen"))
        #expect(try StoreReader.read(store.root).meetings.first?.items.map(\.status) == [.postponed, .discussed])
    }

    @Test("u after a decision takes all of it back as one step: the action, the hand-over, the question, the journal entry (withdrawn), the minutes")
    func undoDecision() throws {
        let store = try MeetingFixture.store()
        var state = try MeetingFixture.app(store)
        // A change from before the meeting is not the room's to undo.
        Fixture.press(&state, .character("M"), .character("u"))
        #expect(state.notice == "Niets om ongedaan te maken in dit overleg.")
        let before = try StoreReader.read(store.root)
        Fixture.press(&state, .down, .enter, .character("b"))
        Fixture.type(&state, "School uitnodigen.")
        Fixture.fill(&state, "Nieuwe actie", "Afspraak met de mentor maken")
        Fixture.choose(&state, "Nieuwe regisseur", "Anouk Bakker (AB)")
        Fixture.fill(&state, "Nieuwe evaluatie", "15-01-2027")
        Fixture.press(&state, .ctrl("s"))
        let decided = try StoreReader.read(store.root)
        let h2 = try #require(decided.dossiers.first { $0.id == "h-2" })
        #expect(h2.actions.count == 1 && h2.household.regisseur == "w-ab" && h2.household.meetingQuestion == nil)
        #expect(decided.meetings.first?.items[1].status == .discussed)

        Fixture.press(&state, .character("u"))
        #expect(Fixture.render(state).contains("Ongedaan maken: Besluit"), "u names what it undoes and asks")
        Fixture.press(&state, .character("j"))
        #expect(state.notice?.hasPrefix("Ongedaan gemaakt: Besluit") == true, "\(state.notice ?? "")")
        let undone = try StoreReader.read(store.root)
        let after = try #require(undone.dossiers.first { $0.id == "h-2" })
        let was = try #require(before.dossiers.first { $0.id == "h-2" })
        #expect(after.actions.isEmpty, "the new action is gone from the plan")
        #expect(after.household == was.household, "regisseur, evaluation and the question for the team are back")
        let entry = try #require(h2.journal.first { $0.text.hasPrefix("Besproken in teamoverleg") })
        #expect(after.corrections(of: entry).map(\.text) == ["Ingetrokken: deze notitie is ongedaan gemaakt."])
        let item = try #require(undone.meetings.first?.items[1])
        #expect(item.status == .open && item.decision.isEmpty && item.changes.isEmpty, "\(item)")
        let screen = Fixture.render(state)
        #expect(!screen.contains("Besluit: School") && screen.contains("Vraag aan het team (MK)"), "\(screen)")
        let report = MeetingReport.text(try #require(undone.meetings.first), undone, format: .txt, full: false, strings: Strings(.nl))
        #expect(!report.contains("School uitnodigen") && !report.contains("Vastgelegd"), "\(report)")
        // One step: nothing of the meeting is left to undo.
        Fixture.press(&state, .character("u"))
        #expect(state.notice == "Niets om ongedaan te maken in dit overleg.")
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
    }

    @Test("A decision meets a change made elsewhere while the form was open: merged where it can, the same field asked about on the projector, the minutes kept")
    func decisionMeetsAChangeElsewhere() throws {
        let store = try MeetingFixture.store()
        var state = try MeetingFixture.app(store)
        Fixture.press(&state, .character("M"), .down, .enter, .character("b"))
        Fixture.type(&state, "Evaluatie naar januari; Aylin belt zelf.")
        Fixture.fill(&state, "Nieuwe evaluatie", "15-01-2027")
        // Meanwhile Mehmet, at his own desk, sets another evaluation date and a phone number.
        let elsewhere = StoreWriter(root: store.root, workstation: "werkplek-2")
        let path = "households/h-2/household.rec"
        let read = try #require(try elsewhere.read(path))
        _ = try elsewhere.save(path, base: read, ours: read.sets.updating("Household") {
            $0.setting([("Evaluation", "2027-02-01"), ("Phone", "06-55512345")])
        })
        Fixture.press(&state, .ctrl("s"))
        let conflict = try #require(state.conflict)
        #expect(conflict.conflicts.map(\.field) == ["Evaluation"])
        let screen = Fixture.render(state)
        #expect(screen.contains("Y.") && !screen.contains("Yılmaz") && !screen.contains("06-55512345"), "\(screen)")
        // The rest of the decision is written meanwhile: the journal entry and the minutes.
        let decided = try StoreReader.read(store.root)
        #expect(decided.meetings.first?.items[1].status == .discussed)
        #expect(decided.dossiers.first { $0.id == "h-2" }?.journal.contains { $0.text.hasPrefix("Besproken in teamoverleg") } == true)
        #expect(decided.dossiers.first { $0.id == "h-2" }?.household.phone == "06-55512345", "Mehmet's phone number stays")
    }

    @Test("A meeting run on another workstation is followed read-only: who runs it is said, changes are refused, nothing is written")
    func follows() throws {
        let store = try MeetingFixture.store()
        var chair = try MeetingFixture.app(store)
        Fixture.press(&chair, .character("M"))
        try Presence(worker: "w-mk", workstation: "werkplek-2", household: MeetingScreen.presenceMark(Fixture.now.day),
                     seen: Fixture.now.instant).write(in: store.root)
        let before = try String(contentsOfFile: store.root + "/meetings/2026-11-23.rec", encoding: .utf8)
        var follower = try MeetingFixture.app(store)
        Fixture.press(&follower, .character("M"))
        #expect(follower.notice == "Meekijken: het overleg loopt op werkplek-2 (MK).")
        #expect(Fixture.render(follower).contains("Teamoverleg 23-11-2026 · meekijken"))
        #expect((follower.overlay as? MeetingScreen)?.readOnly == true)
        Fixture.press(&follower, .character("x"))
        #expect(follower.notice == "Meekijken: wijzigen kan op de werkplek van het overleg.")
        Fixture.press(&follower, .enter, .character("b"))
        #expect(follower.form == nil)
        #expect(follower.openHousehold == nil, "a follower does not announce a meeting of its own")
        #expect(try String(contentsOfFile: store.root + "/meetings/2026-11-23.rec", encoding: .utf8) == before)
        #expect(chair.openHousehold == "meeting:2026-11-23")
    }
}
