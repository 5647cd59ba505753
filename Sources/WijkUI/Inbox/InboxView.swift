import WijkDomain

/// Draws the inbox: one request per line, urgency and norm marked with a symbol and a word, not colour alone.
enum InboxView {
    static func draw(_ screen: inout Screen, _ state: InboxScreen, _ inbox: Inbox, _ workspace: Workspace, frame: Rect) {
        let t = workspace.strings
        let width = frame.width - 4
        let open = workspace.snapshot.requests.filter(\.status.isOpen).count
        var title = t(.inboxTitle) + " · " + (state.all ? t(.inboxAll, String(inbox.rows.count))
                                                        : t(.inboxOpen, String(open)))
        if !state.list.filter.isEmpty { title += " · " + t(.filterLabel, state.list.filter) }
        let columns = Columns(width: width)
        var lines: [[Span]] = [[Span(DisplayWidth.fit(columns.header(t), to: width), .columnHeader)]]
        if inbox.rows.isEmpty {
            lines.append([Span("  " + t(state.list.filter.isEmpty ? .inboxEmpty : .noMatches), .dim)])
        }
        let visible = max(1, frame.height - 5)
        let top = min(max(0, state.list.selected - visible + 1), max(0, inbox.rows.count - visible))
        for (i, row) in inbox.rows.enumerated().dropFirst(top).prefix(visible) {
            let selected = i == state.list.selected
            lines.append(columns.spans(row, selected: selected, t))
        }
        let hint = state.list.isEditingFilter
            ? t(.filterPrompt) + state.list.filter
            : StatusBar.hintText(InboxScreen.hints, workspace, context: .inbox, width: frame.width - 6)
        OverlayView.draw(&screen, frame: frame, title: title, lines: lines, scroll: 0, hint: hint)
        screen.cursor = (frame.x + 2, frame.y + 2 + max(0, state.list.selected - top))
    }

    /// Column widths within `width`; the name takes what is left.
    struct Columns {
        let urgency = 11
        let date = 6
        let status = 15
        let waiting = 18
        let name: Int

        init(width: Int) {
            name = max(10, width - 2 - urgency - date - status - waiting)
        }

        func header(_ t: Strings) -> String {
            "  " + DisplayWidth.fit(t(.columnUrgency), to: urgency) + DisplayWidth.fit(t(.columnSince), to: date)
                + DisplayWidth.fit(t(.columnName), to: name) + DisplayWidth.fit(t(.columnStatus), to: status)
                + DisplayWidth.fitRight(t(.columnWaiting), to: waiting)
        }

        func spans(_ row: Inbox.Row, selected: Bool, _ t: Strings) -> [Span] {
            let request = row.request
            let base: Style = selected ? .selected : request.status.isOpen ? .normal : .dim
            let urgencyStyle: Style = selected ? .selected : request.urgency == .crisis ? .danger
                : request.urgency == .urgent ? .warning : base
            let waitingStyle: Style = selected ? .selected : row.waiting.isOver ? .danger : base
            let date = DisplayWidth.fit(String(request.received.dutch.prefix(5)), to: date)
            return [
                Span(selected ? PaneChrome.marker : "  ", base),
                Span(DisplayWidth.fit(t(.urgencyMark(request.urgency)), to: urgency), urgencyStyle),
                Span(date, base),
                Span(DisplayWidth.fit(request.name, to: name - 1) + " ", base),
                Span(DisplayWidth.fit(t(.requestStatus(request.status)), to: status), base),
                Span(DisplayWidth.fitRight(Inbox.waitingText(row.waiting, t), to: waiting), waitingStyle),
            ]
        }
    }
}
