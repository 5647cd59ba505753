#if canImport(Glibc)
import Glibc
#endif

/// Puts the terminal back from inside a signal handler, using only async-signal-safe calls.
///
/// At start-up the terminal's settings and the escape sequences that undo
/// curses (leave the alternate screen, show the cursor, reset attributes)
/// are saved; a handler for Ctrl-C, SIGTERM or a crash then only calls
/// `write` and `tcsetattr`, which are safe in a signal handler, unlike `endwin`.
enum TerminalRestore {
    nonisolated(unsafe) static var savedTermios = termios()
    nonisolated(unsafe) static var haveTermios = false
    nonisolated(unsafe) static var resetBytes: UnsafeMutablePointer<UInt8>?
    nonisolated(unsafe) static var resetCount = 0

    /// Saves the terminal settings as they are before curses changes them.
    static func saveSettings() {
        haveTermios = tcgetattr(STDIN_FILENO, &savedTermios) == 0
    }

    /// Keeps the escape sequence that undoes curses' screen changes.
    static func prepare(resetSequence: [UInt8]) {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, resetSequence.count))
        buffer.initialize(from: resetSequence, count: resetSequence.count)
        resetBytes = buffer
        resetCount = resetSequence.count
    }

    /// Writes the reset sequence and restores the saved settings; safe in a signal handler.
    static func restoreNow() {
        if let bytes = resetBytes, resetCount > 0 { _ = write(STDOUT_FILENO, bytes, resetCount) }
        if haveTermios { _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios) }
    }

    /// Installs handlers: termination signals restore and exit with 128 +
    /// signal; crash signals restore and re-raise with the default action,
    /// so the exit status still says what happened. No message is printed,
    /// so no client data can end up in crash output.
    static func installHandlers() {
        // A parent may have left signals blocked (a program started from a
        // thread pool inherits its mask): unblock them, or resize and Ctrl-C
        // from outside would never arrive.
        var none = sigset_t()
        sigfillset(&none)
        sigprocmask(SIG_UNBLOCK, &none, nil)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            signal(sig) { sig in
                TerminalRestore.restoreNow()
                _exit(128 + sig)
            }
        }
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            signal(sig) { sig in
                TerminalRestore.restoreNow()
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }
}
