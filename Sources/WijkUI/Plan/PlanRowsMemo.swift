import Foundation
import WijkDomain

/// The plan's rows as last worked out, and what for: the pane asks for them several times a key (the count,
/// the selection, the frame), and working them out (every goal, action, referral and journal entry, wrapped
/// and dated) was a third of drawing a 200×60 screen.
///
/// A reference shared by copies of the pane, so a frame (which may not change the state) can fill it; the key
/// holds everything the rows depend on, so a copy never sees another's rows for other inputs.
final class PlanRowsMemo: @unchecked Sendable {
    struct Key: Equatable {
        var household: String
        /// `Workspace.revision`: changes whenever anything from the store is read again.
        var revision: Int
        var day: Day
        var viewer: String?
        var language: Language
        var filter: String
        var accesses: Int
    }

    private let lock = NSLock()
    private var key: Key?
    private var rows: [PlanRow] = []

    /// The rows for `key`, worked out by `make` only when the key is new.
    func rows(for key: Key, _ make: () -> [PlanRow]) -> [PlanRow] {
        lock.lock()
        if self.key == key {
            defer { lock.unlock() }
            return rows
        }
        lock.unlock()
        let made = make()
        lock.lock()
        self.key = key
        rows = made
        lock.unlock()
        return made
    }
}
