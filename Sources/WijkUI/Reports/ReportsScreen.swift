import WijkDomain
import WijkStore

/// `5`: the reports for coördinators and beheerders: one report at a time, its figures as bars and month
/// sparklines, over a period they choose. Each report shown is a run in the audit trail.
struct ReportsScreen: Layer, ListTarget, KeyTarget {
    var kind: ReportKind = .caseload
    var scroll = 0
    /// The report as last worked out and laid out; kept, so a key that only scrolls works nothing out again.
    var shown: Shown
    /// Closed households past their retention period, counted when the store was last read.
    var due: Int
    /// The reports of this opening already in the audit trail.
    var audited: Set<ReportKind> = []

    /// A sheet and its lines, with what they were made for.
    struct Shown {
        var sheet: ReportSheet
        var width: Int
        var plain: Bool
        var lines: [[Span]]

        init(_ kind: ReportKind, _ workspace: Workspace) {
            sheet = ReportSheet.make(kind, workspace.snapshot, period: ReportsScreen.period(workspace),
                                     today: workspace.now.day, workspace.strings)
            width = ReportsView.innerWidth(workspace.size)
            plain = workspace.plainGlyphs
            lines = ReportSheetView.lines(sheet, width: width, plain: plain, workspace.strings)
        }

        /// Whether these are the lines of `kind` as `workspace` would draw them now.
        func fits(_ kind: ReportKind, _ workspace: Workspace) -> Bool {
            sheet.kind == kind && sheet.period == ReportsScreen.period(workspace)
                && width == ReportsView.innerWidth(workspace.size) && plain == workspace.plainGlyphs
        }
    }

    init(_ workspace: inout Workspace) {
        shown = Shown(.caseload, workspace)
        due = Self.retentionDue(workspace)
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

    /// How many closed households are past their retention period, for the beheerder to destroy.
    static func retentionDue(_ workspace: Workspace) -> Int {
        workspace.snapshot.info.retention.due(workspace.snapshot.dossiers, on: workspace.now.day).count
    }

    /// The lines to draw: the ones kept, unless the report, the period or the width changed since.
    func current(_ workspace: Workspace) -> Shown {
        shown.fits(kind, workspace) ? shown : Shown(kind, workspace)
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
        shown = current(workspace)
    }

    mutating func show(_ step: Int, _ workspace: inout Workspace) {
        let all = ReportKind.allCases
        kind = all[(all.firstIndex(of: kind)! + step + all.count) % all.count]
        scroll = 0
        shown = current(workspace)
        record(&workspace)
    }

    mutating func catchUp(_ changes: StoreChanges, _ workspace: Workspace) {
        shown = Shown(kind, workspace)
        due = Self.retentionDue(workspace)
    }

    // MARK: scrolling

    mutating func move(by delta: Int, _ workspace: inout Workspace) {
        let last = max(0, current(workspace).lines.count - ReportsView.bodyHeight(workspace.size))
        scroll = min(last, max(0, scroll.addingReportingOverflow(delta).partialValue))
    }

    func pageSize(_ workspace: Workspace) -> Int { max(1, ReportsView.bodyHeight(workspace.size) - 1) }

    mutating func back(_ workspace: inout Workspace) { workspace.request(.close) }

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        ReportsView.draw(&screen, self, current(workspace), workspace, now: now)
    }
}
