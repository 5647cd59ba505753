/// The string table in one language: `strings(.saved)` is the text for `Text.saved`, arguments filled in.
public struct Strings: Sendable {
    public var language: Language

    public init(_ language: Language = .nl) { self.language = language }

    /// The text with `{1}`, `{2}`… replaced by the arguments, in one pass over the text: an argument (a name
    /// from the store) that holds `{2}` itself is shown as it is. A placeholder without an argument stays.
    public func callAsFunction(_ text: Text, _ arguments: String...) -> String {
        let template = language == .nl ? text.nl : text.en
        guard !arguments.isEmpty else { return template }
        var result = ""
        var utf8 = template.utf8[...]
        while let open = utf8.firstIndex(of: UInt8(ascii: "{")) {
            result += Substring(utf8[..<open])
            var after = utf8.index(after: open)
            var number = 0
            while after < utf8.endIndex, let digit = Self.digit(utf8[after]), number < 1_000 {
                number = number * 10 + digit
                after = utf8.index(after: after)
            }
            if after < utf8.endIndex, utf8[after] == UInt8(ascii: "}"), after > utf8.index(after: open),
               (1...arguments.count).contains(number) {
                result += arguments[number - 1]
                utf8 = utf8[utf8.index(after: after)...]
            } else {
                result += "{"
                utf8 = utf8[utf8.index(after: open)...]
            }
        }
        result += Substring(utf8)
        return result
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
