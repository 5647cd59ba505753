/// What the list keys act on: a pane's rows, the lines of a window, the team.
protocol ListTarget {
    /// Moves the selection (or the scroll) by `delta` rows; ±`Int.max / 2` goes to an end.
    mutating func move(by delta: Int, _ workspace: inout Workspace)
    /// How many rows one page moves.
    func pageSize(_ workspace: Workspace) -> Int
    /// Enter: opens what is selected.
    mutating func open(_ workspace: inout Workspace)
    /// Esc: backs out (clears a filter, closes a window, returns to the caseload).
    mutating func back(_ workspace: inout Workspace)
    /// `/`: starts typing a filter.
    mutating func startFilter(_ workspace: inout Workspace)
}

extension ListTarget {
    func open(_ workspace: inout Workspace) {}
    func startFilter(_ workspace: inout Workspace) {}
}
