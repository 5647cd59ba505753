import WijkDomain

/// Draws the household plan pane for the selected household.
enum PlanView {
    static func draw(_ screen: inout Screen, state: AppState, rect: Rect, focused: Bool, now: LocalTime) {
        let t = state.strings
        let list = state.list(.plan)
        let rows = state.planRows(now: now)
        var info: [String] = []
        if let dossier = state.selectedDossier { info.append(dossier.household.name) }
        if !list.filter.isEmpty { info.append(t(.filterLabel, list.filter)) }
        let colleagues = state.colleaguesHere(now: now).map { p in
            t(.alsoOpenBy, state.snapshot.worker(p.worker)?.initials ?? p.worker, p.workstation)
        }.joined(separator: ", ")
        PaneChrome.drawTitle(&screen, rect: rect, number: 2, title: t(.panePlan), info: info, right: colleagues,
                             focused: focused, rightStyle: .warning)
        let body = rect.droppingTop(1)
        guard state.selectedDossier != nil else {
            let message = state.selectedRow.map { $0.isOpenToViewer ? "" : t(.restrictedExplanation) }
                ?? t(.noHouseholdSelected)
            for (i, line) in DisplayWidth.wrap(message, width: body.width - 2).prefix(body.height).enumerated() {
                screen.put(line, x: body.x + 1, y: body.y + i, style: .dim)
            }
            return
        }
        if rows.isEmpty {
            screen.put("  " + t(.noMatches), x: body.x, y: body.y, style: .dim, maxWidth: body.width)
            return
        }
        for row in 0..<body.height {
            let index = list.top + row
            guard index < rows.count else { break }
            let item = rows[index]
            let y = body.y + row
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
            if index == list.selected && focused && item.isSelectable {
                PaneChrome.markSelection(&screen, x: body.x, y: y, width: body.width, focused: true)
            }
        }
    }
}
