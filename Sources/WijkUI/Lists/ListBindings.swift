/// The keys every list shares: moving, paging, the ends, Enter, Esc and `/`.
enum ListBindings {
    /// The list keys with their handlers for a target of type `T`.
    static func group<T: ListTarget>(_: T.Type = T.self) -> BindingGroup<T> {
        BindingGroup(.list, [
            Binding(.moveDown, [.down, .character("j")], .helpMoveDown) { t, ws in t.move(by: 1, &ws) },
            Binding(.moveUp, [.up, .character("k")], .helpMoveUp) { t, ws in t.move(by: -1, &ws) },
            Binding(.pageDown, [.pageDown, .ctrl("f")], .helpPageDown) { t, ws in t.move(by: t.pageSize(ws), &ws) },
            Binding(.pageUp, [.pageUp, .ctrl("b")], .helpPageUp) { t, ws in t.move(by: -t.pageSize(ws), &ws) },
            Binding(.first, [.home, .character("g")], .helpFirst) { t, ws in t.move(by: -Int.max / 2, &ws) },
            Binding(.last, [.end, .character("G")], .helpLast) { t, ws in t.move(by: Int.max / 2, &ws) },
            open(T.self, help: .helpOpen),
            Binding(.back, [.escape, .left, .character("h")], .helpBack) { t, ws in t.back(&ws) },
            filter(T.self, help: .helpFilter),
        ])
    }

    /// Enter, with what it opens in one pane (its own context tells in the help).
    static func open<T: ListTarget>(_: T.Type = T.self, help: Text) -> Binding<T> {
        Binding(.open, [.enter, .right, .character("l")], help) { t, ws in t.open(&ws) }
    }

    /// `/`, with what it searches in one pane.
    static func filter<T: ListTarget>(_: T.Type = T.self, help: Text) -> Binding<T> {
        Binding(.filter, [.character("/")], help) { t, ws in t.startFilter(&ws) }
    }
}

extension KeyContext {
    /// In any list pane (and, for moving, in windows).
    static let list = KeyContext("list", heading: .contextList)
}

extension Command {
    static let moveDown = Command("move-down")
    static let moveUp = Command("move-up")
    static let pageDown = Command("page-down")
    static let pageUp = Command("page-up")
    static let first = Command("first")
    static let last = Command("last")
    static let open = Command("open")
    static let back = Command("back")
    static let filter = Command("filter")
}
