/// The panes of the main screen, by name; `MainScreen.panes` holds them in Tab order.
public enum Pane: Sendable, Hashable {
    case caseload, plan, resources
}
