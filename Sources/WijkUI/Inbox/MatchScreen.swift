import WijkDomain

/// `k` on a request: the existing households it may be about, with why; Enter links it to one.
struct MatchScreen: Layer, KeyTarget, ListTarget {
    var request: String
    /// Worked out by the request's window, and again here when the store changes.
    var matches: [HouseholdMatcher.Match]
    var selected = 0

    static let keyGroups: [BindingGroup<MatchScreen>] = [bindings, OverlayBindings.group(), ListBindings.group()]

    static let bindings = BindingGroup<MatchScreen>(.match, [ListBindings.open(help: .helpLinkHousehold)])

    mutating func handle(_ key: Key, _ workspace: inout Workspace) { _ = runBinding(key, &workspace) }

    mutating func catchUp(_ changes: StoreChanges, _ workspace: Workspace) {
        guard changes.touchesTriage else { return }
        matches = workspace.householdMatches(for: request)
        selected = min(selected, max(0, matches.count - 1))
    }

    mutating func move(by delta: Int, _ workspace: inout Workspace) {
        selected = min(max(0, matches.count - 1), max(0, selected.addingReportingOverflow(delta).partialValue))
    }

    func pageSize(_ workspace: Workspace) -> Int { max(1, OverlayView.frame(for: workspace.size).height - 6) }

    mutating func back(_ workspace: inout Workspace) { workspace.request(.close) }

    /// Enter: link to the household under the selection; a closed one is reopened after a question.
    mutating func open(_ workspace: inout Workspace) {
        guard selected < matches.count, let dossier = workspace.dossier(matches[selected].household) else { return }
        let id = request
        if dossier.household.status == .closed {
            workspace.present(Question(text: workspace.strings(.confirmReopenLink, dossier.household.name)) { ws in
                ws.link(id, to: dossier)
            })
        } else if workspace.link(id, to: dossier) {
            workspace.request(.close)
        }
    }

    /// `De Vries · Kerkstraat 14, Ten Boer · AB · actief — zelfde adres, zelfde naam`.
    static func describe(_ dossier: Dossier, _ match: HouseholdMatcher.Match, _ workspace: Workspace) -> String {
        let t = workspace.strings
        let household = dossier.household
        let regisseur = workspace.snapshot.worker(household.regisseur)?.initials ?? household.regisseur
        let reasons = match.reasons.map { t(.matchReason($0)) }.joined(separator: ", ")
        guard Access.canOpen(household, as: workspace.viewer) else {
            return t(.restrictedName) + " · " + regisseur + " — " + reasons
        }
        return household.name + " · " + household.shortAddress + " · " + regisseur + " · "
            + t(.householdStatus(household.status)) + " — " + reasons
    }

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        let t = workspace.strings
        let frame = OverlayView.frame(for: screen.size)
        let width = frame.width - 4
        var lines: [[Span]] = DisplayWidth.wrap(t(.matchNote), width: width).map { [Span($0, .dim)] } + [[]]
        let first = lines.count
        if matches.isEmpty { lines.append([Span("  " + t(.noMatchesFound), .dim)]) }
        for (i, match) in matches.enumerated() {
            guard let dossier = workspace.dossier(match.household) else { continue }
            let text = (i == selected ? PaneChrome.marker : "  ") + MatchScreen.describe(dossier, match, workspace)
            lines.append([Span(DisplayWidth.fit(text, to: width), i == selected ? .selected : .normal)])
        }
        let hint = StatusBar.hintText([(.open, .hintLink), (.close, .hintClose)], workspace, context: .match)
        OverlayView.draw(&screen, frame: frame, title: t(.matchTitle), lines: lines, scroll: 0, hint: hint)
        screen.cursor = (frame.x + 2, frame.y + 1 + first + selected)
    }
}

extension KeyContext {
    /// Choosing the household a request is about.
    static let match = KeyContext("match", heading: .contextMatch)
}
