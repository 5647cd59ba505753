import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Running programs from tests: find them on the PATH, run them to their end, check files with recfix.
public enum Command {
    /// Whether end-to-end checks must run (make test sets WIJK_REQUIRE_E2E=1): then a missing tool fails the test.
    public static let required = ProcessInfo.processInfo.environment["WIJK_REQUIRE_E2E"] == "1"

    /// Whether `tool` is on the PATH.
    public static func has(_ tool: String) -> Bool { path(of: tool) != nil }

    /// Where `tool` is on the PATH.
    public static func path(of tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(tool)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// The result of running a command to its end.
    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `executable` with `arguments`, stdin from /dev/null, and waits for it.
    ///
    /// Uses posix_spawn and waitpid rather than Foundation's Process, whose
    /// wait did not return for the short-lived tmux client (it stayed a
    /// zombie). Output goes to temporary files, not pipes: a daemon the
    /// command starts (the tmux server) would hold a pipe open.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                           input: String? = nil) throws -> Result {
        let base = NSTemporaryDirectory() + "wijk-run-" + UUID().uuidString
        defer {
            unlink(base + ".in")
            unlink(base + ".out")
            unlink(base + ".err")
        }
        var stdin = "/dev/null"
        if let input {
            try input.write(toFile: base + ".in", atomically: true, encoding: .utf8)
            stdin = base + ".in"
        }
        let pid = try spawn(executable, arguments, environment: environment, stdin: stdin, stdout: base + ".out",
                            stderr: base + ".err")
        let exitCode = wait(pid)
        let stdout = (try? Data(contentsOf: URL(fileURLWithPath: base + ".out"))) ?? Data()
        let stderr = (try? Data(contentsOf: URL(fileURLWithPath: base + ".err"))) ?? Data()
        return Result(status: exitCode, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Starts `executable` without waiting; stdout and stderr go to the given files.
    public static func spawn(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                             stdin: String = "/dev/null", stdout: String = "/dev/null",
                             stderr: String = "/dev/null") throws -> pid_t {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // The test runs on a Dispatch worker thread, which blocks signals such as
        // SIGWINCH and SIGTERM; a child would inherit that mask, so clear it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw SpawnError(executable: executable, code: spawned) }
        return pid
    }

    /// Waits for `pid` and returns its exit status (128 + signal when killed).
    @discardableResult
    public static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    public struct SpawnError: Error {
        var executable: String
        var code: Int32
    }

    /// A fresh private folder under the temporary directory.
    public static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "wijk-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        return path
    }

    /// Runs `recfix --check` on each file; returns the failures as `file: message`, or nil when recfix is
    /// not installed (and not required).
    public static func recfixFailures(_ files: [String]) throws -> [String]? {
        guard let recfix = path(of: "recfix") else {
            if required { return ["recfix is not installed: make test installs recutils"] }
            return nil
        }
        return try files.compactMap { file in
            let result = try run(recfix, ["--check", file])
            return result.status == 0 ? nil : file + ": " + result.stderr
        }
    }

    /// Every `.rec` file under `folder`.
    public static func recFiles(under folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".rec") && !$0.hasPrefix(".wijk/") }.map { folder + "/" + $0 }
    }
}
