import WijkDomain

/// Draws the household plan pane for the selected household.
enum PlanView {
    /// The title line: the household, the filter, and colleagues who have it open too.
    static func title(_ plan: PlanPane, _ workspace: Workspace, now: LocalTime) -> PaneTitle {
        let t = workspace.strings
        let dossier = workspace.selectedDossier
        var info: [String] = []
        if let dossier { info.append(dossier.household.name) }
        if !plan.list.filter.isEmpty { info.append(t(.filterLabel, plan.list.filter)) }
        let colleagues = dossier.map { plan.colleagues(in: $0.id, workspace, now: now) } ?? []
        let right = colleagues.map { p in
            t(.alsoOpenBy, workspace.snapshot.worker(p.worker)?.initials ?? p.worker, p.workstation)
        }.joined(separator: ", ")
        return PaneTitle(info: info, right: right, rightStyle: .warning)
    }

    /// The plan's rows below the title line, or why there are none.
    static func draw(_ screen: inout Screen, _ plan: PlanPane, _ workspace: Workspace, rect: Rect, focused: Bool,
                     now: LocalTime) {
        let t = workspace.strings
        let list = plan.list
        let rows = plan.rows(workspace, now: now)
        let dossier = workspace.selectedDossier
        let body = rect.droppingTop(1)
        guard dossier != nil else {
            let message = workspace.selection.map { $0.isOpen ? "" : t(.restrictedExplanation) } ?? t(.noHouseholdSelected)
            for (i, line) in DisplayWidth.wrap(message, width: body.width - 2).prefix(body.height).enumerated() {
                screen.put(line, x: body.x + 1, y: body.y + i, style: .dim)
            }
            return
        }
        ListView.draw(&screen, list, count: rows.count, in: body, focused: focused, empty: t(.noMatches),
                      selectable: { rows[$0].isSelectable }, markOnlyWhenFocused: true) { screen, index, y in
            let item = rows[index]
            let indent = (item.kind == .sectionHeader ? 0 : 2) + item.indent
            let rightWidth = item.right.reduce(0) { $0 + DisplayWidth.of($1.text) }
            let room = body.width - indent - (rightWidth > 0 ? rightWidth + 2 : 0)
            if room < 8 {
                // Too narrow for both parts: the left part takes the whole line.
                screen.put(spans: item.left, x: body.x + indent, y: y, width: body.width - indent)
            } else {
                screen.put(spans: item.left, x: body.x + indent, y: y, width: room)
                if rightWidth > 0 { screen.put(spans: item.right, x: body.maxX - rightWidth - 1, y: y, width: rightWidth) }
            }
        }
    }
}
