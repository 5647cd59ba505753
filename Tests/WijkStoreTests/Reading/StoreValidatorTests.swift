import Testing
import TestSupport
import WijkDomain
@testable import WijkStore

@Suite("The checks that need the whole store")
struct StoreValidatorTests {
    /// A store in which every check fires once: each reference to an id that is not there, each BSN and postcode
    /// that is not valid, in every kind of file that has them.
    static func everyFault() throws -> TemporaryStore {
        let dir = "households/h-1/"
        return try TemporaryStore([
            "team/w-ab.rec": "%rec: Worker\n\nId: w-ab\nName: Anouk Bakker\nInitials: AB\nRole: coordinator\n",
            "resources/r-deel.rec": "%rec: Resource\n\nId: r-deel\nName: De Deel\nKind: buurthuis\n",
            "requests/20261120T090000Z-ab-ws1-aaaa.rec": """
                %rec: HelpRequest

                Id: 20261120T090000Z-ab-ws1-aaaa
                Received: 2026-11-20
                Name: J. Smit
                Question: Hulp bij post
                Status: new
                Household: h-9
                Resource: r-9
                TakenBy: w-9
                Postcode: 97910 AB
                BSN: 111222334

                %rec: Triage

                Id: t-1
                Date: 2026-11-21
                Worker: w-8
                Regisseur: w-7
                Status: in-progress

                """,
            dir + "household.rec": TemporaryStore.household("h-1", members: "Id: m-1\nName: Anouk\nBSN: 111222334\n")
                .replacingOccurrences(of: "Regisseur: w-ab", with: "Regisseur: w-6")
                .replacingOccurrences(of: "Postcode: 9791 AB", with: "Postcode: 9791"),
            dir + "plan.rec": "%rec: Goal\n\nId: g-1\nDomain: Finances\nText: Schulden in beeld\n\n"
                + "%rec: Action\n\nId: a-1\nGoal: g-9\nText: Bellen\nWho: member:m-9\n\n"
                + "Id: a-2\nGoal: g-1\nText: Aanmelden\nWho: resource:r-8\n",
            dir + "journal/20261120T100000Z-ab-ws1-cccc.rec": TemporaryStore.journal("j-1")
                .replacingOccurrences(of: "Author: w-ab", with: "Author: w-5"),
            dir + "zrm/20260301T100000Z-ab-ws1-eeee.rec": "%rec: Assessment\n\nId: z\nDate: 2026-03-01\n"
                + "Assessor: w-4\nSubject: m-8\nFinances: 2\n",
            dir + "expenses/20261101T100000Z-ab-ws1-bbbb.rec": "%rec: Expense\n\nId: e\nDate: 2026-11-01\n"
                + "Kind: expense\nAmount: 12.50\nDescription: Fiets\nAuthor: w-3\nResource: r-7\n",
            dir + "referrals/20261109T091530Z-ab-ws1-f5tk.rec": """
                %rec: Referral

                Id: 20261109T091530Z-ab-ws1-f5tk
                Date: 2026-11-09
                Worker: w-2
                Resource: r-6
                Member: m-7
                Goal: g-8
                Status: proposed

                %rec: ReferralStep

                Id: s-1
                Date: 2026-11-09
                Worker: w-1
                Status: proposed

                """,
        ])
    }

    static let request = "requests/20261120T090000Z-ab-ws1-aaaa.rec"
    static let dir = "households/h-1/"

    static func unknown(_ path: String, _ line: Int, _ field: String, _ id: String) -> StoreProblem {
        StoreProblem(path: path, line: line, kind: .unknownReference(field: field, id: id))
    }

    /// Every fault of `everyFault()`, by file and line.
    static let expected: [StoreProblem] = [
        unknown(dir + "expenses/20261101T100000Z-ab-ws1-bbbb.rec", 8, "Author", "w-3"),
        unknown(dir + "expenses/20261101T100000Z-ab-ws1-bbbb.rec", 9, "Resource", "r-7"),
        StoreProblem(path: dir + "household.rec", line: 7, kind: .invalidPostcode(field: "Postcode")),
        unknown(dir + "household.rec", 9, "Regisseur", "w-6"),
        StoreProblem(path: dir + "household.rec", line: 18, kind: .invalidBSN(field: "BSN")),
        unknown(dir + "journal/20261120T100000Z-ab-ws1-cccc.rec", 6, "Author", "w-5"),
        unknown(dir + "plan.rec", 10, "Goal", "g-9"),
        unknown(dir + "plan.rec", 12, "Who", "m-9"),
        unknown(dir + "plan.rec", 17, "Who", "r-8"),
        unknown(dir + "referrals/20261109T091530Z-ab-ws1-f5tk.rec", 5, "Worker", "w-2"),
        unknown(dir + "referrals/20261109T091530Z-ab-ws1-f5tk.rec", 6, "Resource", "r-6"),
        unknown(dir + "referrals/20261109T091530Z-ab-ws1-f5tk.rec", 7, "Member", "m-7"),
        unknown(dir + "referrals/20261109T091530Z-ab-ws1-f5tk.rec", 8, "Goal", "g-8"),
        unknown(dir + "referrals/20261109T091530Z-ab-ws1-f5tk.rec", 15, "Worker", "w-1"),
        unknown(dir + "zrm/20260301T100000Z-ab-ws1-eeee.rec", 5, "Assessor", "w-4"),
        unknown(dir + "zrm/20260301T100000Z-ab-ws1-eeee.rec", 6, "Subject", "m-8"),
        unknown(request, 8, "Household", "h-9"),
        unknown(request, 9, "Resource", "r-9"),
        unknown(request, 10, "TakenBy", "w-9"),
        StoreProblem(path: request, line: 11, kind: .invalidPostcode(field: "Postcode")),
        StoreProblem(path: request, line: 12, kind: .invalidBSN(field: "BSN")),
        unknown(request, 18, "Worker", "w-8"),
        unknown(request, 19, "Regisseur", "w-7"),
    ]

    @Test("Every reference to an id that is not there, and every invalid BSN and postcode, is named by file and line")
    func everyCheckFires() throws {
        let store = try Self.everyFault()
        let snapshot = try StoreReader.read(store.root)
        #expect(snapshot.dossiers.count == 1 && snapshot.requests.count == 1, "\(snapshot.problems)")
        #expect(StoreValidator.problems(in: snapshot) == Self.expected)
    }

    @Test("A whole check, each file parsed once, finds every fault the files read again from disk show")
    func oneParseFindsTheSame() throws {
        let store = try Self.everyFault()
        let (snapshot, problems) = try StoreValidator.readAndCheck(store.root)
        #expect(snapshot.problems == [])
        #expect(problems == Self.expected)
    }

    @Test("A whole check keeps of each file only the fields the checks look at")
    func keepsOnlyWhatIsLookedAt() throws {
        let store = try Self.everyFault()
        let excerpts = RecordExcerpts(fields: StoreValidator.looksAt)
        _ = try StoreReader.read(store.root, keeping: excerpts)
        let kept = excerpts.all
        let household = kept.records(Self.dir + "household.rec", of: "Household")
        #expect(household.map { $0.fields.map(\.name) } == [["Postcode", "Regisseur"]])
        #expect(kept.records(Self.dir + "household.rec", of: "Member").first?.fields.map(\.name) == ["Id", "BSN"])
        #expect(kept.names(in: Self.dir + "journal") == ["20261120T100000Z-ab-ws1-cccc.rec"])
        #expect(kept.records(Self.dir + "budget.rec", of: "Budget") == [])
    }
}
