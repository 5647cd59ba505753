import WijkDomain
import WijkStore

/// `5`: the reports for coördinators and beheerders: one report at a time, its figures as bars and month
/// sparklines, over a period they choose. Each report shown is a run in the audit trail.
struct ReportsScreen: Layer, ListTarget, KeyTarget {
    var kind: ReportKind = .caseload
    var scroll = 0
    /// The sheet last worked out, and what it was worked out for.
    var sheet: ReportSheet
    /// The reports of this opening already in the audit trail.
    var audited: Set<ReportKind> = []

    init(_ workspace: inout Workspace) {
        sheet = Self.make(.caseload, workspace)
        record(&workspace)
    }

    /// Opens the reports for those whose role may run them.
    static func open(_ workspace: inout Workspace) {
        guard workspace.viewer?.may(.readReports) == true else {
            workspace.notice = workspace.strings(.notAllowed)
            return
        }
        workspace.present(ReportsScreen(&workspace))
    }

    /// The period counted: the one chosen, else the twelve months up to today.
    static func period(_ workspace: Workspace) -> ReportPeriod {
        workspace.reportPeriod ?? ReportPeriod(from: nil, to: nil, today: workspace.now.day)
    }

    static func make(_ kind: ReportKind, _ workspace: Workspace) -> ReportSheet {
        ReportSheet.make(kind, workspace.snapshot, period: period(workspace), today: workspace.now.day,
                         workspace.strings)
    }

    /// The sheet to draw: the one kept, unless the report or the period changed since.
    func current(_ workspace: Workspace) -> ReportSheet {
        sheet.kind == kind && sheet.period == Self.period(workspace) ? sheet : Self.make(kind, workspace)
    }

    /// Writes the report's run to the audit trail, once per report while the screen is open.
    mutating func record(_ workspace: inout Workspace) {
        guard !audited.contains(kind) else { return }
        audited.insert(kind)
        workspace.record(.export, object: kind.auditObject, now: workspace.now)
    }

    var keepsStatusHints: Bool { false }

    static let keyGroups: [BindingGroup<ReportsScreen>] = [bindings, OverlayBindings.group(), ListBindings.group()]

    mutating func handle(_ key: Key, _ workspace: inout Workspace) {
        _ = runBinding(key, &workspace)
        sheet = current(workspace)
    }

    mutating func show(_ step: Int, _ workspace: inout Workspace) {
        let all = ReportKind.allCases
        kind = all[(all.firstIndex(of: kind)! + step + all.count) % all.count]
        scroll = 0
        sheet = current(workspace)
        record(&workspace)
    }

    mutating func catchUp(_ changes: StoreChanges, _ workspace: Workspace) {
        sheet = Self.make(kind, workspace)
    }

    /// How many closed households are past their retention period on `today`, for the beheerder to destroy.
    static func retentionDue(_ workspace: Workspace, today: Day) -> Int {
        workspace.snapshot.info.retention.due(workspace.snapshot.dossiers, on: today).count
    }

    // MARK: scrolling

    mutating func move(by delta: Int, _ workspace: inout Workspace) {
        let lines = ReportsView.body(sheet, workspace).count
        let last = max(0, lines - ReportsView.bodyHeight(workspace.size))
        scroll = min(last, max(0, scroll.addingReportingOverflow(delta).partialValue))
    }

    func pageSize(_ workspace: Workspace) -> Int { max(1, ReportsView.bodyHeight(workspace.size) - 1) }

    mutating func back(_ workspace: inout Workspace) { workspace.request(.close) }

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        ReportsView.draw(&screen, self, current(workspace), workspace, now: now)
    }
}
