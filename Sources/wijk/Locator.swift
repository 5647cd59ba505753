import Foundation

/// Finds the folders Wijkdesk ships beside its binary: `Themes/` and the demo store `seeds/`.
///
/// Looks in the folder an environment variable names, then in the
/// binary's folder and each folder above it (so a build in `.build/debug`
/// finds the checkout), then in the usual install places.
enum Locator {
    static func find(_ name: String, marker: String, environment variable: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment[variable], !explicit.isEmpty { return explicit }
        for candidate in candidates(name) where FileManager.default.fileExists(atPath: candidate + "/" + marker) {
            return candidate
        }
        return nil
    }

    /// The places `find` looks, in order.
    static func candidates(_ name: String) -> [String] {
        var result: [String] = []
        var directory = URL(fileURLWithPath: executablePath()).resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            result.append(directory.appendingPathComponent(name).path)
            result.append(directory.appendingPathComponent("share/wijkdesk/" + name).path)
            directory = directory.deletingLastPathComponent()
        }
        result += ["/usr/local/share/wijkdesk/" + name, "/usr/share/wijkdesk/" + name]
        return result
    }

    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// `$XDG_DATA_HOME/wijkdesk/demo`, by default `~/.local/share/wijkdesk/demo`.
    static func defaultDemoStore() -> String {
        xdg("XDG_DATA_HOME", fallback: ".local/share") + "/wijkdesk/demo"
    }

    /// `~/wijkdesk-inzage`: where `I` in the plan writes an inzage, in the worker's home folder and so outside
    /// the store and its sync; nil without a home folder.
    static func exportFolder() -> String? {
        guard let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty else { return nil }
        return home + "/wijkdesk-inzage"
    }

    /// `$XDG_CONFIG_HOME/wijkdesk/keys.conf`.
    static func keyConfig() -> String {
        xdg("XDG_CONFIG_HOME", fallback: ".config") + "/wijkdesk/keys.conf"
    }

    private static func xdg(_ variable: String, fallback: String) -> String {
        let environment = ProcessInfo.processInfo.environment
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return NSHomeDirectory() + "/" + fallback
    }

    /// A path for the top bar: the home folder as `~`.
    static func label(_ path: String) -> String {
        let home = NSHomeDirectory()
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if absolute == home { return "~" }
        if absolute.hasPrefix(home + "/") { return "~" + absolute.dropFirst(home.count) }
        return absolute
    }
}
