import WijkDomain

/// A problem found in one store file: where it is and what is wrong.
public struct StoreProblem: Sendable, Equatable, Codable {
    /// Path relative to the store root, `/`-separated.
    public var path: String
    /// 1-based line, 0 when the problem concerns the whole file.
    public var line: Int
    public var kind: ProblemKind

    public init(path: String, line: Int, kind: ProblemKind) {
        self.path = path
        self.line = line
        self.kind = kind
    }

    /// `path:line`, the prefix editors and terminals recognise; a problem with the whole file is on line 1.
    /// A control character in the path is written as `\uXXXX`.
    public var location: String { Printable.escaped(path) + ":" + String(max(1, line)) }

    /// `problems` (sorted by path) file by file, at most `limit` of each (nil: all), and how many more each
    /// file has: so 20,000 problems in one broken file do not bury the one in the next.
    public static func byFile(_ problems: [StoreProblem], limit: Int?) -> [(problems: ArraySlice<StoreProblem>, more: Int)] {
        var groups: [(problems: ArraySlice<StoreProblem>, more: Int)] = []
        var start = problems.startIndex
        while start < problems.endIndex {
            var end = start
            while end < problems.endIndex && problems[end].path == problems[start].path { end += 1 }
            let shown = limit.map { min(end, start + $0) } ?? end
            groups.append((problems[start..<shown], end - shown))
            start = end
        }
        return groups
    }
}
