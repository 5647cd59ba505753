import Foundation
import WijkStore
import WijkUI

/// `wijk generate STORE [--households N]`: a large fictional store for benchmarks.
enum GenerateCommand {
    static func run(store: String, households: Int, strings t: Strings) -> Int32 {
        guard !FileManager.default.fileExists(atPath: store) else {
            Wijk.printError(t(.folderNotEmpty, store))
            return 1
        }
        do {
            let files = try StoreGenerator(households: households).write(to: store)
            print(t(.generateDone, store, String(households), String(files)))
            return 0
        } catch {
            Wijk.printError(t(.ioError, store, error.message))
            return 1
        }
    }
}
