import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore

/// `u` in the real binary on a copy of the demo store, the files on disk read back.
@Suite("Undo in the real binary", .serialized)
struct UndoEndToEndTests {
    func household(_ store: String, _ name: String) throws -> Dossier {
        try #require(try StoreReader.read(store).dossiers.first { $0.household.name == name })
    }

    @Test("A journal note, then a referral, then u: the referral is withdrawn, the note stays; close, reopen, u: closed again, the journal says so")
    func noteReferralCloseReopen() throws {
        guard Binary.has("tmux") else {
            if Binary.required { Issue.record("tmux is not installed: run make test, which installs it") }
            return
        }
        let home = try Binary.temporaryFolder()
        let store = home + "/demo"
        let tmux = try Tmux("bash -c " + Tmux.quote(Binary.wijk + " demo --store " + store + "; sleep 60"),
                            environment: ["HOME": home])
        try tmux.waitFor("? help")
        // Boukema, by the caseload's filter.
        try tmux.send("/")
        try tmux.send("Boukema", literal: true)
        try tmux.send("Enter", "Enter")
        try tmux.waitFor("Huishoudplan · Boukema")
        let before = try household(store, "Boukema")

        try tmux.send("n")
        try tmux.waitFor("Ctrl-S")
        try tmux.send("Tab", "Tab", "Tab")
        try tmux.send("Gebeld over de afspraak.", literal: true)
        try tmux.send("C-s")
        try tmux.waitFor("Opgeslagen")
        try tmux.send("V")
        try tmux.waitFor("Enter verwijzen")
        try tmux.send("Enter")
        try tmux.waitFor("opslaan")
        try tmux.send("C-s")
        try tmux.waitForAbsence("opslaan")
        let referred = try household(store, "Boukema")
        #expect(referred.referrals.count == before.referrals.count + 1)

        try tmux.send("u")
        var screen = try tmux.waitFor("Ongedaan maken: ")
        #expect(screen.contains("Inloophuis De Schakel"), "u names the referral: \(screen)")
        try tmux.send("j")
        screen = try tmux.waitFor("Ongedaan gemaakt: ")
        let undone = try household(store, "Boukema")
        let referral = try #require(undone.referrals.first { r in !before.referrals.contains { $0.id == r.id } })
        #expect(referral.status == .stopped, "the referral is withdrawn by a step of its own")
        #expect(undone.journal.contains { $0.text == "Gebeld over de afspraak." }, "the note before it stays")
        #expect(!undone.journal.contains { $0.corrects == undone.journal.first { $0.text == "Gebeld over de afspraak." }?.id },
                "and is not withdrawn")

        // Close, reopen, u: closed again; the journal has the reopening withdrawn.
        try tmux.send("s")
        try tmux.waitFor("Huishouden afsluiten")
        // No reason is chosen beforehand: typing finds it.
        try tmux.send("volgens", literal: true)
        try tmux.waitFor("‹ volgens plan ›")
        try tmux.send("Enter")
        try tmux.waitFor("Eind-ZRM")
        try tmux.send("Escape", "j")
        // The caseload keeps its filter: under ‘afgesloten’ Boukema is the one row.
        try tmux.send("1", "v", "v")
        try tmux.waitFor("Caseload · afgesloten")
        try tmux.send("Enter", "s")
        try tmux.waitFor("heropenen")
        try tmux.send("j")
        try tmux.waitFor("Opgeslagen")
        #expect(try household(store, "Boukema").household.status == .active)
        try tmux.send("u")
        screen = try tmux.waitFor("Ongedaan maken: ")
        #expect(screen.contains("Huishouden heropend"), "\(screen)")
        try tmux.send("j")
        try tmux.waitFor("Ongedaan gemaakt: ")
        let again = try household(store, "Boukema")
        #expect(again.household.status == .closed)
        let reopened = try #require(again.journal.last { $0.text == "Huishouden heropend." })
        #expect(again.corrections(of: reopened).count == 1, "the reopening's note is withdrawn with it")
        #expect(try Command.recfixFailures(Command.recFiles(under: store)) ?? [] == [])
    }
}
