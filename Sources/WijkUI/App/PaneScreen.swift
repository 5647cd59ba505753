import WijkDomain

/// A pane of the main screen: its own state, its key bindings, and how it is drawn into its rectangle.
///
/// The root hands the focused pane its keys (its own context, then the list keys) and tells every pane what
/// changed in the store; panes never reach into each other, only into the workspace (the caseload publishes
/// the selected household there, the plan shows it).
protocol PaneScreen: FilteredList, KeyTarget, Sendable {
    static var pane: Pane { get }
    /// The pane's name in its title line (and on the tab of a pane left out at 80 columns).
    static var title: Text { get }
    /// Lines above the list inside the pane: the title, and column headings for tables.
    static var headerRows: Int { get }

    /// Rows the list has now.
    func count(_ workspace: Workspace) -> Int
    /// Brings what the pane derives from the store up to date with `changes`.
    mutating func catchUp(_ changes: StoreChanges, _ workspace: inout Workspace)
    /// After every key: publishes or follows the selection in the workspace.
    mutating func follow(_ workspace: inout Workspace)
    /// The pane just got the focus from `previous`.
    mutating func gainedFocus(from previous: Pane, _ workspace: inout Workspace)
    /// Selects household `id`, where the pane lists households.
    mutating func reveal(household id: String, _ workspace: inout Workspace)
    /// A worker signed in or out: forget what belonged to the last one.
    mutating func sessionChanged(_ workspace: inout Workspace)
    /// A key on a new day: signals that depend on the date are worked out again.
    mutating func newDay(_ workspace: inout Workspace)
    /// The household this pane has open (for presence and the audit trail's openings).
    func openHousehold(_ workspace: Workspace) -> String?

    /// What the title line says besides the pane's number and name.
    func title(_ workspace: Workspace, now: LocalTime) -> PaneTitle
    /// Draws the pane below its title line.
    func draw(_ screen: inout Screen, _ workspace: Workspace, rect: Rect, focused: Bool, now: LocalTime)
    /// The status bar's hints while this pane has the focus, most useful first.
    var hints: [(Command, Text)] { get }
}

extension PaneScreen {
    func catchUp(_ changes: StoreChanges, _ workspace: inout Workspace) {}
    func follow(_ workspace: inout Workspace) {}
    func gainedFocus(from previous: Pane, _ workspace: inout Workspace) {}
    func reveal(household id: String, _ workspace: inout Workspace) {}
    func sessionChanged(_ workspace: inout Workspace) {}
    func newDay(_ workspace: inout Workspace) {}
    func openHousehold(_ workspace: Workspace) -> String? { nil }

    /// Rows of the list that fit in the pane.
    func height(_ workspace: Workspace) -> Int {
        max(1, (workspace.layout.panes[Self.pane]?.height ?? 0) - Self.headerRows)
    }

    func pageSize(_ workspace: Workspace) -> Int { max(1, height(workspace) - 1) }

    mutating func move(by delta: Int, _ workspace: inout Workspace) {
        list.move(by: delta, count: count(workspace), height: height(workspace))
    }

    static var searchName: String { String(describing: pane) }

    /// Esc: first the filter goes, then the focus returns to the caseload.
    mutating func back(_ workspace: inout Workspace) {
        if !list.filter.isEmpty {
            list.filter = ""
            refilter(&workspace)
        } else if Self.pane != .caseload {
            workspace.request(.focus(.caseload))
        }
    }

    /// Keeps the selection inside the list and on screen after a change of size, focus or rows.
    mutating func clamp(_ workspace: Workspace) {
        // A pane left out of a narrow screen keeps its scroll position for when it comes back.
        guard workspace.layout.panes[Self.pane] != nil else {
            list.selected = min(list.selected, max(0, count(workspace) - 1))
            return
        }
        list.select(list.selected, count: count(workspace), height: height(workspace))
    }

}
