/// The one place a screen is registered: its pane in Tab order, and its key bindings in the order the `?`
/// help shows them. A screen opened by a key from anywhere (team, audit trail) adds that key to
/// `MainScreen.globals`.
enum Registry {
    /// The panes of the main screen, in Tab order.
    static func panes(_ workspace: Workspace) -> [any PaneScreen] {
        [CaseloadPane(workspace), PlanPane(workspace), ResourcesPane(workspace)]
    }

    /// Every screen's bindings: the standard key table.
    static var keyTable: [KeyBinding] {
        MainScreen.globals.table
            + ListBindings.group(CaseloadPane.self).table
            + CaseloadPane.bindings.table
            + FilterInput.group(CaseloadPane.self).table
            + OverlayBindings.table
            + PlanPane.bindings.table
            + ResourcesPane.bindings.table
            + Form.bindings.table
            + ConflictForm.bindings.table
            + TeamScreen.bindings.table
            + InboxScreen.bindings.table
            + RequestScreen.bindings.table
            + MatchScreen.bindings.table
            + KnownHouseholdScreen.bindings.table
            + AssignScreen.bindings.table
            + SuggestionScreen.bindings.table
            + MeetingScreen.bindings.table
            + MeetingExit.bindings.table
            + ReportsScreen.bindings.table
    }
}
