import Foundation
import Testing
import TestSupport
import WijkDomain
@testable import WijkStore

@Suite("PINs, sign-in rules and the audit trail")
struct SecurityTests {
    @Test("A PIN is stored as a salted yescrypt hash from crypt(3) and verified against it")
    func pins() throws {
        let hash = try #require(PinHash.make("4821"))
        #expect(hash.hasPrefix("$y$"))
        #expect(!hash.contains("4821"))
        #expect(PinHash.verify("4821", against: hash))
        #expect(!PinHash.verify("4822", against: hash))
        #expect(!PinHash.verify("4821", against: ""))
        #expect(PinHash.make("4821") != hash, "a fresh salt each time")
        #expect(PinHash.verify("4821", against: "$6$saltsalt$" + "x") == false)
        #expect(PinHash.isAcceptable("0042"))
        #expect(!PinHash.isAcceptable("123"))
        #expect(!PinHash.isAcceptable("12a4"))
    }

    @Test("Five wrong PINs in a row bring a wait that doubles with each further wrong PIN, up to an hour")
    func lockout() {
        let t0 = Timestamp(seconds: 1_000_000)
        let four = (0..<4).map { Timestamp(seconds: t0.seconds + Int64($0)) }
        #expect(SignInPolicy.lockedUntil(failures: four, now: t0) == nil)
        #expect(SignInPolicy.attemptsLeft(failures: 4) == 1)
        let five = four + [Timestamp(seconds: t0.seconds + 10)]
        #expect(SignInPolicy.lockedUntil(failures: five, now: Timestamp(seconds: t0.seconds + 20))
                == Timestamp(seconds: t0.seconds + 40))
        #expect(SignInPolicy.lockedUntil(failures: five, now: Timestamp(seconds: t0.seconds + 41)) == nil)
        #expect(SignInPolicy.wait(afterFailures: 6) == 60)
        #expect(SignInPolicy.wait(afterFailures: 7) == 120)
        #expect(SignInPolicy.wait(afterFailures: 40) == 3600)
    }

    @Test("Roles: medewerkers work with households, coordinators also triage and manage the team, beheerders the settings and the audit")
    func roles() {
        #expect(Worker.Role.worker.allows(.workWithHouseholds))
        #expect(!Worker.Role.worker.allows(.manageTeam))
        #expect(!Worker.Role.worker.allows(.readAudit))
        #expect(Worker.Role.coordinator.allows(.triage) && Worker.Role.coordinator.allows(.manageTeam))
        #expect(!Worker.Role.coordinator.allows(.readAudit))
        #expect(Worker.Role.admin.allows(.readAudit) && Worker.Role.admin.allows(.manageSettings))
        #expect(!Worker.Role.admin.allows(.triage))
    }

    func events(_ station: String) -> [AuditEvent] {
        let t = Timestamp(seconds: 1_795_774_530)
        return [
            AuditEvent(time: t, worker: "w-ab", workstation: station, action: .signInFailed, outcome: .failed),
            AuditEvent(time: Timestamp(seconds: t.seconds + 5), worker: "w-ab", workstation: station, action: .signIn),
            AuditEvent(time: Timestamp(seconds: t.seconds + 9), worker: "w-ab", workstation: station, action: .open,
                       object: "h-0001"),
            AuditEvent(time: Timestamp(seconds: t.seconds + 20), worker: "w-mk", workstation: station,
                       action: .emergencyAccess, object: "h-0002", reason: "Crisis, regisseur onbereikbaar"),
        ]
    }

    @Test("Events are appended per workstation and month, read back in time order, and pass recfix")
    func appendAndRead() throws {
        let store = try TemporaryStore()
        for station in ["werkplek-1", "werkplek-2"] {
            let log = AuditLog(root: store.root, workstation: station)
            for event in events(station) { try log.append(event) }
        }
        let read = AuditLog.read(root: store.root)
        #expect(read.breaks == [])
        #expect(read.entries.count == 8)
        #expect(read.entries.map(\.event.time) == read.entries.map(\.event.time).sorted())
        #expect(read.entries[0].path == "audit/werkplek-1/2026-11.rec")
        #expect(read.entries.last?.event.reason == "Crisis, regisseur onbereikbaar")
        #expect(AuditLog.verify(root: store.root) == [])
        #expect(try Command.recfixFailures(Command.recFiles(under: store.root)) ?? [] == [])
        let mode = try FileManager.default.attributesOfItem(atPath: store.root + "/audit/werkplek-1/2026-11.rec")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(AuditEvent.failuresSinceSignIn(of: "w-ab", in: read.entries.map(\.event)) == [])
    }

    @Test("A changed line breaks its own hash, a removed line the chain: verify names the line")
    func tampering() throws {
        let store = try TemporaryStore()
        let log = AuditLog(root: store.root, workstation: "werkplek-1")
        for event in events("werkplek-1") { try log.append(event) }
        let path = store.root + "/audit/werkplek-1/2026-11.rec"
        let original = try String(contentsOfFile: path, encoding: .utf8)

        try original.replacingOccurrences(of: "Object: h-0001", with: "Object: h-0009")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let changed = AuditLog.verify(root: store.root)
        #expect(changed.map(\.reason) == [.hashMismatch])
        #expect(changed.first?.line == original.components(separatedBy: "\n").firstIndex { $0 == "Time: 2026-11-27T10:15:39Z" }! + 1)

        var records = original.components(separatedBy: "\n\n")
        records.remove(at: 2)  // the second event
        try records.joined(separator: "\n\n").write(toFile: path, atomically: true, encoding: .utf8)
        let removed = AuditLog.verify(root: store.root)
        #expect(removed.map(\.reason) == [.chainBroken])
    }
}
