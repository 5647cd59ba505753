/// Typing a pane's filter: the text narrows the list as it is typed; Enter keeps it, Esc clears it.
enum FilterInput {
    static func group<P: PaneScreen>(_: P.Type = P.self) -> BindingGroup<P> {
        BindingGroup(.filter, [
            Binding(.acceptFilter, [.enter, .down], .helpAcceptFilter) { pane, ws in
                pane.list.isEditingFilter = false
                if !pane.list.filter.isEmpty { ws.record(.search, object: String(describing: P.pane), now: ws.now) }
            },
            Binding(.clearFilter, [.escape], .helpClearFilter) { pane, ws in
                pane.list.isEditingFilter = false
                pane.list.filter = ""
                pane.refilter(&ws)
            },
        ])
    }

    /// A key while the filter is typed: a bound command, else an edit of the filter text.
    static func handle<P: PaneScreen>(_ key: Key, _ pane: inout P, _ workspace: inout Workspace) {
        if let command = workspace.keyMap.command(for: key, in: [.filter]) {
            _ = group(P.self).run(command, &pane, &workspace)
            return
        }
        switch key {
        case .character(let c):
            pane.list.filter.append(c)
        case .backspace:
            if !pane.list.filter.isEmpty { pane.list.filter.removeLast() }
        case .ctrl("u"):
            pane.list.filter = ""
        case .ctrl("w"):
            while pane.list.filter.last == " " { pane.list.filter.removeLast() }
            while let last = pane.list.filter.last, last != " " { pane.list.filter.removeLast() }
        case .up:
            pane.move(by: -1, &workspace)
            return
        default:
            return
        }
        pane.list.selected = 0
        pane.list.top = 0
        pane.refilter(&workspace)
    }
}

extension KeyContext {
    /// While typing a filter.
    static let filter = KeyContext("filter", heading: .contextFilter)
}

extension Command {
    static let acceptFilter = Command("accept-filter")
    static let clearFilter = Command("clear-filter")
}
