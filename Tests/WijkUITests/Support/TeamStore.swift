import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

/// A small team on a real store for the sign-in, team and audit tests, and how to sign in to it.
enum TeamStore {
    /// A real store with three workers (AB coordinator PIN 1111, MK worker 2222, FD beheerder 3333) and two
    /// households, one of them restricted with MK as regisseur.
    nonisolated(unsafe) static let store: TemporaryStore = {
        let hash = { (pin: String) in PinHash.make(pin)! }
        return try! TemporaryStore([
            "team/w-ab.rec": "%rec: Worker\n\nId: w-ab\nName: Anouk Bakker\nInitials: AB\nRole: coordinator\nPinHash: \(hash("1111"))\n",
            "team/w-mk.rec": "%rec: Worker\n\nId: w-mk\nName: Mehmet Kaya\nInitials: MK\nRole: worker\nPinHash: \(hash("2222"))\n",
            "team/w-ld.rec": "%rec: Worker\n\nId: w-ld\nName: Lieke Dijkstra\nInitials: LD\nRole: worker\nPinHash: \(hash("4444"))\n",
            "team/w-fd.rec": "%rec: Worker\n\nId: w-fd\nName: Fenna Dekker\nInitials: FD\nRole: admin\nPinHash: \(hash("3333"))\n",
            "team/w-old.rec": "%rec: Worker\n\nId: w-old\nName: Oud Collega\nInitials: OC\nRole: worker\nActive: no\n",
            "households/h-1/household.rec": TemporaryStore.household("h-1"),
            "households/h-2/household.rec": TemporaryStore.household("h-2", name: "Van der Berg",
                                                                      extra: "Confidentiality: restricted\n")
                .replacingOccurrences(of: "Regisseur: w-ab", with: "Regisseur: w-mk"),
        ])
    }()

    /// The app at the sign-in screen of a fresh copy of the store, with an audit trail of its own.
    static func app(_ store: TemporaryStore = TeamStore.store, workstation: String = "werkplek-1") throws -> AppState {
        let snapshot = try StoreReader.read(store.root)
        var state = AppState(snapshot: snapshot, viewer: nil, storeLabel: "~/teststore", workstation: workstation,
                             writer: StoreWriter(root: store.root, workstation: workstation),
                             audit: AuditLog(root: store.root, workstation: workstation), now: Fixture.now)
        state.requireSignIn()
        return state
    }

    static func copy() throws -> TemporaryStore {
        let fresh = try TemporaryStore(info: false)
        try FileManager.default.removeItem(atPath: fresh.root)
        try FileManager.default.copyItem(atPath: TeamStore.store.root, toPath: fresh.root)
        return fresh
    }

    static func signIn(_ state: inout AppState, _ who: String, _ pin: String, at now: LocalTime = Fixture.now) {
        for c in who { _ = state.handle(.character(c), size: Fixture.size, now: now) }
        _ = state.handle(.enter, size: Fixture.size, now: now)
        for c in pin { _ = state.handle(.character(c), size: Fixture.size, now: now) }
        _ = state.handle(.enter, size: Fixture.size, now: now)
    }

    static func later(_ seconds: Int64) -> LocalTime {
        LocalTime(day: Fixture.now.day, hour: Fixture.now.hour, minute: Fixture.now.minute,
                  instant: Timestamp(seconds: Fixture.now.instant.seconds + seconds))
    }
}
