/// Where a key binding applies; the help groups bindings by context.
public enum KeyContext: String, CaseIterable, Sendable {
    /// Everywhere outside text input.
    case global
    /// In any list pane.
    case list
    /// Only in the caseload.
    case caseload
    /// While typing a filter.
    case filter
    /// In an overlay (help, details, problems).
    case overlay
}
