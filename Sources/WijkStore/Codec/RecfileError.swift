/// Why a recfile could not be read, and on which line.
public struct RecfileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line; 0 when the problem is the file as a whole.
    public var line: Int
    public var kind: ProblemKind

    public init(line: Int, kind: ProblemKind) {
        self.line = line
        self.kind = kind
    }

    public var description: String { "\(line): \(kind)" }
}
