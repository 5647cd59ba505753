import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore

/// A coordinator looks at the reports with the real binary on the demo store: bars in block characters, or
/// plain ones with `NO_COLOR`; each report shown is in the audit trail.
@Suite("The reports screen end to end on the demo store", .serialized)
struct ReportsEndToEndTests {
    func open(_ environment: [String: String] = [:]) throws -> (Tmux, String) {
        let home = try Binary.temporaryFolder()
        let store = home + "/demo"
        let tmux = try Tmux("bash -c " + Tmux.quote(Binary.wijk + " demo --store " + store + "; sleep 60"),
                            environment: ["HOME": home].merging(environment) { $1 })
        try tmux.waitFor("? help")
        return (tmux, store)
    }

    @Test("5 shows the caseload with block bars; Tab the waiting times; both runs are in the audit trail")
    func blocks() throws {
        guard Binary.has("tmux") else {
            if Binary.required { Issue.record("tmux is not installed: run make test, which installs it") }
            return
        }
        let (tmux, store) = try open()
        try tmux.send("5")
        let caseload = try tmux.waitFor("Rapportages · Caseload")
        #expect(caseload.contains("Open huishoudens per medewerker") && caseload.contains("█"), "\(caseload)")
        #expect(caseload.contains("<5"))
        try tmux.send("Tab")
        let waiting = try tmux.waitFor("Rapportages · Wachttijd")
        #expect(waiting.contains("Werkdagen tot het eerste antwoord"))
        try tmux.send("Escape")
        try tmux.waitForAbsence("Rapportages")
        try tmux.send("q")
        try tmux.waitForAbsence("? help")
        let audit = try Binary.run(Binary.wijk, ["audit", store]).stdout
        #expect(audit.contains("  export  report:caseload  ok") && audit.contains("  export  report:waiting  ok"), "\(audit)")
    }

    @Test("With NO_COLOR the bars and sparklines are plain characters")
    func plain() throws {
        guard Binary.has("tmux") else {
            if Binary.required { Issue.record("tmux is not installed: run make test, which installs it") }
            return
        }
        let (tmux, _) = try open(["NO_COLOR": "1"])
        try tmux.send("5")
        let caseload = try tmux.waitFor("Rapportages · Caseload")
        #expect(caseload.contains("#") && !caseload.contains("█") && !caseload.contains("░"), "\(caseload)")
        try tmux.send("q")
    }
}
