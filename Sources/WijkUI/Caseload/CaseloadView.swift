import WijkDomain

/// Draws the caseload pane: one household per row, signals first.
enum CaseloadView {
    /// The title line: the view, how many households it has (or the filter shows), the filter.
    static func title(_ pane: CaseloadPane, strings t: Strings) -> PaneTitle {
        let caseload = pane.caseload
        let list = pane.list
        let total = caseload.count(in: pane.scope)
        var info = [t(.scope(pane.scope))]
        info.append(list.filter.isEmpty
                    ? t(.householdsCount, String(total))
                    : t(.householdsFiltered, String(caseload.visible.count), String(total)))
        if !list.filter.isEmpty { info.append(t(.filterLabel, list.filter)) }
        return PaneTitle(info: info, keep: 1, right: PaneChrome.position(list, count: caseload.visible.count))
    }

    /// The column headings and the rows, below the title line.
    static func draw(_ screen: inout Screen, _ pane: CaseloadPane, strings t: Strings, rect: Rect, focused: Bool) {
        let caseload = pane.caseload
        let list = pane.list

        let columns = Columns(width: rect.width, longestName: caseload.longestName)
        let headerY = rect.y + 1
        var header = ""
        header += DisplayWidth.fit("", to: 2)
        header += DisplayWidth.fit(t(.columnSignals), to: columns.signals + 1)
        header += DisplayWidth.fit(t(.columnName), to: columns.name + 1)
        header += DisplayWidth.fit(t(.columnAddress), to: columns.address + 1)
        header += DisplayWidth.fit(t(.columnRegisseur), to: columns.regisseur + 1)
        header += DisplayWidth.fit(t(.columnStatus), to: columns.status + 1)
        header += DisplayWidth.fit(t(.columnEvaluation), to: columns.evaluation)
        screen.put(DisplayWidth.fit(header, to: rect.width), x: rect.x, y: headerY, style: .columnHeader)

        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        ListView.draw(&screen, list, count: caseload.visible.count, in: body, focused: focused,
                      empty: t(list.filter.isEmpty ? .emptyList : .noMatches)) { screen, index, y in
            let item = caseload.rows[caseload.visible[index]]
            var x = body.x + 2
            for signal in Signal.allCases {
                if item.signals.contains(signal) {
                    screen.put(t(.signalLetter(signal)), x: x, y: y, style: signal == .crisis ? .danger : .warning)
                }
                x += 1
            }
            x = body.x + 2 + columns.signals + 1
            let nameStyle: Style = item.isOpenToViewer ? .normal : .dim
            screen.put(DisplayWidth.truncate(item.name, to: columns.name), x: x, y: y, style: nameStyle)
            x += columns.name + 1
            screen.put(fitAddress(item.address, city: item.city, to: columns.address), x: x, y: y)
            x += columns.address + 1
            screen.put(DisplayWidth.truncate(item.regisseur, to: columns.regisseur), x: x, y: y)
            x += columns.regisseur + 1
            screen.put(DisplayWidth.truncate(t(.householdStatus(item.status)), to: columns.status), x: x, y: y,
                       style: item.status == .active ? .normal : .dim)
            x += columns.status + 1
            if let evaluation = item.evaluation {
                let overdue = item.signals.contains(.evaluationOverdue)
                screen.put(evaluation.dutch, x: x, y: y, style: overdue ? .warning : .normal, maxWidth: columns.evaluation)
            }
        }
    }

    /// `street, city` in `width` columns: a long street is cut before the village is.
    static func fitAddress(_ address: String, city: String, to width: Int) -> String {
        guard DisplayWidth.of(address) > width, !city.isEmpty, address.hasSuffix(", " + city) else {
            return DisplayWidth.truncate(address, to: width)
        }
        let room = width - DisplayWidth.of(", " + city)
        guard room >= 6 else { return DisplayWidth.truncate(address, to: width) }
        return DisplayWidth.truncate(String(address.dropLast(city.count + 2)), to: room) + ", " + city
    }

    /// Column widths for a pane `width` columns wide; name and address share what is left, the name no more
    /// than the longest one needs.
    struct Columns {
        /// Four letter slots and room for the heading `Let op`.
        let signals = 6
        let regisseur = 3
        let status = 10
        let evaluation = 10
        let name: Int
        let address: Int

        init(width: Int, longestName: Int) {
            // Marker, then each column and the space after it; the last column has none.
            let fixed = 2 + (signals + 1) + 1 + 1 + (regisseur + 1) + (status + 1) + evaluation
            let flexible = max(10, width - fixed)
            name = min(flexible * 9 / 20, max(12, longestName))
            address = flexible - name
        }
    }
}
