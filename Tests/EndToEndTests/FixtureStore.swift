import Foundation
import WijkStore

/// Writes small fictional stores for end-to-end tests.
///
/// Anouk Bakker (w-ab, coordinator) has PIN 1111, Mehmet Kaya (w-mk) PIN 2222.
enum FixtureStore {
    /// Hashed once: yescrypt is slow on purpose.
    nonisolated(unsafe) static let pinHashes = (ab: PinHash.make("1111")!, mk: PinHash.make("2222")!)

    /// A store with one coordinator (AB) and the given households (id, name, street, city), all active.
    static func make(households: [(String, String, String, String)], idleLockSeconds: Int? = nil) throws -> String {
        let root = try Binary.temporaryFolder() + "/store"
        try write(root, "wijkdesk.rec", "%rec: Store\n\nFormat: 1\nTeam: Sociaal team Ten Boer\n"
                  + (idleLockSeconds.map { "IdleLockSeconds: \($0)\n" } ?? ""))
        try write(root, "team/w-ab.rec", "%rec: Worker\n\nId: w-ab\nName: Anouk Bakker\nInitials: AB\nRole: coordinator\n"
                  + "PinHash: \(pinHashes.ab)\n")
        try write(root, "team/w-mk.rec", "%rec: Worker\n\nId: w-mk\nName: Mehmet Kaya\nInitials: MK\nRole: worker\n"
                  + "PinHash: \(pinHashes.mk)\n")
        for (id, name, street, city) in households {
            try write(root, "households/\(id)/household.rec", """
                %rec: Household

                Id: \(id)
                Name: \(name)
                Street: \(street)
                City: \(city)
                Regisseur: w-ab
                Status: active
                Start: 2026-01-05

                """)
        }
        return root
    }

    static func write(_ root: String, _ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
