import Foundation
import WijkStore
import WijkUI
#if canImport(Glibc)
import Glibc
#endif

/// `wijk init STORE --team … --coordinator … --initials … [--pin-stdin]`: a new, empty store with its first coordinator.
///
/// The coordinator's PIN is asked twice on the terminal with echo off, or read once from standard input
/// with `--pin-stdin` for scripted set-up. Only its hash is stored.
enum InitCommand {
    static func run(store: String, team: String, coordinator: String, initials: String, pinFromStdin: Bool,
                    strings t: Strings) -> Int32 {
        guard let pin = readPin(fromStdin: pinFromStdin, t) else { return 2 }
        guard let hash = PinHash.make(pin) else {
            Wijk.printError(t(.ioError, "crypt", "yescrypt"))
            return 1
        }
        do {
            let id = try StoreInit.create(at: store, team: team, coordinator: coordinator, initials: initials,
                                          pinHash: hash)
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

    static func readPin(fromStdin: Bool, _ t: Strings) -> String? {
        let pin: String
        if fromStdin {
            pin = (readLine(strippingNewline: true) ?? "").trimmingCharacters(in: .whitespaces)
        } else {
            guard isatty(STDIN_FILENO) == 1 else {
                Wijk.printError(t(.pinNeedsTerminal))
                return nil
            }
            guard let first = prompt(t(.pinPrompt)), let second = prompt(t(.pinAgain)) else { return nil }
            guard first == second else {
                Wijk.printError(t(.pinsDiffer))
                return nil
            }
            pin = first
        }
        guard PinHash.isAcceptable(pin) else {
            Wijk.printError(t(.pinRule))
            return nil
        }
        return pin
    }

    /// Asks for a line on the terminal with echo off.
    static func prompt(_ text: String) -> String? {
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }
}
