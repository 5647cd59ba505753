/// A colour theme: how each style looks. Read from a plain-text file in `Themes/`.
///
/// File format, one style per line, `#` comments:
///
///     selected = bold white on blue
///     warning  = yellow
///     dim      = dim
///
/// Words are attributes (`bold`, `dim`, `underline`, `reverse`,
/// `standout`), a foreground colour, and `on` with a background colour.
/// Colours are `default`, the eight names (`red`), their bright forms
/// (`bright-red`) or a number 0–255. Styles not named look like `normal`.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var specs: [Style: StyleSpec]

    public init(name: String, specs: [Style: StyleSpec]) {
        self.name = name
        self.specs = specs
        // The selection must show without colour: reverse video whatever the theme says.
        var selected = specs[.selected] ?? StyleSpec()
        selected.attributes.insert(.reverse)
        self.specs[.selected] = selected
    }

    /// How `style` looks; styles the theme leaves out look like `normal`.
    public func spec(for style: Style) -> StyleSpec {
        specs[style] ?? specs[.normal] ?? StyleSpec()
    }

    /// Parses a theme file's text.
    public static func parse(_ text: String, name: String) throws(ThemeError) -> Theme {
        var specs: [Style: StyleSpec] = [:]
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if words.isEmpty { continue }
            guard words.count >= 2, words[1] == "=" else { throw ThemeError(line: i + 1, kind: .expectedAssignment) }
            guard let style = Style(rawValue: words[0]) else {
                throw ThemeError(line: i + 1, kind: .unknownStyle(words[0]))
            }
            var spec = StyleSpec()
            var onBackground = false
            for word in words.dropFirst(2) {
                if word == "on" { onBackground = true; continue }
                if let attribute = TextAttribute(rawValue: word), !onBackground {
                    spec.attributes.insert(attribute)
                } else if let color = ThemeColor(name: word) {
                    if onBackground { spec.background = color } else { spec.foreground = color }
                } else {
                    throw ThemeError(line: i + 1, kind: .unknownWord(word))
                }
            }
            specs[style] = spec
        }
        return Theme(name: name, specs: specs)
    }

    /// Attributes only, no colour: the theme for NO_COLOR, for terminals
    /// without colour, and the fallback when no theme file can be found.
    public static let monochrome = Theme(name: "monochrome", specs: [
        .topBar: StyleSpec(attributes: [.reverse]),
        .statusBar: StyleSpec(attributes: [.reverse]),
        .key: StyleSpec(attributes: [.reverse, .bold]),
        .paneTitleFocused: StyleSpec(attributes: [.reverse, .bold]),
        .paneTitle: StyleSpec(attributes: [.bold]),
        .columnHeader: StyleSpec(attributes: [.underline]),
        .sectionHeader: StyleSpec(attributes: [.bold, .underline]),
        .selected: StyleSpec(attributes: [.reverse]),
        .selectedInactive: StyleSpec(attributes: [.underline]),
        .dim: StyleSpec(attributes: [.dim]),
        .warning: StyleSpec(attributes: [.bold]),
        .danger: StyleSpec(attributes: [.bold, .reverse]),
        .good: StyleSpec(attributes: [.bold]),
        .overlayTitle: StyleSpec(attributes: [.reverse, .bold]),
        .input: StyleSpec(attributes: [.underline]),
    ])
}
