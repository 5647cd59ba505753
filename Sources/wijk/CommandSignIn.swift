import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// A command that acts for a person of the team (`--as ID`): an active worker, allowed what the command does,
/// who types their own PIN. A wrong PIN counts as a failed sign-in in the audit trail, about `object`.
enum CommandSignIn {
    /// What the command says when the worker is unknown, not allowed, or types a wrong PIN (each with the id).
    struct Refusals {
        var unknown: Text
        var notAllowed: Text
        var wrongPin: Text
    }

    /// The worker, or the exit status after saying why not: 1 refused, 2 no PIN to be had.
    static func worker(_ id: String, in snapshot: StoreSnapshot, may permission: Permission, object: String,
                       pinFromStdin: Bool, refusals: Refusals, _ t: Strings) -> Result<Worker, ExitStatus> {
        guard let worker = snapshot.worker(id), worker.active else {
            Wijk.printError(t(refusals.unknown, Printable.escaped(id)))
            return .failure(ExitStatus(1))
        }
        guard worker.may(permission) else {
            Wijk.printError(t(refusals.notAllowed, worker.id))
            return .failure(ExitStatus(1))
        }
        guard let pin = readPin(for: worker, fromStdin: pinFromStdin, t) else { return .failure(ExitStatus(2)) }
        guard !worker.pinHash.isEmpty, PinHash.verify(pin, against: worker.pinHash) else {
            let here = Wijk.workstation()
            try? AuditLog(root: snapshot.root, workstation: here)
                .append(AuditEvent(time: SystemClock.now().instant, worker: worker.id, workstation: here,
                                   action: .signInFailed, object: object, outcome: .failed))
            Wijk.printError(t(refusals.wrongPin, worker.id))
            return .failure(ExitStatus(1))
        }
        return .success(worker)
    }

    /// The worker's PIN: one line of standard input with `--pin-stdin`, else asked on the terminal with echo off.
    static func readPin(for worker: Worker, fromStdin: Bool, _ t: Strings) -> String? {
        if fromStdin { return (readLine(strippingNewline: true) ?? "").trimmingCharacters(in: .whitespaces) }
        guard isatty(STDIN_FILENO) == 1 else {
            Wijk.printError(t(.pinNeedsTerminal))
            return nil
        }
        return InitCommand.prompt(t(.retentionPinPrompt, worker.initials))
    }

    /// An exit status as an error, so a refusal travels in a `Result`.
    struct ExitStatus: Error {
        var code: Int32
        init(_ code: Int32) { self.code = code }
    }
}
