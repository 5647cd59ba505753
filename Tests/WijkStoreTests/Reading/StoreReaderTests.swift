import Foundation
import Testing
import TestSupport
import WijkDomain
@testable import WijkStore

@Suite("Reading a store directory")
struct StoreReaderTests {
    @Test("A store with team, resources, requests and a full household reads completely")
    func fullStore() throws {
        let store = try TemporaryStore([
            "team/w-ab.rec": "%rec: Worker\n\nId: w-ab\nName: Anouk Bakker\nInitials: AB\nRole: coordinator\n"
                + "Capacity: 40\nDomain: Finances\nDomain: Housing\nActive: yes\n",
            "resources/r-deel.rec": "%rec: Resource\n\nId: r-deel\nName: Kulturhus De Deel\nKind: buurthuis\n"
                + "Level: basic\nDomain: Network\nHours: ma 13:30–16:30\n",
            "requests/20261120T090000Z-ab-ws1-aaaa.rec": "%rec: HelpRequest\n\nId: 20261120T090000Z-ab-ws1-aaaa\n"
                + "Received: 2026-11-20\nName: J. Smit\nQuestion: Hulp bij post\n+ en rekeningen\nStatus: new\n",
            "households/h-1/household.rec": TemporaryStore.household("h-1", members:
                "Id: m-1\nName: Anouk de Vries\nBorn: 1985-04-12\nRelation: ouder\n\nId: m-2\nName: Sem\nBorn: 2017-06-01\n"),
            "households/h-1/plan.rec": "%rec: Goal\n\nId: g-1\nDomain: Finances\nText: Schulden in beeld\nTarget: 4\n\n"
                + "%rec: Action\n\nId: a-1\nGoal: g-1\nText: Aanmelden\nWho: resource:r-deel\nDue: 2026-12-01\nStatus: open\n",
            "households/h-1/budget.rec": "%rec: Budget\n\nAmount: 2500.00\n",
            "households/h-1/expenses/20261101T100000Z-ab-ws1-bbbb.rec": "%rec: Expense\n\nId: e\nDate: 2026-11-01\n"
                + "Kind: expense\nAmount: 120.50\nDescription: Fiets\nDomain: Participation\n",
            "households/h-1/journal/20261120T100000Z-ab-ws1-cccc.rec": TemporaryStore.journal("j-2"),
            "households/h-1/journal/20261001T100000Z-ab-ws1-dddd.rec": TemporaryStore.journal("j-1", date: "2026-10-01"),
            "households/h-1/zrm/20260301T100000Z-ab-ws1-eeee.rec": "%rec: Assessment\n\nId: z\nDate: 2026-03-01\n"
                + "Assessor: w-ab\nFinances: 2\nHousing: 4\n",
        ])
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.problems == [])
        #expect(snapshot.info.team == "Testteam")
        #expect(snapshot.workers.first?.domains == [.finances, .housing])
        #expect(snapshot.resources.first?.hours == "ma 13:30–16:30")
        #expect(snapshot.requests.first?.question == "Hulp bij post\nen rekeningen")
        #expect(snapshot.dossiers.count == 1)
        let dossier = try #require(snapshot.dossiers.first)
        #expect(dossier.members.map(\.name) == ["Anouk de Vries", "Sem"])
        #expect(dossier.goals.first?.target == .sufficientlySelfReliant)
        #expect(dossier.actions.first?.who == .resource("r-deel"))
        #expect(dossier.budget?.amount == Money(cents: 250_000))
        #expect(dossier.expenses.first?.amount == Money(cents: 12_050))
        #expect(dossier.journal.map(\.id) == ["j-1", "j-2"])
        #expect(dossier.assessments.first?.scores == [.finances: .notSelfReliant, .housing: .sufficientlySelfReliant])
        #expect(snapshot.filesRead == 11)
    }

    @Test("A household file that does not parse is reported with its line; the other households still open")
    func brokenHousehold() throws {
        let store = try TemporaryStore([
            "households/h-1/household.rec": TemporaryStore.household("h-1"),
            "households/h-2/household.rec": "%rec: Household\n\nId: h-2\nName De Wit\n",
        ])
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.dossiers.map(\.id) == ["h-1"])
        #expect(snapshot.problems == [StoreProblem(path: "households/h-2/household.rec", line: 4, kind: .expectedField)])
    }

    @Test("A bad journal file loses only that entry, never the household")
    func brokenJournal() throws {
        let store = try TemporaryStore([
            "households/h-1/household.rec": TemporaryStore.household("h-1"),
            "households/h-1/journal/a.rec": TemporaryStore.journal("j-1"),
            "households/h-1/journal/b.rec": TemporaryStore.journal("j-2", date: "2026-02-30"),
        ])
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.dossiers.first?.journal.map(\.id) == ["j-1"])
        #expect(snapshot.problems == [StoreProblem(path: "households/h-1/journal/b.rec", line: 4,
                                                   kind: .badValue(field: "Date", expected: .isoDate))])
    }

    @Test("A bad optional value is reported and read as absent; the record stays")
    func badOptionalValue() throws {
        let store = try TemporaryStore([
            "households/h-1/household.rec": TemporaryStore.household("h-1", members: "Id: m-1\nName: Sem\nBorn: 12-04-2017\n"),
        ])
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.dossiers.first?.members.first?.name == "Sem")
        #expect(snapshot.dossiers.first?.members.first?.born == nil)
        #expect(snapshot.problems.first?.kind == .badValue(field: "Born", expected: .isoDate))
        #expect(snapshot.problems.first?.line == 18)
    }

    @Test("A missing required field skips the record and names the field")
    func missingRequired() throws {
        let store = try TemporaryStore([
            "households/h-1/household.rec": TemporaryStore.household("h-1", members: "Id: m-1\nBorn: 2017-06-01\n"),
            "team/w-x.rec": "%rec: Worker\n\nId: w-x\nName: X\nInitials: X\nRole: boss\n",
        ])
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.dossiers.first?.members == [])
        #expect(snapshot.workers == [])
        #expect(snapshot.problems.map(\.kind) == [
            .missingField("Name"),
            .badValue(field: "Role", expected: .oneOf(["worker", "coordinator", "admin"])),
        ])
    }

    @Test("A field written twice is reported")
    func duplicateField() throws {
        let store = try TemporaryStore([
            "households/h-1/household.rec": TemporaryStore.household("h-1", extra: "Status: closed\n"),
        ])
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.problems.map(\.kind) == [.duplicateField("Status")])
        #expect(snapshot.dossiers.first?.household.status == .active)
    }

    @Test("Binary and wrongly encoded files are reported, not read")
    func binaryAndEncoding() throws {
        let store = try TemporaryStore([
            "households/h-1/household.rec": TemporaryStore.household("h-1"),
        ])
        try store.write("households/h-1/journal/bin.rec", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2])
        try store.write("households/h-1/journal/latin1.rec", bytes: Array("%rec: JournalEntry\n\nText: ".utf8) + [0xE9, 0x0A])
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.problems.map(\.kind) == [.binary, .notUTF8])
        #expect(snapshot.problems.map(\.line) == [1, 3])
        #expect(snapshot.dossiers.count == 1)
    }

    @Test("Temporary files of sync tools and editors are ignored; conflict copies are reported")
    func syncFiles() throws {
        let store = try TemporaryStore([
            "households/h-1/household.rec": TemporaryStore.household("h-1"),
            "households/h-1/journal/.syncthing.a.rec.tmp": "garbage",
            "households/h-1/journal/~syncthing~a.rec.tmp": "garbage",
            "households/h-1/journal/a.rec~": "garbage",
            "households/h-1/journal/.a.rec.swp": "garbage",
            "households/h-1/journal/LEESMIJ.txt": "garbage",
            ".stfolder/x": "",
            "households/h-1/journal/a.sync-conflict-20261123-101010-ABCDEFG.rec": TemporaryStore.journal("j-9"),
        ])
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.problems == [StoreProblem(
            path: "households/h-1/journal/a.sync-conflict-20261123-101010-ABCDEFG.rec", line: 0, kind: .conflictCopy)])
    }

    @Test("Unknown fields are kept out of the way, not treated as errors")
    func unknownFields() throws {
        let store = try TemporaryStore([
            "households/h-1/household.rec": TemporaryStore.household("h-1", extra: "Huisdier: kat\n"),
        ])
        #expect(try StoreReader.read(store.root).problems == [])
    }

    @Test("A folder without wijkdesk.rec is not a store, and a missing folder is said to be missing")
    func notAStore() throws {
        let empty = try TemporaryStore(info: false)
        #expect(throws: StoreOpenError.notAStore(path: empty.root)) { try StoreReader.read(empty.root) }
        #expect(throws: StoreOpenError.notFound(path: empty.root + "/nope")) {
            try StoreReader.read(empty.root + "/nope")
        }
        let badInfo = try TemporaryStore(info: false)
        try badInfo.write(StoreLayout.infoFile, "%rec: Store\n\nFormat: een\nTeam: X\n")
        #expect(throws: StoreOpenError.badInfoFile(StoreProblem(path: "wijkdesk.rec", line: 3,
                                                                kind: .badValue(field: "Format", expected: .integer)))) {
            try StoreReader.read(badInfo.root)
        }
    }

    @Test("A control character in a value is a problem on its line; the household still opens")
    func controlCharacters() throws {
        let store = try TemporaryStore([
            "households/h-1/household.rec": "%rec: Household\n\nId: h-1\nName: De Vries\u{1B}[2J\nRegisseur: w-ab\nStatus: active\n",
        ])
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.dossiers.map(\.id) == ["h-1"])
        #expect(snapshot.problems.contains(StoreProblem(path: "households/h-1/household.rec", line: 4,
                                                        kind: .controlCharacter(field: "Name"))))
    }
}

