import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore

/// A worker's afternoon with the real binary: the municipality's sheet comes in with `wijk resources import`,
/// she finds a resource by typing, asks what fits a household's plan, refers with the client's consent, and
/// after a restart the referral stands in the plan and in the journal.
@Suite("The sociale kaart end to end: import, search, what fits, refer, after a restart", .serialized)
struct SocialeKaartEndToEndTests {
    /// Jansen in Ten Boer: Financiën 2 and a goal about the debts.
    func store() throws -> String {
        let store = try FixtureStore.make(households: [("h-1", "Jansen", "Stationsweg 12", "Ten Boer")])
        let path = store + "/households/h-1/household.rec"
        try FixtureStore.write(store, "households/h-1/household.rec",
                               try String(contentsOfFile: path, encoding: .utf8)
                                + "\n%rec: Member\n\nId: m-1\nName: Joke Jansen\nBorn: 1961-03-02\n")
        try FixtureStore.write(store, "households/h-1/plan.rec",
                               "%rec: Goal\n\nId: g-1\nDomain: Finances\nText: Rekeningen op tijd betaald\nStatus: open\n")
        try FixtureStore.write(store, "households/h-1/zrm/z-1.rec",
                               "%rec: Assessment\n\nId: z-1\nDate: 2026-10-01\nAssessor: w-ab\nSubject: household\nFinances: 2\n")
        return store
    }

    func signIn(_ store: String) throws -> Tmux {
        let tmux = try Tmux("bash -c " + Tmux.quote(Binary.wijk + " " + store + " --as w-ab; sleep 60"))
        try tmux.waitFor("Pincode voor")
        try tmux.send("1111", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("? help")
        return tmux
    }

    @Test("Import a sheet, find by typing, what fits the plan, refer with consent; after a restart it is all there")
    func afternoon() throws {
        guard Binary.has("tmux") else {
            if Binary.required { Issue.record("tmux is not installed: run make test, which installs it") }
            return
        }
        let store = try store()
        let imported = try Binary.run(Binary.wijk, ["resources", "import", store, Repository.path("docs/sociale-kaart-voorbeeld.csv")])
        #expect(imported.status == 0 && imported.stdout == "3 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen.\n",
                "\(imported.stdout)\(imported.stderr)")

        var tmux = try signIn(store)
        try tmux.send("3")
        try tmux.waitFor("3 voorzieningen")
        try tmux.send("/")
        try tmux.send("repair", literal: true)
        var screen = try tmux.waitFor("1 van 3")
        #expect(screen.contains("Repair Café Ten Boer"))
        try tmux.send("Enter", "Enter")
        screen = try tmux.waitFor("burgerinitiatief · repair café")
        #expect(screen.contains("zelf aanmelden"))
        try tmux.send("Escape")
        try tmux.waitForAbsence("burgerinitiatief · repair café")

        try tmux.send("1")
        try tmux.send("Enter")
        try tmux.waitFor("Verwijzingen")
        try tmux.send("V")
        screen = try tmux.waitFor("Wat past bij Jansen")
        #expect(screen.contains("Repair Café Ten Boer") && screen.contains("Financiën 2, doel: Rekeningen op tijd betaald"))
        #expect(!screen.contains("Jeugdhulp"), "for ages 0 to 17; Joke is 65")
        try tmux.send("Enter")
        try tmux.waitFor("Verwijzen naar Repair Café Ten Boer")
        try tmux.send("Tab", "Tab")
        try tmux.send("Broodrooster laten maken in plaats van nieuw kopen", literal: true)
        try tmux.send("Tab", "Right", "Tab", "Tab", "Right")
        screen = try tmux.waitFor("‹ mondeling ›")
        try tmux.send("C-s")
        screen = try tmux.waitFor("Opgeslagen.")
        #expect(screen.contains("▸ • Repair Café Ten Boer (Joke Jansen)") || screen.contains("▸ • Repair Café Ten Boer"),
                "the plan is on the new referral\n\(screen)")
        try tmux.send("q")
        try tmux.waitForAbsence("? help", timeout: 5)

        tmux = try signIn(store)
        try tmux.send("Enter")
        try tmux.waitFor("Verwijzingen")
        try tmux.send("/")
        try tmux.send("repair", literal: true)
        try tmux.waitFor("Filter: repair")
        screen = try tmux.waitFor("Verwijzing Repair Café Ten Boer: voorgesteld.")
        #expect(screen.range(of: #"• Repair Café Ten Boer +voorgesteld \d\d-\d\d-\d{4}"#, options: .regularExpression) != nil,
                "the referral with its status and day\n\(screen)")

        let dossier = try #require(try StoreReader.read(store).dossiers.first)
        let referral = try #require(dossier.referrals.first)
        #expect(referral.consent.given && referral.consent.form == .oral && referral.reason.hasPrefix("Broodrooster"))
        #expect(try Command.recfixFailures(Command.recFiles(under: store)) ?? [] == [])
        let check = try Binary.run(Binary.wijk, ["check", store])
        #expect(check.status == 0, "\(check.stdout)")
    }
}
