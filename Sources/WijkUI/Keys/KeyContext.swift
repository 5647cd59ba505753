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
    /// Only in the household plan.
    case plan
    /// In a form.
    case form
    /// Choosing between two values after a conflict.
    case conflict
    /// In the team screen.
    case team
}
