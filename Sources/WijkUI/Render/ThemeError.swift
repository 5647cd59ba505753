/// Why a theme file could not be read: the line and what is wrong there.
public struct ThemeError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case expectedAssignment
        case unknownStyle(String)
        case unknownWord(String)
    }

    public var line: Int
    public var kind: Kind

    public init(line: Int, kind: Kind) {
        self.line = line
        self.kind = kind
    }
}
