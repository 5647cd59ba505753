import WijkDomain
import WijkStore

/// `4`: the inbox of requests for help. Coordinators triage from here; medewerkers look.
struct InboxScreen: Layer, KeyTarget, FilteredList {
    var list = ListState()
    /// Answered, referred and withdrawn requests too, not only the open ones.
    var all = false

    static let searchName = "inbox"

    static func open(_ workspace: inout Workspace) { workspace.present(InboxScreen()) }

    /// The rows as the inbox lists them on `today` (the day of the key being handled, unless given).
    func inbox(_ workspace: Workspace, today: Day? = nil) -> Inbox {
        Inbox(workspace.snapshot.requests, norms: workspace.snapshot.info.norms, today: today ?? workspace.now.day,
              all: all, filter: list.filter, strings: workspace.strings)
    }

    func selected(_ workspace: Workspace) -> HelpRequest? {
        let rows = inbox(workspace).rows
        return list.selected < rows.count ? rows[list.selected].request : nil
    }

    static let keyGroups: [BindingGroup<InboxScreen>] = [bindings, OverlayBindings.group(), ListBindings.group()]

    mutating func handle(_ key: Key, _ workspace: inout Workspace) {
        if list.isEditingFilter {
            if key == .ctrl("c") { return workspace.request(.quit) }
            typeFilter(key, &workspace)
        } else {
            _ = runBinding(key, &workspace)
        }
    }

    var keepsStatusHints: Bool { false }

    mutating func refilter(_ workspace: inout Workspace) {
        list.select(list.selected, count: inbox(workspace).rows.count, height: height(workspace))
    }

    /// Rows of the list that fit in the window.
    func height(_ workspace: Workspace) -> Int { max(1, OverlayView.frame(for: workspace.size).height - 5) }

    mutating func move(by delta: Int, _ workspace: inout Workspace) {
        list.move(by: delta, count: inbox(workspace).rows.count, height: height(workspace))
    }

    func pageSize(_ workspace: Workspace) -> Int { max(1, height(workspace) - 1) }

    mutating func open(_ workspace: inout Workspace) {
        if let request = selected(workspace) { workspace.present(RequestScreen(request: request.id, workspace)) }
    }

    mutating func back(_ workspace: inout Workspace) {
        if list.filter.isEmpty {
            workspace.request(.close)
        } else {
            list.filter = ""
            refilter(&workspace)
        }
    }

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        InboxView.draw(&screen, self, inbox(workspace, today: now.day), workspace, frame: OverlayView.frame(for: screen.size))
    }
}
