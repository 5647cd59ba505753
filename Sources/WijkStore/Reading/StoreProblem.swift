/// A problem found in one store file: where it is and what is wrong.
public struct StoreProblem: Sendable, Equatable {
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

    /// `path:line` (or just `path`), the prefix editors and terminals recognise.
    public var location: String { line > 0 ? "\(path):\(line)" : path }
}
