import WijkDomain

/// Draws the sociale kaart: low-threshold services first, columns as many as fit.
enum ResourcesView {
    /// The title line's counts: all resources, or how many the filter shows.
    static func title(_ pane: ResourcesPane, resources: [Resource], strings t: Strings) -> PaneTitle {
        let list = pane.list
        var info = [t(.resourcesCount, String(resources.count))]
        if !list.filter.isEmpty || !pane.applied.isEmpty {
            info = [t(.householdsFiltered, String(pane.visible.count), String(resources.count))]
            if !pane.applied.isEmpty { info.append(pane.applied.label(t)) }
            if !list.filter.isEmpty { info.append(t(.filterLabel, list.filter)) }
        }
        return PaneTitle(info: info, keep: 0, right: PaneChrome.position(list, count: pane.visible.count))
    }

    /// The column headings and the rows, below the title line.
    static func draw(_ screen: inout Screen, _ pane: ResourcesPane, resources: [Resource], strings t: Strings, rect: Rect,
                     focused: Bool, today: Day) {
        let list = pane.list
        let visible = pane.visible

        let columns = plan(width: rect.width - 2, longestName: pane.longestName, t)
        var header = "  "
        for column in columns { header += DisplayWidth.fit(column.title, to: column.width + 1) }
        screen.put(DisplayWidth.fit(header, to: rect.width), x: rect.x, y: rect.y + 1, style: .columnHeader)

        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        ListView.draw(&screen, list, count: visible.count, in: body, focused: focused,
                      empty: t(list.filter.isEmpty ? .noResources : .noMatches)) { screen, index, y in
            let resource = resources[visible[index]]
            var x = body.x + 2
            for column in columns {
                let value = column.value(resource, t, today: today)
                let style: Style = column.id == .kind && !resource.kind.isLowThreshold ? .dim
                    : column.id == .note && !value.isEmpty ? .warning : .normal
                screen.put(DisplayWidth.truncate(value, to: column.width), x: x, y: y, style: style)
                x += column.width + 1
            }
        }
    }

    enum ColumnId { case name, note, kind, area, phone, hours, domains }

    struct Column {
        let id: ColumnId
        let title: String
        var width: Int

        func value(_ r: Resource, _ t: Strings, today: Day) -> String {
            switch id {
            case .name: return r.name
            case .note:
                if r.isStale(on: today) { return t(.checkDetails) }
                if let weeks = r.waitWeeks, weeks >= 4 { return t(.waitShort, String(weeks)) }
                return ""
            case .kind: return r.category.isEmpty ? t(.resourceKindShort(r.kind)) : r.category
            case .area: return r.area.isEmpty ? "—" : r.area
            case .phone: return r.phone
            case .hours: return r.hours
            case .domains: return r.domains.map { t(.domain($0)) }.joined(separator: ", ")
            }
        }
    }

    /// Chooses columns in order of importance until the width is used: the name as wide as the longest
    /// needs (18 to 32 columns), then what to mind (to check, a long wait), kind, village, contact, hours and
    /// domains; the last one that fits only in part
    /// takes what is left when that is 12 columns or more, else the name takes it.
    static func plan(width: Int, longestName: Int, _ t: Strings) -> [Column] {
        let wanted: [(ColumnId, Text, Int)] = [
            (.note, .columnNote, 11), (.kind, .columnKind, 14), (.area, .columnArea, 11), (.phone, .columnContact, 13),
            (.hours, .columnHours, 26), (.domains, .columnDomains, 24),
        ]
        let nameWidth = min(32, max(18, longestName))
        var columns = [Column(id: .name, title: t(.columnName), width: min(nameWidth, width))]
        var used = columns[0].width + 1
        for (id, title, w) in wanted {
            let room = width - used - 1
            guard room >= min(w, 12) else { break }
            columns.append(Column(id: id, title: t(title), width: min(w, room)))
            used += min(w, room) + 1
            if room < w { break }
        }
        columns[0].width += max(0, width - used)
        return columns
    }
}
