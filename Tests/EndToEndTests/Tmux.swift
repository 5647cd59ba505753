import Foundation

/// A tmux server of its own (private socket) running one command in an 80×24 window, for driving the real binary.
final class Tmux {
    let socket = "wijk-e2e-" + UUID().uuidString.prefix(8)
    let tmux: String

    /// Starts `command` (a shell command line) in a detached session of `columns`×`rows`.
    init(_ command: String, columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]) throws {
        tmux = Binary.path(of: "tmux") ?? "/usr/bin/tmux"
        let env = (["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color"].merging(environment) { $1 })
            .map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
        // NO_COLOR only when a test asks for it (the test runner may have it set).
        let unset = environment["NO_COLOR"] == nil ? "-u NO_COLOR " : ""
        try tmuxCommand(["-u", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "env \(unset)\(env) \(command)"])
        try tmuxCommand(["set-option", "-g", "window-size", "manual"])
    }

    deinit { _ = try? tmuxCommand(["kill-server"]) }

    /// Types keys as tmux names them (`Enter`, `Escape`, `C-c`, `Down`, or literal text with `literal`).
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmuxCommand(["send-keys", "-t", "0"] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible screen as text.
    func capture() throws -> String {
        try tmuxCommand(["capture-pane", "-p", "-t", "0"])
    }

    func resize(columns: Int, rows: Int) throws {
        try tmuxCommand(["resize-window", "-t", "0", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The pid of the program `name` started by the pane's shell, read from /proc (no pgrep needed).
    func childPid(named name: String) throws -> Int32? {
        let panePid = try tmuxCommand(["list-panes", "-t", "0", "-F", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { continue }
            let command = stat[stat.index(after: open)..<close]
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if command == name, fields.count > 1, fields[1] == panePid { return pid }
        }
        return nil
    }

    /// Waits until the screen contains `text` (at most `timeout` seconds); returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try wait(until: { $0.contains(text) }, describing: text, timeout: timeout)
    }

    /// Waits until the screen no longer contains `text`.
    @discardableResult
    func waitForAbsence(_ text: String, timeout: Double = 10) throws -> String {
        try wait(until: { !$0.contains(text) }, describing: "absence of " + text, timeout: timeout)
    }

    private func wait(until condition: (String) -> Bool, describing: String, timeout: Double) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            // A match is taken only when the next capture shows the same screen: on a loaded machine tmux can
            // be caught halfway through a frame (the header drawn, the rest not yet), and a test then asserts
            // on text that is about to appear.
            if condition(screen) {
                Thread.sleep(forTimeInterval: 0.03)
                let again = try capture()
                if again == screen { return screen }
                screen = again
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError.timeout(waitingFor: describing, screen: screen)
    }

    @discardableResult
    private func tmuxCommand(_ arguments: [String]) throws -> String {
        let result = try Binary.run(tmux, ["-L", socket] + arguments)
        guard result.status == 0 else { throw TmuxError.failed(arguments.joined(separator: " "), result.stderr) }
        return result.stdout
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

enum TmuxError: Error, CustomStringConvertible {
    case timeout(waitingFor: String, screen: String)
    case failed(String, String)

    var description: String {
        switch self {
        case .timeout(let text, let screen): return "timed out waiting for “\(text)”; screen was:\n\(screen)"
        case .failed(let command, let error): return "tmux \(command) failed: \(error)"
        }
    }
}
