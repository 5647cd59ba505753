import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

/// A start from the snapshot cache: what is shown says it is not yet confirmed, nothing can be changed on it,
/// and what the check found changed is read again before work starts.
@Suite("Starting from the snapshot cache: shown at once, confirmed before anything is changed")
struct CheckingTests {
    @Test("Until the check is done the status bar says so and no form opens; then the form opens")
    func formsWait() {
        var state = Fixture.state()
        state.beginChecking()
        let screen = Fixture.render(state)
        #expect(screen.split(separator: "\n").last?.contains("controleren op wijzigingen…") == true, "\(screen)")
        Fixture.press(&state, .character("n"))
        #expect(state.workspace.layers.isEmpty)
        #expect(Fixture.render(state).contains("Even wachten: wordt nog gecontroleerd."))

        state.checked([], size: Fixture.size, now: Fixture.now)
        #expect(!Fixture.render(state).contains("controleren op wijzigingen"))
        Fixture.press(&state, .character("n"))
        #expect(state.workspace.layers.first is Form)
    }

    @Test("What the check found changed is read again: a name changed in place while Wijkdesk was closed shows")
    func changesShown() throws {
        let store = try TemporaryStore(["households/h-1/household.rec": TemporaryStore.household("h-1", name: "De Vries")])
        let snapshot = try StoreReader.read(store.root)
        var state = AppState(snapshot: snapshot, viewer: Worker(id: "w-ab", name: "Anouk Bakker", initials: "AB",
                                                                role: .coordinator),
                             storeLabel: "~/teststore", now: Fixture.now)
        state.beginChecking()
        #expect(Fixture.render(state).contains("De Vries"))
        try store.write("households/h-1/household.rec", TemporaryStore.household("h-1", name: "De Wit"))
        state.checked(["households/h-1/household.rec"], size: Fixture.size, now: Fixture.now)
        let screen = Fixture.render(state)
        #expect(screen.contains("De Wit") && !screen.contains("De Vries"), "\(screen)")
    }
}
