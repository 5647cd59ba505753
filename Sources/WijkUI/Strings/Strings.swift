import Foundation

/// The string table in one language: `strings(.saved)` is the text for `Text.saved`, arguments filled in.
public struct Strings: Sendable {
    public var language: Language

    public init(_ language: Language = .nl) { self.language = language }

    public func callAsFunction(_ text: Text, _ arguments: String...) -> String {
        var result = language == .nl ? text.nl : text.en
        for (i, argument) in arguments.enumerated() {
            result = result.replacingOccurrences(of: "{\(i + 1)}", with: argument)
        }
        return result
    }
}
