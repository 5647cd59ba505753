import WijkDomain

/// `h` on a request: the workers who could be its regisseur, best suggestion first, with why; Enter chooses
/// one and opens the new household's form, filled in from the request.
struct AssignScreen: Layer, KeyTarget, ListTarget {
    var request: String
    /// Worked out when the window opens and when the store changes: it counts every worker's caseload.
    var suggestions: [AssignmentRanking.Suggestion]
    var selected = 0

    init(request: String, _ workspace: Workspace) {
        self.request = request
        suggestions = AssignScreen.suggestions(for: request, workspace)
    }

    mutating func catchUp(_ changes: StoreChanges, _ workspace: Workspace) {
        guard changes.touchesTriage else { return }
        suggestions = AssignScreen.suggestions(for: request, workspace)
        selected = min(selected, max(0, suggestions.count - 1))
    }

    static let keyGroups: [BindingGroup<AssignScreen>] = [bindings, OverlayBindings.group(), ListBindings.group()]

    static let bindings = BindingGroup<AssignScreen>(.assign, [ListBindings.open(help: .helpChooseRegisseur)])

    mutating func handle(_ key: Key, _ workspace: inout Workspace) { _ = runBinding(key, &workspace) }

    static func suggestions(for id: String, _ workspace: Workspace) -> [AssignmentRanking.Suggestion] {
        guard let request = workspace.request(id) else { return [] }
        let known = request.household.flatMap(workspace.dossier)
        return AssignmentRanking.rank(for: request, household: known, workers: workspace.snapshot.workers,
                                      dossiers: workspace.snapshot.dossiers)
    }

    mutating func move(by delta: Int, _ workspace: inout Workspace) {
        selected = min(max(0, suggestions.count - 1), max(0, selected.addingReportingOverflow(delta).partialValue))
    }

    func pageSize(_ workspace: Workspace) -> Int { max(1, OverlayView.frame(for: workspace.size).height - 6) }

    mutating func back(_ workspace: inout Workspace) { workspace.request(.close) }

    mutating func open(_ workspace: inout Workspace) {
        guard selected < suggestions.count, let request = workspace.request(request) else { return }
        workspace.present(HouseholdForm.fromRequest(request, regisseur: suggestions[selected].worker.id, workspace))
    }

    /// `ruimte 6 · kent de straat · Financiën`, what the suggestion rests on.
    static func reasons(_ s: AssignmentRanking.Suggestion, _ t: Strings) -> String {
        var parts: [String] = []
        if let room = s.room { parts.append(room > 0 ? t(.roomLeft, String(room)) : t(.roomNone, String(-room))) }
        if s.knowsHousehold { parts.append(t(.knowsHousehold)) }
        if s.knowsStreet { parts.append(t(.knowsStreet)) }
        parts += s.domains.map { t(.domain($0)) }
        if s.crisis > 0 { parts.append(t(.crisisCases, String(s.crisis))) }
        return parts.joined(separator: " · ")
    }

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        let t = workspace.strings
        let frame = OverlayView.frame(for: screen.size)
        let width = frame.width - 4
        var lines: [[Span]] = DisplayWidth.wrap(t(.assignNote), width: width).map { [Span($0, .dim)] } + [[]]
        lines.append([Span("  " + DisplayWidth.fit(t(.columnName), to: 26) + DisplayWidth.fitRight(t(.columnCaseload), to: 9)
                           + "  " + t(.columnWhy), .columnHeader)])
        let first = lines.count
        for (i, s) in suggestions.enumerated() {
            let load = String(s.open) + (s.worker.capacity.map { "/" + String($0) } ?? "")
            let text = (i == selected ? PaneChrome.marker : "  ") + DisplayWidth.fit(s.worker.initials + " " + s.worker.name, to: 26)
                + DisplayWidth.fitRight(load, to: 9) + "  " + AssignScreen.reasons(s, t)
            lines.append([Span(DisplayWidth.fit(text, to: width), i == selected ? .selected : s.room.map { $0 <= 0 } == true ? .dim : .normal)])
        }
        let hint = StatusBar.hintText([(.open, .hintChoose), (.close, .hintClose)], workspace, context: .assign)
        OverlayView.draw(&screen, frame: frame, title: t(.assignTitle), lines: lines, scroll: 0, hint: hint)
        screen.cursor = (frame.x + 2, frame.y + 1 + first + selected)
    }
}

extension KeyContext {
    /// Choosing a regisseur for a new household.
    static let assign = KeyContext("assign", heading: .contextAssign)
}
