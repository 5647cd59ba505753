import Foundation
import WijkDomain
import WijkStore

/// `a`: the audit trail for beheerders: newest first, ids only, and whether every chain is whole.
struct AuditScreen: ReadingWindow {
    var events: [AuditEvent]
    var breaks: [AuditLog.Break]
    var scroll = 0

    /// Reads the whole trail and checks its chains, for those whose role may read it.
    static func open(_ workspace: inout Workspace) {
        guard workspace.viewer?.may(.readAudit) == true else {
            workspace.notice = workspace.strings(.notAllowed)
            return
        }
        let root = workspace.snapshot.root
        workspace.present(AuditScreen(events: AuditLog.read(root: root).entries.map(\.event),
                                      breaks: AuditLog.verify(root: root)))
    }

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        let t = workspace.strings
        var lines: [[Span]] = [breaks.isEmpty
            ? [Span(t(.auditIntact, String(events.count)), .good)]
            : [Span(t(.auditBroken, breaks.map { $0.path + ":" + String($0.line) }.joined(separator: ", ")), .danger)]]
        lines.append([])
        for e in events.reversed() {
            var text = String(e.time.iso.prefix(16)).replacingOccurrences(of: "T", with: " ") + "  "
            text += DisplayWidth.fit(e.worker, to: 7) + DisplayWidth.fit(e.workstation, to: 12)
            text += DisplayWidth.fit(e.action.rawValue, to: 17) + DisplayWidth.fit(e.object ?? "-", to: 10) + e.outcome.rawValue
            lines.append([Span(text, e.outcome == .ok ? .normal : .warning)])
        }
        OverlayView.draw(&screen, frame: OverlayView.frame(for: screen.size), title: t(.auditTitle), lines: lines,
                         scroll: scroll, hint: Self.scrollHint(workspace))
    }
}
