import WijkStore
import WijkUI

/// `wijk init STORE --team … --coordinator … --initials …`: a new, empty store with its first coordinator.
enum InitCommand {
    static func run(store: String, team: String, coordinator: String, initials: String, strings t: Strings) -> Int32 {
        do {
            let id = try StoreInit.create(at: store, team: team, coordinator: coordinator, initials: initials)
            print(t(.initDone, store, coordinator, id))
            return 0
        } catch {
            switch error {
            case .notEmpty(let path): Wijk.printError(t(.folderNotEmpty, path))
            case .badInitials: Wijk.printError(t(.badInitials))
            case .io(let path, let reason): Wijk.printError(t(.ioError, path, reason))
            }
            return 1
        }
    }
}
