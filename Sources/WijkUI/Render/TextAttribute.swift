/// A text attribute every terminal has, usable without colour.
public enum TextAttribute: String, CaseIterable, Sendable, Hashable {
    case bold, dim, underline, reverse, standout
}
