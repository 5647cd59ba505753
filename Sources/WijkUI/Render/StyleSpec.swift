/// How one style looks: foreground, background and attributes.
public struct StyleSpec: Sendable, Equatable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: Set<TextAttribute>

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                attributes: Set<TextAttribute> = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// Without colours: what NO_COLOR and monochrome terminals get.
    public var withoutColor: StyleSpec { StyleSpec(attributes: attributes) }
}
