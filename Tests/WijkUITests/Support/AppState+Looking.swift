import WijkDomain
import WijkStore
@testable import WijkUI

/// How the tests look into the app: the panes' and windows' own states, under the names the assertions use.
extension AppState {
    var caseloadPane: CaseloadPane { main[CaseloadPane.self] }
    var planPane: PlanPane { main[PlanPane.self] }
    var resourcesPane: ResourcesPane { main[ResourcesPane.self] }

    /// The caseload's rows and which of them show.
    var caseload: Caseload { caseloadPane.caseload }
    var scope: CaseloadScope { caseloadPane.scope }
    var focus: Pane { workspace.focus }
    var notice: String? { workspace.notice }
    var pendingCopies: [ConflictMerge.Pending] { workspace.pendingCopies }
    var selectedDossier: Dossier? { workspace.selectedDossier }

    /// The list state of `pane`.
    func list(_ pane: Pane) -> ListState { main.panes.first { type(of: $0).pane == pane }!.list }

    var isEditingFilter: Bool { main.focused(workspace).list.isEditingFilter }

    /// The open form (the top one), the conflict form, and the top window that is neither.
    var form: Form? { workspace.layers.last { $0 is Form } as? Form }
    var conflict: ConflictForm? { workspace.layers.last { $0 is ConflictForm } as? ConflictForm }
    var overlay: (any Layer)? { workspace.layers.last { !($0 is Form) && !($0 is ConflictForm) } }

    func planRows(now: LocalTime) -> [PlanRow] { planPane.rows(workspace, now: now) }
    func selectedPlanRow(now: LocalTime) -> PlanRow? {
        let rows = planRows(now: now)
        return planPane.list.selected < rows.count ? rows[planPane.list.selected] : nil
    }

    /// Workers as the team screen lists them.
    var teamList: [Worker] { TeamScreen.workers(workspace.snapshot) }

    func colleaguesHere(now: LocalTime) -> [Presence] {
        workspace.selectedDossier.map { planPane.colleagues(in: $0.id, workspace, now: now) } ?? []
    }
}
