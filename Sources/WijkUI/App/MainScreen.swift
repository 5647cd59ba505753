import WijkDomain

/// The main screen: its panes in Tab order, the one with the focus, and the keys that work everywhere.
public struct MainScreen: Sendable {
    /// The panes, in Tab order; `Registry.panes` makes them.
    var panes: [any PaneScreen]

    init(_ workspace: Workspace) {
        panes = Registry.panes(workspace)
    }

    /// The pane of type `P`.
    subscript<P: PaneScreen>(_ type: P.Type) -> P {
        panes.lazy.compactMap { $0 as? P }.first!
    }

    /// Changes the pane of type `P`.
    mutating func update<P: PaneScreen>(_ type: P.Type, _ change: (inout P) -> Void) {
        guard let i = panes.firstIndex(where: { $0 is P }), var pane = panes[i] as? P else { return }
        change(&pane)
        panes[i] = pane
    }

    private func index(of pane: Pane) -> Int {
        panes.firstIndex { type(of: $0).pane == pane } ?? 0
    }

    /// The panes' ids in Tab order.
    var order: [Pane] { panes.map { type(of: $0).pane } }

    /// The pane with the focus.
    func focused(_ workspace: Workspace) -> any PaneScreen { panes[index(of: workspace.focus)] }

    // MARK: keys

    /// A key while no window is open: the filter being typed, the focused pane's keys, then the keys that
    /// work everywhere.
    mutating func handleKey(_ key: Key, _ workspace: inout Workspace) {
        let i = index(of: workspace.focus)
        if panes[i].list.isEditingFilter {
            panes[i].typeFilter(key, &workspace)
        } else if workspace.size.isBelowMinimum || !panes[i].runBinding(key, &workspace) {
            _ = runBinding(key, &workspace)
        }
    }

    /// Moves the focus to `pane`, telling it where the focus came from.
    mutating func setFocus(_ pane: Pane, _ workspace: inout Workspace) {
        let previous = workspace.focus
        workspace.focus = pane
        panes[index(of: pane)].gainedFocus(from: previous, &workspace)
        clamp(&workspace)
    }

    /// The next pane in Tab order (`step` 1) or the previous one (`step` -1).
    mutating func cycleFocus(_ step: Int, _ workspace: inout Workspace) {
        let order = self.order
        let i = index(of: workspace.focus)
        setFocus(order[(i + step + order.count) % order.count], &workspace)
    }

    // MARK: keeping the panes up to date

    /// Brings every pane and every open window up to date with what the store changed, then with each other.
    mutating func catchUp(_ workspace: inout Workspace) {
        let changes = workspace.changes
        workspace.changes = StoreChanges()
        for i in panes.indices { panes[i].catchUp(changes, &workspace) }
        for i in workspace.layers.indices {
            var layer = workspace.layers[i]
            layer.catchUp(changes, workspace)
            workspace.layers[i] = layer
        }
        clamp(&workspace)
    }

    /// Lets every pane publish or follow the selection, in Tab order (the caseload before the plan).
    mutating func follow(_ workspace: inout Workspace) {
        for i in panes.indices { panes[i].follow(&workspace) }
    }

    /// Keeps every selection inside its list and on screen.
    mutating func clamp(_ workspace: inout Workspace) {
        for i in panes.indices { panes[i].clamp(workspace) }
        follow(&workspace)
    }

    /// Selects household `id` where it is listed and shows its plan.
    mutating func openPlan(_ id: String, _ workspace: inout Workspace) {
        for i in panes.indices { panes[i].reveal(household: id, &workspace) }
        follow(&workspace)
        setFocus(.plan, &workspace)
    }

    mutating func sessionChanged(_ workspace: inout Workspace) {
        for i in panes.indices { panes[i].sessionChanged(&workspace) }
    }

    mutating func newDay(_ workspace: inout Workspace) {
        for i in panes.indices { panes[i].newDay(&workspace) }
    }

    /// The household the focused pane has open.
    func openHousehold(_ workspace: Workspace) -> String? { focused(workspace).openHousehold(workspace) }

    // MARK: drawing

    /// Each shown pane under its title line (`1 Caseload · …`, numbered in Tab order); a pane left out of a
    /// narrow screen shows as a tab, `3 Sociale kaart`, in the title line of the pane in its place.
    func draw(_ screen: inout Screen, _ workspace: Workspace, layout: Layout, now: LocalTime) {
        let t = workspace.strings
        let tabs = panes.enumerated().filter { layout.panes[type(of: $0.element).pane] == nil }
            .map { "\($0.offset + 1) " + t(type(of: $0.element).title) }.joined(separator: "  ")
        for (i, pane) in panes.enumerated() {
            let id = type(of: pane).pane
            guard let rect = layout.panes[id] else { continue }
            let focused = id == workspace.focus
            // The left-out pane's tab goes on the full-width pane below the caseload.
            let host = rect.width == layout.topBar.width && rect.y > layout.topBar.maxY
            PaneChrome.drawTitle(&screen, rect: rect, number: i + 1, title: t(type(of: pane).title),
                                 pane.title(workspace, now: now), tabs: host && !tabs.isEmpty ? " " + tabs + " " : "",
                                 focused: focused)
            pane.draw(&screen, workspace, rect: rect, focused: focused, now: now)
        }
        for separator in layout.separators {
            for y in separator.y..<separator.maxY {
                screen.put("│", x: separator.x, y: y, style: .border)
            }
        }
        // The cursor follows the focus: the selected row of the focused pane.
        let pane = focused(workspace)
        if let rect = layout.panes[workspace.focus] {
            let firstRow = rect.y + type(of: pane).headerRows
            screen.cursor = (rect.x, min(rect.maxY - 1, firstRow + max(0, pane.list.selected - pane.list.top)))
        }
    }
}
