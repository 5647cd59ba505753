import WijkDomain

/// Draws the sociale kaart: low-threshold services first, columns as many as fit.
enum ResourcesView {
    static func draw(_ screen: inout Screen, _ pane: ResourcesPane, resources: [Resource], strings t: Strings, rect: Rect,
                     focused: Bool) {
        let list = pane.list
        let visible = pane.visible
        var info = [t(.resourcesCount, String(resources.count))]
        if !list.filter.isEmpty {
            info = [t(.householdsFiltered, String(visible.count), String(resources.count)),
                    t(.filterLabel, list.filter)]
        }
        PaneChrome.drawTitle(&screen, rect: rect, number: 3, title: t(.paneResources), info: info,
                             right: PaneChrome.position(list, count: visible.count), focused: focused)

        let columns = plan(width: rect.width - 2, t)
        var header = "  "
        for column in columns { header += DisplayWidth.fit(column.title, to: column.width + 1) }
        screen.put(DisplayWidth.fit(header, to: rect.width), x: rect.x, y: rect.y + 1, style: .columnHeader)

        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        ListView.draw(&screen, list, count: visible.count, in: body, focused: focused,
                      empty: t(list.filter.isEmpty ? .noResources : .noMatches)) { screen, index, y in
            let resource = resources[visible[index]]
            var x = body.x + 2
            for column in columns {
                let value = column.value(resource, t)
                let style: Style = column.id == .kind && resource.level == .specialised ? .dim : .normal
                screen.put(DisplayWidth.truncate(value, to: column.width), x: x, y: y, style: style)
                x += column.width + 1
            }
        }
    }

    enum ColumnId { case name, kind, phone, hours, domains }

    struct Column {
        let id: ColumnId
        let title: String
        var width: Int

        func value(_ r: Resource, _ t: Strings) -> String {
            switch id {
            case .name: return r.name
            case .kind: return r.kind
            case .phone: return r.phone
            case .hours: return r.hours
            case .domains: return r.domains.map { t(.domain($0)) }.joined(separator: ", ")
            }
        }
    }

    /// Chooses columns in order of importance until the width is used; the
    /// name column takes what is left over.
    static func plan(width: Int, _ t: Strings) -> [Column] {
        let wanted: [(ColumnId, Text, Int)] = [
            (.kind, .columnKind, 14), (.phone, .columnContact, 14), (.hours, .columnHours, 26),
            (.domains, .columnDomains, 24),
        ]
        let nameMinimum = 18
        var columns = [Column(id: .name, title: t(.columnName), width: nameMinimum)]
        var used = nameMinimum + 1
        for (id, title, w) in wanted where used + w + 1 <= width {
            columns.append(Column(id: id, title: t(title), width: w))
            used += w + 1
        }
        columns[0].width += max(0, width - used)
        return columns
    }
}
