/// A list that narrows as a filter is typed: a pane, the inbox of requests.
protocol FilteredList: ListTarget {
    var list: ListState { get set }
    /// Works out again which rows the filter shows.
    mutating func refilter(_ workspace: inout Workspace)
    /// How the audit trail names the list that was searched (never the search itself).
    static var searchName: String { get }
}

extension FilteredList {
    mutating func startFilter(_ workspace: inout Workspace) { list.isEditingFilter = true }

    /// The keys typed into this list's filter.
    mutating func typeFilter(_ key: Key, _ workspace: inout Workspace) {
        FilterInput.handle(key, &self, &workspace)
    }
}

/// Typing a list's filter: the text narrows the list as it is typed; Enter keeps it, Esc clears it.
enum FilterInput {
    static func group<P: FilteredList>(_: P.Type = P.self) -> BindingGroup<P> {
        BindingGroup(.filter, [
            Binding(.acceptFilter, [.enter, .down], .helpAcceptFilter) { pane, ws in
                pane.list.isEditingFilter = false
                if !pane.list.filter.isEmpty { ws.record(.search, object: P.searchName, now: ws.now) }
            },
            Binding(.clearFilter, [.escape], .helpClearFilter) { pane, ws in
                pane.list.isEditingFilter = false
                pane.list.filter = ""
                pane.refilter(&ws)
            },
        ])
    }

    /// A key while the filter is typed: a bound command, else an edit of the filter text.
    static func handle<P: FilteredList>(_ key: Key, _ pane: inout P, _ workspace: inout Workspace) {
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
