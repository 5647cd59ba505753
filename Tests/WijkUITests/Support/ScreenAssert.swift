import Foundation
import Testing

/// Compares a rendered screen with the expected text line by line, naming the first line that differs.
///
/// With `WIJK_RECORD_SCREENS=DIR` in the environment the actual screen is
/// also written to `DIR/NAME.txt`, to review by eye when a screen changes
/// on purpose.
func expectScreen(_ actual: String, _ expected: String, name: String,
                  sourceLocation: SourceLocation = #_sourceLocation) {
    if let dir = ProcessInfo.processInfo.environment["WIJK_RECORD_SCREENS"] {
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try? actual.write(toFile: dir + "/" + name + ".txt", atomically: true, encoding: .utf8)
    }
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(a.count, e.count) {
        let got = i < a.count ? String(a[i]) : "(no line)"
        let want = i < e.count ? String(e[i]) : "(no line)"
        if got != want {
            Issue.record("screen \(name), line \(i + 1) differs\n  want: \(want)\n  got:  \(got)\n\(actual)",
                         sourceLocation: sourceLocation)
            return
        }
    }
}
