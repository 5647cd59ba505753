import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("The inzage from the plan", .serialized)
struct SubjectAccessKeyTests {
    @Test("I in the plan refuses a medewerker: no folder, no export in the audit trail")
    func medewerkerRefused() throws {
        let store = try TeamStore.copy()
        let folder = try Command.temporaryFolder() + "/inzage"
        var state = try TeamStore.app(store)
        state.exportFolder = folder
        TeamStore.signIn(&state, "mk", "2222")
        Fixture.press(&state, .enter, .character("I"))
        #expect(state.workspace.notice == Strings(.nl)(.notAllowed))
        #expect(!FileManager.default.fileExists(atPath: folder))
        #expect(!AuditLog.read(root: store.root).entries.contains { $0.event.action == .export })
    }

    @Test("I in the plan: a coordinator's inzage is recorded, then written outside the store, and says where")
    func coordinatorExports() throws {
        let store = try TeamStore.copy()
        let folder = try Command.temporaryFolder() + "/inzage"
        var state = try TeamStore.app(store)
        state.exportFolder = folder
        TeamStore.signIn(&state, "ab", "1111")
        Fixture.press(&state, .enter)
        let id = try #require(state.workspace.selectedDossier?.id)
        Fixture.press(&state, .character("I"))
        let events = AuditLog.read(root: store.root).entries.map(\.event)
        let export = try #require(events.last)
        #expect(export.action == .export && export.object == "avg:" + id && export.worker == "w-ab")
        let target = folder + "/inzage-" + id + "-" + Fixture.now.day.iso.replacingOccurrences(of: "-", with: "")
        #expect(state.workspace.notice?.contains(target) == true, "\(state.workspace.notice ?? "")")
        let report = try String(contentsOfFile: target + "/inzage.md", encoding: .utf8)
        #expect(report.contains("| export | avg:" + id + " |"))
        #expect(FileManager.default.fileExists(atPath: target + "/bestanden/households/" + id + "/household.rec"))
        let mode = try FileManager.default.attributesOfItem(atPath: target + "/inzage.md")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(!target.hasPrefix(store.root))

        Fixture.press(&state, .character("I"))
        #expect(state.workspace.notice?.contains(target + "-2") == true, "a second inzage gets its own folder")
    }
}
