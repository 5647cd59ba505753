import Foundation
import TestSupport

/// Where the built `wijk` binary and the checkout are, and how to run the binary without a terminal.
enum Binary {
    /// The package root (the checkout), found from this file's path.
    static let root = Repository.root

    /// `wijk` beside the test bundle (SwiftPM builds both into one folder), else `.build/debug/wijk`.
    static let wijk: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
        let beside = URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("wijk").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return root + "/.build/debug/wijk"
    }()

    static let required = Command.required

    static func has(_ tool: String) -> Bool { Command.has(tool) }
    static func path(of tool: String) -> String? { Command.path(of: tool) }
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    input: String? = nil) throws -> Command.Result {
        try Command.run(executable, arguments, environment: environment, input: input)
    }
    static func temporaryFolder() throws -> String { try Command.temporaryFolder() }

}
