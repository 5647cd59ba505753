import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("The audit trail in the app", .serialized)
struct AuditTrailTests {
    @Test("Only the beheerder reads the audit trail in the app; it says whether the chain is whole")
    func auditForAdmin() throws {
        let store = try TeamStore.copy()
        var coordinator = try TeamStore.app(store)
        TeamStore.signIn(&coordinator, "ab", "1111")
        Fixture.press(&coordinator, .character("a"))
        #expect(coordinator.overlay == nil)
        var admin = try TeamStore.app(store)
        TeamStore.signIn(&admin, "fd", "3333")
        Fixture.press(&admin, .character("a"))
        let screen = Fixture.render(admin)
        #expect(screen.contains("Keten heel: 2 gebeurtenissen."))
        #expect(screen.contains("w-fd   werkplek-1  sign-in"))
    }

    @Test("Searches and changes are recorded with ids only: no search text, no values")
    func searchAndChange() throws {
        let store = try TeamStore.copy()
        var state = try TeamStore.app(store)
        TeamStore.signIn(&state, "ab", "1111")
        Fixture.press(&state, .character("/"))
        Fixture.type(&state, "berg")
        Fixture.press(&state, .enter)
        Fixture.press(&state, .enter, .character("e"))
        Fixture.press(&state, .tab, .tab, .tab, .tab)
        Fixture.type(&state, "050 1234")
        Fixture.press(&state, .enter)
        let events = AuditLog.read(root: store.root).entries.map(\.event)
        #expect(events.map(\.action) == [.signIn, .search, .open, .change])
        #expect(events[1].object == "caseload")
        #expect(events[2].object == "h-2")
        #expect(events[3].object == "h-2")
        let text = try String(contentsOfFile: store.root + "/" + AuditLog.read(root: store.root).entries[0].path, encoding: .utf8)
        #expect(!text.contains("berg") && !text.contains("050 1234") && !text.contains("Van der Berg"))
    }
}
