import WijkDomain
import WijkStore

/// The caseload pane: the team's households with their signals, a scope (team, mine, closed) and a filter.
/// The household selected here is the one the plan shows.
public struct CaseloadPane: PaneScreen {
    static let pane = Pane.caseload
    static let headerRows = 2
    static let title = Text.paneCaseload
    public internal(set) var caseload: Caseload
    public internal(set) var scope: CaseloadScope = .team
    public internal(set) var list = ListState()

    init(_ workspace: Workspace) {
        caseload = Caseload(snapshot: workspace.snapshot, viewer: workspace.viewer, day: workspace.now.day,
                            strings: workspace.strings)
        caseload.apply(scope: scope, viewer: workspace.viewer?.id, filter: "")
    }

    /// The row under the selection, if any.
    public var selectedRow: CaseloadRow? {
        list.selected < caseload.visible.count ? caseload.rows[caseload.visible[list.selected]] : nil
    }

    func count(_ workspace: Workspace) -> Int { caseload.visible.count }

    static let keyGroups: [BindingGroup<CaseloadPane>] = [bindings, ListBindings.group()]

    static let bindings = BindingGroup<CaseloadPane>(.caseload, [
        ListBindings.open(help: .helpOpenHousehold),
        ListBindings.filter(help: .helpFilterCaseload),
        Binding(.cycleScope, [.character("v")], .helpCycleScope) { pane, ws in
            let all = CaseloadScope.allCases
            pane.scope = all[(all.firstIndex(of: pane.scope)! + 1) % all.count]
            pane.list.selected = 0
            pane.list.top = 0
            pane.refilter(&ws)
        },
        Binding(.newHousehold, [.character("n")], .helpNewHousehold) { _, ws in ws.present(HouseholdForm.new(ws)) },
    ])

    var hints: [(Command, Text)] {
        [(.open, .hintOpen), (.filter, .hintFilter), (.cycleScope, .hintScope), (.newHousehold, .hintNewHousehold)]
    }

    /// Enter: the plan of the household, or for a restricted one the question for emergency access.
    mutating func open(_ workspace: inout Workspace) {
        guard let row = selectedRow else { return }
        if row.isOpenToViewer {
            workspace.request(.focus(.plan))
        } else {
            workspace.present(EmergencyForm.make(household: row.household, workspace.strings))
        }
    }

    mutating func refilter(_ workspace: inout Workspace) {
        caseload.apply(scope: scope, viewer: workspace.viewer?.id, filter: list.filter)
        clamp(workspace)
    }

    func follow(_ workspace: inout Workspace) {
        workspace.selection = selectedRow.map { Workspace.Selection(household: $0.household, isOpen: $0.isOpenToViewer) }
    }

    mutating func catchUp(_ changes: StoreChanges, _ workspace: inout Workspace) {
        let selected = selectedRow?.household
        if changes.everything || changes.access || changes.requests {
            rebuild(workspace, day: caseload.day)
        } else {
            for index in changes.households {
                caseload.update(dossier: index, snapshot: workspace.snapshot, viewer: workspace.viewer,
                                strings: workspace.strings, grants: workspace.grants)
            }
        }
        if let selected { select(selected) }
    }

    /// Selects household `id`, clearing a filter that hides it and changing to the scope that lists it (a
    /// household opened from a question, or the one a merge kept, is the one the worker wants to see).
    mutating func reveal(household id: String, _ workspace: inout Workspace) {
        func listed() -> Bool { caseload.visible.contains { caseload.rows[$0].household == id } }
        if !listed(), let row = caseload.rows.first(where: { $0.household == id }) {
            list.filter = ""
            list.isEditingFilter = false
            if !Caseload.row(row, isIn: scope, viewer: workspace.viewer?.id) { scope = row.status == .closed ? .closed : .team }
            caseload.apply(scope: scope, viewer: workspace.viewer?.id, filter: "")
        }
        select(id)
    }

    /// A new worker starts with the whole team in view, at the top, without the last one's search: what they
    /// looked for and where they were is theirs.
    mutating func sessionChanged(_ workspace: inout Workspace) {
        scope = .team
        list.filter = ""
        list.isEditingFilter = false
        list.selected = 0
        list.top = 0
    }

    mutating func newDay(_ workspace: inout Workspace) {
        guard workspace.now.day != caseload.day else { return }
        let selected = selectedRow?.household
        rebuild(workspace, day: workspace.now.day)
        if let selected { select(selected) }
    }

    /// The rows built again from the store, for the viewer and their grants, signals as of `day`.
    private mutating func rebuild(_ workspace: Workspace, day: Day) {
        caseload = Caseload(snapshot: workspace.snapshot, viewer: workspace.viewer, day: day, strings: workspace.strings,
                            grants: workspace.grants)
        caseload.apply(scope: scope, viewer: workspace.viewer?.id, filter: list.filter)
    }

    /// Selects the row of household `id` when it is listed.
    private mutating func select(_ id: String) {
        if let index = caseload.visible.firstIndex(where: { caseload.rows[$0].household == id }) { list.selected = index }
    }

    func title(_ workspace: Workspace, now: LocalTime) -> PaneTitle { CaseloadView.title(self, strings: workspace.strings) }

    func draw(_ screen: inout Screen, _ workspace: Workspace, rect: Rect, focused: Bool, now: LocalTime) {
        CaseloadView.draw(&screen, self, strings: workspace.strings, rect: rect, focused: focused)
    }
}

extension KeyContext {
    /// Only in the caseload.
    static let caseload = KeyContext("caseload", heading: .contextCaseload)
}

extension Command {
    static let cycleScope = Command("cycle-scope")
    static let newHousehold = Command("new-household")
}
