import WijkDomain

/// A window of lines to read (help, details, problems, the audit trail): the list keys scroll it, Esc closes.
protocol ReadingWindow: Layer, ListTarget, KeyTarget {
    /// The first line shown.
    var scroll: Int { get set }
}

extension ReadingWindow {
    static var keyGroups: [BindingGroup<Self>] { [OverlayBindings.group(), ListBindings.group()] }

    mutating func handle(_ key: Key, _ workspace: inout Workspace) { _ = runBinding(key, &workspace) }

    mutating func move(by delta: Int, _ workspace: inout Workspace) {
        scroll = max(0, scroll.addingReportingOverflow(delta).partialValue)
    }

    /// A page is what the window shows: the screen less the bars and the window's frame.
    func pageSize(_ workspace: Workspace) -> Int { max(1, OverlayView.frame(for: workspace.size).height - 2) }

    mutating func back(_ workspace: inout Workspace) { workspace.request(.close) }

    /// The close key's name and what it does, for the window's bottom line.
    static func closeHint(_ workspace: Workspace) -> String {
        let key = workspace.keyMap.firstKey(for: .close, in: .overlay)
        return (key.map { $0.label + " " } ?? "") + workspace.strings(.hintClose)
    }

    /// `↑↓ scrollen · Esc sluiten`.
    static func scrollHint(_ workspace: Workspace) -> String {
        "↑↓ " + workspace.strings(.hintScroll) + " · " + closeHint(workspace)
    }
}

/// The keys of windows: closing them.
enum OverlayBindings {
    static func group<T>(_: T.Type = T.self) -> BindingGroup<T> {
        BindingGroup(.overlay, [
            Binding(.close, [.escape, .character("q"), .enter, .character("?")], .helpClose) { _, ws in
                ws.request(.close)
            },
        ])
    }

    static var table: [KeyBinding] { group(HelpOverlay.self).table }
}

extension KeyContext {
    /// In a window (help, details, problems).
    static let overlay = KeyContext("overlay", heading: .contextOverlay)
}

extension Command {
    static let close = Command("close")
}