@Suite("Resources and referrals in the store")
struct ResourceStoreTests {
    @Test("A resource file of the earlier form still reads: its Kind becomes the category, Level the kind")
    func earlierResource() throws {
        let store = try TemporaryStore([
            "resources/r-ggz.rec": "%rec: Resource\n\nId: r-ggz\nName: GGZ-team\nKind: ggz\nLevel: specialised\n",
            "resources/r-deel.rec": "%rec: Resource\n\nId: r-deel\nName: De Deel\nKind: buurthuis\n",
        ])
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.problems.isEmpty)
        let ggz = try #require(snapshot.resources.first { $0.id == "r-ggz" })
        #expect(ggz.kind == .tailored && ggz.category == "ggz")
        #expect(snapshot.resources.first { $0.id == "r-deel" }?.kind == .basic)
    }

    @Test("A resource written and read again is the same, every field, and passes recfix")
    func resourceRoundTrip() throws {
        let resource = Resource(id: "r-jw", name: "Jongerenwerk Ten Boer", organisation: "WIJ Groningen",
                                kind: .basic, category: "jongerenwerk", domains: [.timeUse, .network],
                                minimumAge: 12, maximumAge: 23, audience: "jongeren", address: "Kerkstraat 1",
                                area: "Ten Boer", contact: "Sanne", phone: "050-3021100", email: "jw@wij.example",
                                website: "https://wij.example", hours: "wo 14:00–17:00", costs: "gratis",
                                route: .selfReferral, waitWeeks: 0, capacityNotes: "ruimte genoeg",
                                description: "Inloop en activiteiten.", checked: Day(iso: "2026-10-01"), checkedBy: "w-ab")
        let store = try TemporaryStore([
            "resources/r-jw.rec": RecfileWriter.format([Schema.set("Resource", [StoreEncoder.resource(resource)])]),
        ])
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.problems.isEmpty)
        #expect(snapshot.resources == [resource])
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
    }

    @Test("A Dutch kind or route from a spreadsheet reads as ours; an unknown route is named with its line")
    func aliases() throws {
        let store = try TemporaryStore([
            "resources/r-1.rec": "%rec: Resource\n\nId: r-1\nName: Maatje\nKind: Informele zorg\nRoute: zelf aanmelden\n",
            "resources/r-2.rec": "%rec: Resource\n\nId: r-2\nName: X\nKind: basic\nRoute: per post\n",
        ])
        let snapshot = try StoreReader.read(store.root)
        let maatje = try #require(snapshot.resources.first { $0.id == "r-1" })
        #expect(maatje.kind == .informalCare && maatje.route == .selfReferral)
        #expect(snapshot.problems.map { "\($0.path):\($0.line) \($0.kind.field ?? "")" } == ["resources/r-2.rec:6 Route"])
    }

    @Test("A referral is read with its steps; details shared without consent are named on their line")
    func referral() throws {
        let file = """
            %rec: Referral

            Id: f-1
            Date: 2026-10-12
            Worker: w-ab
            Resource: r-deel
            Member: m-1
            Consent: no
            DetailsShared: yes
            Status: registered

            %rec: ReferralStep

            Id: s-2
            Date: 2026-10-14
            Worker: w-ab
            Status: registered

            Id: s-1
            Date: 2026-10-12
            Worker: w-ab
            Status: proposed

            """
        let store = try TemporaryStore([
            "households/h-1/household.rec": TemporaryStore.household("h-1"),
            "households/h-1/referrals/f-1.rec": file,
        ])
        let snapshot = try StoreReader.read(store.root)
        let referral = try #require(snapshot.dossiers.first?.referrals.first)
        #expect(referral.household == "h-1" && referral.member == "m-1" && referral.status == .registered)
        #expect(referral.steps.map(\.status) == [.proposed, .registered])
        #expect(snapshot.problems.map { "\($0.path):\($0.line)" } == ["households/h-1/referrals/f-1.rec:9"])
        #expect(snapshot.problems.first?.kind == .referral(.sharedWithoutConsent))
    }
}
