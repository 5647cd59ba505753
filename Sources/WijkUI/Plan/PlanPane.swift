import WijkDomain
import WijkStore

/// The household plan pane: the plan of the household selected in the caseload, as rows to move through,
/// search and edit.
public struct PlanPane: PaneScreen {
    static let pane = Pane.plan
    static let headerRows = 1
    static let title = Text.panePlan
    public internal(set) var list = ListState()
    /// The household whose plan the list state belongs to.
    private var household: String?
    /// Emergency accesses from the audit trail of the last year, for a household's regisseur to see.
    private var emergencyLog: [AuditEvent] = []
    /// Who has which household open where, as last read from the store.
    var presence: [Presence] = []
    private let memo = PlanRowsMemo()

    init(_ workspace: Workspace) {}

    static let keyGroups: [BindingGroup<PlanPane>] = [bindings, ListBindings.group()]

    /// The four things a worker does most come first.
    var hints: [(Command, Text)] {
        [(.newJournal, .hintJournal), (.score, .hintScore), (.newAction, .hintAction), (.newExpense, .hintExpense),
         (.edit, .hintEdit), (.open, .hintOpen), (.filter, .hintFilter), (.back, .hintBack)]
    }

    /// The plan rows of the selected household, after the plan's filter.
    public func rows(_ workspace: Workspace, now: LocalTime) -> [PlanRow] {
        guard let dossier = workspace.selectedDossier else { return [] }
        let viewer = workspace.viewer
        let seesAccesses = viewer?.id == dossier.household.regisseur || viewer?.role == .coordinator
        let accesses = seesAccesses ? emergencyLog.filter { $0.object == dossier.id } : []
        let key = PlanRowsKey(household: dossier.id, revision: workspace.revision, day: now.day,
                                   viewer: viewer.map { $0.id + ":" + $0.role.rawValue },
                                   language: workspace.strings.language, filter: list.filter, accesses: accesses.count)
        return memo.value(for: key) {
            let all = PlanDocument.rows(for: dossier, snapshot: workspace.snapshot, now: now.day,
                                        strings: workspace.strings, emergencyAccesses: accesses,
                                        complete: !list.filter.isEmpty)
            let words = Folding.queryWords(list.filter)
            guard !words.isEmpty else { return all }
            let matching = all.filter { $0.isSelectable && Folding.matches($0.searchKey, query: words) }
            let sections = Set(matching.map(\.section))
            return all.filter { row in
                row.kind == .sectionHeader ? sections.contains(row.section) : matching.contains(row)
            }
        }
    }

    /// The row under the selection.
    public func selectedRow(_ workspace: Workspace) -> PlanRow? {
        let rows = rows(workspace, now: workspace.now)
        return list.selected < rows.count ? rows[list.selected] : nil
    }

    func count(_ workspace: Workspace) -> Int { rows(workspace, now: workspace.now).count }

    mutating func open(_ workspace: inout Workspace) {
        if let detail = selectedRow(workspace)?.detail { workspace.present(DetailOverlay(detail: detail)) }
    }

    /// Moves to a selectable row, searching onward in the direction of travel, then back.
    mutating func move(by delta: Int, _ workspace: inout Workspace) {
        let rows = rows(workspace, now: workspace.now)
        var target = min(max(list.selected + delta, 0), max(0, rows.count - 1))
        let step = delta >= 0 ? 1 : -1
        var probe = target
        while probe >= 0 && probe < rows.count && !rows[probe].isSelectable { probe += step }
        if probe < 0 || probe >= rows.count {
            probe = target
            while probe >= 0 && probe < rows.count && !rows[probe].isSelectable { probe -= step }
        }
        if probe >= 0 && probe < rows.count { target = probe }
        list.select(target, count: rows.count, height: height(workspace))
        // Show the section heading above the first item of a section when scrolling up to it.
        if delta < 0, target > 0, rows[target - 1].kind == .sectionHeader, list.top == target {
            list.top = max(0, target - 2)
        }
    }

    /// Lands on the first row that can be selected, not on a section heading.
    mutating func refilter(_ workspace: inout Workspace) {
        list.selected = rows(workspace, now: workspace.now).firstIndex(where: \.isSelectable) ?? 0
        list.top = 0
        clamp(workspace)
    }

    /// Another household in the caseload starts its plan at the top; a row asked for is selected and in sight.
    mutating func follow(_ workspace: inout Workspace) {
        let id = workspace.selectedDossier?.id
        if id != household {
            household = id
            list = ListState()
        }
        if let ref = workspace.planReveal {
            workspace.planReveal = nil
            if let index = rows(workspace, now: workspace.now).firstIndex(where: { $0.ref == ref }) {
                list.selected = index
                clamp(workspace)
            }
        }
    }

    /// Coming from the caseload on a restricted household, say why the plan stays empty.
    func gainedFocus(from previous: Pane, _ workspace: inout Workspace) {
        if previous == .caseload, workspace.selectedDossier == nil, let selection = workspace.selection,
           !selection.isOpen {
            workspace.notice = workspace.strings(.restrictedExplanation)
        }
    }

    mutating func catchUp(_ changes: StoreChanges, _ workspace: inout Workspace) {
        if changes.presence { presence = Presence.readAll(in: workspace.snapshot.root) }
        if changes.access, workspace.audit != nil {
            emergencyLog = workspace.auditEvents(since: workspace.now.day.adding(days: -366))
                .filter { $0.action == .emergencyAccess }
        }
    }

    /// Colleagues (other workers, or this worker elsewhere) who have household `id` open now.
    func colleagues(in id: String, _ workspace: Workspace, now: LocalTime) -> [Presence] {
        presence.filter { p in
            p.household == id && p.isFresh(at: now.instant)
                && !(p.worker == workspace.viewer?.id && p.workstation == workspace.workstation)
        }
    }

    mutating func sessionChanged(_ workspace: inout Workspace) { emergencyLog = [] }

    func openHousehold(_ workspace: Workspace) -> String? { workspace.selectedDossier?.id }

    func title(_ workspace: Workspace, now: LocalTime) -> PaneTitle { PlanView.title(self, workspace, now: now) }

    func draw(_ screen: inout Screen, _ workspace: Workspace, rect: Rect, focused: Bool, now: LocalTime) {
        PlanView.draw(&screen, self, workspace, rect: rect, focused: focused, now: now)
    }
}

extension KeyContext {
    /// Only in the household plan.
    static let plan = KeyContext("plan", heading: .contextPlan)
}
