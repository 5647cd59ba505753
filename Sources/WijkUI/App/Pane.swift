/// The three panes of the main screen, in Tab order.
public enum Pane: Int, CaseIterable, Sendable {
    case caseload, plan, resources
}
