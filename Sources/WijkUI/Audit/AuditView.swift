import WijkStore

/// The audit trail for beheerders: newest first, ids only, and whether every chain is whole.
enum AuditView {
    static func draw(_ screen: inout Screen, state: AppState, frame: Rect, scroll: Int, hint: String) {
        let t = state.strings
        let breaks = state.auditBreaks
        var lines: [[Span]] = [breaks.isEmpty
            ? [Span(t(.auditIntact, String(state.auditEvents.count)), .good)]
            : [Span(t(.auditBroken, breaks.map { $0.path + ":" + String($0.line) }.joined(separator: ", ")), .danger)]]
        lines.append([])
        for e in state.auditEvents.reversed() {
            var text = String(e.time.iso.prefix(16)).replacingOccurrences(of: "T", with: " ") + "  "
            text += DisplayWidth.fit(e.worker, to: 7) + DisplayWidth.fit(e.workstation, to: 12)
            text += DisplayWidth.fit(e.action.rawValue, to: 17) + DisplayWidth.fit(e.object ?? "-", to: 10) + e.outcome.rawValue
            lines.append([Span(text, e.outcome == .ok ? .normal : .warning)])
        }
        OverlayView.draw(&screen, frame: frame, title: t(.auditTitle), lines: lines, scroll: scroll, hint: hint)
    }
}
