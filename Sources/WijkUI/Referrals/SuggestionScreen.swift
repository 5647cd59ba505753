import WijkDomain

/// `V` in the plan: the resources that fit the household's plan, low-threshold first, each with why it fits;
/// Enter opens the referral form for the one under the selection.
struct SuggestionScreen: Layer, KeyTarget, ListTarget {
    var household: String
    /// Worked out when the window opens and when the store changes.
    var suggestions: [ResourceSuggestions.Suggestion]
    var selected = 0
    var scroll = 0

    init(household: String, _ workspace: Workspace) {
        self.household = household
        suggestions = SuggestionScreen.suggestions(for: household, workspace)
    }

    static func suggestions(for id: String, _ workspace: Workspace) -> [ResourceSuggestions.Suggestion] {
        guard let dossier = workspace.dossier(id) else { return [] }
        return ResourceSuggestions.suggest(for: dossier, resources: workspace.snapshot.resources, today: workspace.now.day)
    }

    static let keyGroups: [BindingGroup<SuggestionScreen>] = [bindings, OverlayBindings.group(), ListBindings.group()]

    static let bindings = BindingGroup<SuggestionScreen>(.suggestions, [ListBindings.open(help: .helpReferHere)])

    mutating func handle(_ key: Key, _ workspace: inout Workspace) { _ = runBinding(key, &workspace) }

    /// Its keys are in its own border; the plan's would not work here.
    var keepsStatusHints: Bool { false }

    mutating func catchUp(_ changes: StoreChanges, _ workspace: Workspace) {
        guard changes.everything || changes.resources || !changes.households.isEmpty else { return }
        suggestions = SuggestionScreen.suggestions(for: household, workspace)
        selected = min(selected, max(0, suggestions.count - 1))
    }

    mutating func move(by delta: Int, _ workspace: inout Workspace) {
        selected = min(max(0, suggestions.count - 1), max(0, selected.addingReportingOverflow(delta).partialValue))
    }

    func pageSize(_ workspace: Workspace) -> Int { max(1, (OverlayView.frame(for: workspace.size).height - 6) / 2) }

    mutating func back(_ workspace: inout Workspace) { workspace.request(.close) }

    mutating func open(_ workspace: inout Workspace) {
        guard selected < suggestions.count, let dossier = workspace.dossier(household) else { return }
        workspace.present(ReferralForm.make(resource: suggestions[selected].resource, dossier: dossier,
                                            today: workspace.now.day, workspace.strings))
    }

    /// `Financiën 2, doel: schulden op orde · in Ten Boer · geen wachttijd · controleren`.
    static func reasons(_ s: ResourceSuggestions.Suggestion, _ t: Strings) -> String {
        var parts = s.needs.map { need -> String in
            var text = t(.domain(need.domain)) + (need.score.map { " " + String($0.rawValue) } ?? "")
            if let goal = need.goals.first { text += ", " + t(.goalReason, goal.text) }
            return text
        }
        parts.append(s.resource.area.isEmpty ? t(.wholeMunicipality) : t(.inArea, s.resource.area))
        if let weeks = s.resource.waitWeeks { parts.append(weeks == 0 ? t(.noWait) : t(.waitWeeks, String(weeks))) }
        if s.stale { parts.append(t(.checkDetails)) }
        return parts.joined(separator: " · ")
    }

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        let t = workspace.strings
        let frame = OverlayView.frame(for: screen.size)
        let width = frame.width - 4
        var lines: [[Span]] = DisplayWidth.wrap(t(.suggestionsNote), width: width).map { [Span($0, .dim)] } + [[]]
        if suggestions.isEmpty { lines += DisplayWidth.wrap(t(.noSuggestions), width: width).map { [Span($0, .dim)] } }
        var selectedLine = lines.count
        var group: Bool?
        for (i, s) in suggestions.enumerated() {
            if group != s.resource.kind.isLowThreshold {
                group = s.resource.kind.isLowThreshold
                lines.append([Span(t(s.resource.kind.isLowThreshold ? .groupLowThreshold : .groupTailored), .sectionHeader)])
            }
            if i == selected { selectedLine = lines.count }
            let kind = s.resource.category.isEmpty ? t(.resourceKind(s.resource.kind)) : s.resource.category
            let name = (i == selected ? PaneChrome.marker : "  ") + s.resource.name
            lines.append([Span(DisplayWidth.fit(name, to: width - 20), i == selected ? .selected : .normal),
                          Span(DisplayWidth.fitRight(kind, to: 20), i == selected ? .selected : .dim)])
            let reasons = SuggestionScreen.reasons(s, t)
            lines.append([Span(DisplayWidth.fit("    " + reasons, to: width),
                               s.stale || (s.resource.waitWeeks ?? 0) >= 4 ? .warning : .dim)])
        }
        let visible = frame.height - 2
        let top = max(0, min(selectedLine - visible + 3, lines.count - visible))
        let title = t(.suggestionsTitle, workspace.dossier(household).map { Access.canOpen($0.household, as: workspace.viewer) ? $0.household.name : t(.restrictedName) } ?? "")
        let hint = StatusBar.hintText([(.open, .hintReferHere), (.close, .hintClose)], workspace, context: .suggestions)
        let used = OverlayView.draw(&screen, frame: frame, title: title, lines: lines, scroll: max(0, top), hint: hint)
        screen.cursor = (frame.x + 2, frame.y + 1 + selectedLine - used)
    }
}

extension KeyContext {
    /// Choosing a resource for the plan.
    static let suggestions = KeyContext("suggestions", heading: .contextSuggestions)
}
