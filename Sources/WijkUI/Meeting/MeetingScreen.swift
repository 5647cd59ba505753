import WijkDomain
import WijkStore

/// `M`: the team meeting on the projected screen. First the agenda (reorder, add, remove, time, who is present),
/// then one item at a time in the privacy view with its timer and a decision form, then the summary. The
/// minutes file in the store is the meeting's memory: every step is saved into it at once, so a meeting that
/// is interrupted goes on where it was.
///
/// Opening it turns on projector mode (`Workspace.projector`): until a person leaves the meeting through
/// `MeetingExit` or signs out, nothing on the screen names a client.
struct MeetingScreen: Layer, KeyTarget, ListTarget {
    enum Phase: Sendable, Equatable { case agenda, item, summary }

    var meeting: Meeting
    var phase = Phase.agenda
    var selected = 0
    /// The item whose details are shown (for that item only).
    var details: Int?
    /// The restricted household whose details wait for emergency access (doorbreekglas).
    var awaitingGrant: String?
    /// How many changes `u` could take back when the meeting opened: in the meeting it takes back only its own.
    var undoFloor = 0
    /// When the current item came on screen, for its timer.
    var itemStarted: Timestamp?
    /// Following a meeting another workstation runs: looking, not changing.
    var readOnly = false
    /// The first line shown of a long item or summary.
    var scroll = 0

    /// What presence says while a meeting runs here: `meeting:2026-11-23`.
    static func presenceMark(_ day: Day) -> String { "meeting:" + day.iso }

    var path: String { MeetingForms.path(meeting) }

    /// Today's meeting (or the one of `date`) as far as it went, or a new one with the agenda Wijkdesk proposes;
    /// projector mode from now on. `resuming`: a colleague signed in while the meeting was on the screen, so
    /// this workstation's own presence is not another meeting to follow.
    static func open(_ workspace: inout Workspace, date: Day? = nil, resuming: Bool = false) {
        guard let viewer = workspace.viewer else { return }
        let today = date ?? workspace.now.day
        workspace.projector = Projector(meeting: today)
        // A meeting another workstation runs is followed read-only, saying by whom.
        let running = Presence.readAll(in: workspace.snapshot.root).first {
            $0.household == presenceMark(today) && $0.isFresh(at: workspace.now.instant)
                && ($0.workstation != workspace.workstation || (!resuming && $0.worker != viewer.id))
        }
        // Today's meeting goes on where it was; one that has ended shows what it decided (its minutes stay).
        if let existing = workspace.snapshot.meetings.first(where: { $0.date == today }) {
            var screen = MeetingScreen(meeting: existing)
            screen.undoFloor = workspace.undoStack.count
            if existing.ended != nil { screen.phase = .summary }
            if let running, existing.ended == nil {
                screen.readOnly = true
                workspace.notice = workspace.strings(.meetingFollowing, MeetingView.initials(running.worker, workspace),
                                                     running.workstation)
            }
            workspace.present(screen)
            return
        }
        let previous = workspace.snapshot.meetings.last { $0.date < today }
        var decided: [String: [String]] = [:]
        for item in previous?.items ?? [] {
            if case .household(let id) = item.subject { decided[id, default: []] += item.changes }
        }
        let items = Meeting.propose(dossiers: workspace.snapshot.dossiers, requests: workspace.snapshot.requests,
                                    previous: previous, today: today, actionsDecided: decided)
        var screen = MeetingScreen(meeting: Meeting(date: today, chair: viewer.id, items: items))
        screen.undoFloor = workspace.undoStack.count
        screen.save(&workspace)
        workspace.present(screen)
    }

    static let keyGroups: [BindingGroup<MeetingScreen>] = [bindings, ListBindings.group()]

    mutating func handle(_ key: Key, _ workspace: inout Workspace) {
        if readOnly, let command = workspace.keyMap.command(for: key, in: [.meeting]), MeetingScreen.changing.contains(command) {
            workspace.notice = workspace.strings(.meetingReadOnly)
            return
        }
        _ = runBinding(key, &workspace)
    }

    /// The keys that change the meeting: not for a workstation that follows it.
    static let changing: Set<Command> = [.meetingUp, .meetingDown, .meetingRemove, .meetingAdd, .meetingTime, .meetingPresent,
                                         .meetingDecide, .meetingPostpone, .meetingEnd, .meetingIdleLock, .undo]

    var keepsStatusHints: Bool { false }

    /// The minutes as the store has them now (a decision saved by a form, or undone, went there); the details
    /// of a restricted household once emergency access to it was taken.
    mutating func catchUp(_ changes: StoreChanges, _ workspace: Workspace) {
        if let id = awaitingGrant, workspace.grants.contains(id) {
            awaitingGrant = nil
            if phase == .item, selected < meeting.items.count, meeting.items[selected].subject == .household(id) { details = selected }
        }
        guard changes.meetings || changes.everything else { return }
        if var saved = workspace.snapshot.meetings.first(where: { $0.date == meeting.date }) {
            // Time on items is saved only with the next decision: what this screen counted since is kept.
            for i in saved.items.indices where i < meeting.items.count && saved.items[i].subject == meeting.items[i].subject {
                saved.items[i].spent = max(saved.items[i].spent, meeting.items[i].spent)
            }
            meeting = saved
        }
        selected = min(selected, max(0, meeting.items.count - 1))
    }

    /// Writes the minutes as they stand (never from a workstation that follows the meeting).
    mutating func save(_ workspace: inout Workspace) {
        guard !readOnly else { return }
        let base = workspace.readForChange(path)
        var bookkeeping = Submission([.update(path, base: base, StoreEncoder.meetingFile(meeting), undoable: false)])
        bookkeeping.recordsUndo = false
        _ = workspace.submit(bookkeeping)
        workspace.notice = nil
    }

    /// The items still on the agenda, in order (removed ones drop out of the count).
    var active: [Int] { meeting.items.indices.filter { meeting.items[$0].status != .removed } }

    // MARK: keys

    mutating func move(by delta: Int, _ workspace: inout Workspace) {
        if phase != .agenda {
            // An item or the summary scrolls, kept within its lines: a key back up moves at once after the end (G).
            let frame = MeetingScreen.frame(workspace.size)
            let count = content(workspace, width: frame.width - 4, rows: frame.height - 2, now: workspace.now).lines.count
            let most = max(0, count - (frame.height - 2))
            scroll = min(most, max(0, scroll.addingReportingOverflow(delta).partialValue))
            return
        }
        selected = min(max(0, meeting.items.count - 1), max(0, selected.addingReportingOverflow(delta).partialValue))
    }

    func pageSize(_ workspace: Workspace) -> Int { 10 }

    /// Esc: from an item back to the agenda; from the agenda or the summary, the question how to leave.
    mutating func back(_ workspace: inout Workspace) {
        switch phase {
        case .agenda, .summary: workspace.present(MeetingExit())
        case .item: toAgenda(&workspace)
        }
    }

    mutating func toAgenda(_ workspace: inout Workspace) {
        leaveItem(&workspace)
        phase = .agenda
    }

    /// Enter: on the agenda, start (again) at the selected item; during an item, back to the agenda; in the
    /// summary, the question how to leave.
    mutating func open(_ workspace: inout Workspace) {
        switch phase {
        case .agenda:
            guard !meeting.items.isEmpty else { return }
            if meeting.started == nil && !readOnly {
                meeting.started = workspace.now.instant
                save(&workspace)
            }
            enter(selected, &workspace)
        case .item: toAgenda(&workspace)
        case .summary: workspace.present(MeetingExit())
        }
    }

    mutating func enter(_ index: Int, _ workspace: inout Workspace) {
        selected = index
        phase = .item
        details = nil
        awaitingGrant = nil
        scroll = 0
        itemStarted = workspace.now.instant
    }

    /// Adds the time on screen to the item's, before another comes up. The time is saved with the next
    /// decision, postponement or the end, not at every step: a long agenda's minutes are a large file.
    mutating func leaveItem(_ workspace: inout Workspace) {
        guard phase == .item, let started = itemStarted, selected < meeting.items.count else { return }
        meeting.items[selected].spent += Int(workspace.now.instant.seconds - started.seconds)
        itemStarted = nil
        details = nil
        awaitingGrant = nil
    }

    mutating func step(_ delta: Int, _ workspace: inout Workspace) {
        guard phase == .item else { return }
        let order = active
        guard let position = order.firstIndex(of: selected) else { return }
        let next = position + delta
        guard next >= 0, next < order.count else { return }
        leaveItem(&workspace)
        enter(order[next], &workspace)
    }

    static let bindings = BindingGroup<MeetingScreen>(.meeting, [
        ListBindings.open(help: .helpMeetingStart),
        Binding(.meetingNext, [.character("n")], .helpMeetingNext) { m, ws in m.step(1, &ws) },
        Binding(.meetingPrevious, [.character("p")], .helpMeetingPrevious) { m, ws in m.step(-1, &ws) },
        Binding(.meetingUp, [.character("K")], .helpMeetingUp) { m, ws in m.reorder(-1, &ws) },
        Binding(.meetingDown, [.character("J")], .helpMeetingDown) { m, ws in m.reorder(1, &ws) },
        Binding(.meetingRemove, [.character("x")], .helpMeetingRemove) { m, ws in
            guard m.phase == .agenda, m.selected < m.meeting.items.count else { return }
            m.meeting.items[m.selected].status = m.meeting.items[m.selected].status == .removed ? .open : .removed
            m.save(&ws)
        },
        Binding(.meetingAdd, [.character("+")], .helpMeetingAdd) { m, ws in
            guard m.phase == .agenda else { return }
            ws.present(MeetingForms.add(m.meeting, ws))
        },
        Binding(.meetingTime, [.character("t")], .helpMeetingTime) { m, ws in
            guard m.selected < m.meeting.items.count, m.phase != .summary else { return }
            ws.present(MeetingForms.time(m.meeting, item: m.selected, ws))
        },
        Binding(.meetingPresent, [.character("a")], .helpMeetingPresent) { m, ws in
            ws.present(MeetingForms.present(m.meeting, ws))
        },
        Binding(.meetingReveal, [.character("r")], .helpMeetingReveal) { m, ws in m.toggleDetails(&ws) },
        Binding(.meetingDecide, [.character("b")], .helpMeetingDecide) { m, ws in
            guard m.phase == .item, m.selected < m.meeting.items.count else { return }
            if let form = MeetingForms.decision(m.meeting, item: m.selected, ws) { ws.present(form) }
        },
        Binding(.meetingPostpone, [.character("s")], .helpMeetingPostpone) { m, ws in
            guard m.phase != .summary, m.selected < m.meeting.items.count else { return }
            m.meeting.items[m.selected].status = m.meeting.items[m.selected].status == .postponed ? .open : .postponed
            if m.phase == .item { m.leaveItem(&ws) }
            m.save(&ws)
            if m.phase == .item { m.step(1, &ws) }
        },
        Binding(.meetingEnd, [.character("e")], .helpMeetingEnd) { m, ws in
            guard m.phase != .summary else { return }
            ws.present(Question(text: ws.strings(.meetingEndQuestion)) { ws in
                ws.updateLayer(MeetingScreen.self) { m, ws in m.end(&ws) }
            })
        },
        Binding(.meetingIdleLock, [.character("L")], .helpMeetingIdleLock) { m, ws in
            ws.present(MeetingForms.idleLock(m.meeting, ws))
        },
        Binding(.undo, [.character("u")], .helpMeetingUndo) { m, ws in
            // Only what was done in this meeting: anything older is not the room's to take back.
            ws.askUndo(floor: m.undoFloor, nothing: .meetingNothingToUndo)
        },
        Binding(.help, [.character("?"), .function(1)], .helpHelp) { _, ws in
            // Open at the meeting's own keys and what projector mode is.
            ws.present(HelpOverlay(scroll: HelpView.line(of: .meeting, keyMap: ws.keyMap, strings: ws.strings,
                                                         width: OverlayView.frame(for: ws.size).width - 4)))
        },
        Binding(.meetingLeave, [.character("q")], .helpMeetingLeave) { m, ws in ws.present(MeetingExit()) },
        Binding(.signOut, [.ctrl("w")], .helpSignOut) { _, ws in ws.request(.signOut) },
        Binding(.close, [.escape], .helpMeetingBack) { m, ws in m.back(&ws) },
    ])

    /// Ends the meeting: the time of the item on screen added, the end saved, the summary shown.
    mutating func end(_ workspace: inout Workspace) {
        guard phase != .summary else { return }
        leaveItem(&workspace)
        meeting.ended = workspace.now.instant
        save(&workspace)
        phase = .summary
        scroll = 0
    }

    /// `r`: the item's details, or back to the item; a restricted household's only after emergency access
    /// (reason asked and recorded, its regisseur sees it), with a warning that the room sees them. Audited.
    mutating func toggleDetails(_ workspace: inout Workspace) {
        guard phase == .item, selected < meeting.items.count else { return }
        if details == selected {
            details = nil
            return
        }
        let object: String
        switch meeting.items[selected].subject {
        case .household(let id):
            object = id
            if let household = workspace.dossier(id)?.household, MeetingView.isSealed(household, workspace) {
                awaitingGrant = id
                let t = workspace.strings
                workspace.present(Question(text: t(.meetingBreakGlassQuestion)) { ws in
                    ws.present(EmergencyForm.make(household: id, ws.strings, openPlan: false))
                })
                return
            }
        case .request(let id): object = id
        }
        details = selected
        scroll = 0
        workspace.record(.open, object: object, reason: "meeting-reveal", now: workspace.now)
    }

    mutating func reorder(_ delta: Int, _ workspace: inout Workspace) {
        guard phase == .agenda else { return }
        let target = selected + delta
        guard target >= 0, target < meeting.items.count else { return }
        meeting.items.swapAt(selected, target)
        selected = target
        save(&workspace)
    }

    // MARK: drawing

    /// The window: the whole screen between the top bar and the status bar, so nothing of the panes shows.
    static func frame(_ size: Size) -> Rect { Rect(x: 0, y: 1, width: size.columns, height: size.rows - 2) }

    /// The lines of the item on screen, from its header on; what `draw` shows of it and what scrolling counts.
    func itemLines(_ workspace: Workspace, width: Int, now: LocalTime) -> [[Span]] {
        guard selected < meeting.items.count else { return [] }
        let t = workspace.strings
        let item = meeting.items[selected]
        let position = (active.firstIndex(of: selected) ?? 0) + 1
        let spent = item.spent + Int(now.instant.seconds - (itemStarted ?? now.instant).seconds)
        let total = Int(now.instant.seconds - (meeting.started ?? now.instant).seconds)
        var header = [Span(t(.meetingItemOf, String(position), String(active.count)) + " · ", .sectionHeader),
                      Span(t(.meetingItemTime, Meeting.clock(spent), String(item.minutes)), item.isOver(after: spent) ? .warning : .normal)]
        if item.isOver(after: spent) { header.append(Span(" " + t(.meetingOverTime), .warning)) }
        header.append(Span(" · " + t(.meetingTotal, Meeting.clock(total)), .dim))
        let showing = details == selected
        var lines = [header, [Span(MeetingView.title(item, workspace), .overlayTitle)]]
        lines += MeetingView.lines(item, workspace, details: showing, names: names(workspace), width: width, today: now.day)
        lines.append([])
        lines += DisplayWidth.wrap(t(showing ? .meetingDetailsShown : .meetingPrivacy), width: width).map { [Span($0, .dim)] }
        return lines
    }

    /// Every client's name on this agenda, for what is typed and decided about them.
    func names(_ workspace: Workspace) -> Pseudonymiser {
        let subjects = meeting.items.map(\.subject)
        return (workspace.projector ?? Projector(meeting: meeting.date)).pseudonymiser(workspace, subjects: subjects)
    }

    /// What the window shows in `width` columns and `rows` lines: its lines, the selected agenda row's line,
    /// and the keys for its bottom border.
    func content(_ workspace: Workspace, width: Int, rows: Int, now: LocalTime) -> (lines: [[Span]], cursorLine: Int,
                                                                                 hints: [(Command, Text)]) {
        let t = workspace.strings
        var lines: [[Span]] = []
        var cursorLine = 0
        // The chair is there, whether or not `a` was used yet.
        let present = ([meeting.chair] + meeting.present.filter { $0 != meeting.chair }).map { MeetingView.initials($0, workspace) }
        lines.append([Span(t(.meetingChair, MeetingView.initials(meeting.chair, workspace),
                             present.count < 2 ? present.joined() + " " + t(.meetingNobody) : present.joined(separator: ", ")), .dim)])
        let hints: [(Command, Text)]
        switch phase {
        case .agenda:
            lines.append([Span(t(.meetingAgendaHeading, String(active.count), String(meeting.plannedMinutes)), .sectionHeader)])
            if meeting.items.isEmpty { lines += DisplayWidth.wrap(t(.meetingEmptyAgenda), width: width).map { [Span($0, .dim)] } }
            // Only the rows in sight are worked out: an agenda can be long.
            let room = max(1, rows - lines.count)
            let first = max(0, min(selected - room / 2, meeting.items.count - room))
            for i in first..<min(meeting.items.count, first + room) {
                let item = meeting.items[i]
                let mark: String
                switch item.status {
                case .open: mark = ""
                case .discussed: mark = t(.meetingDiscussedMark)
                case .postponed: mark = t(.meetingPostponedMark)
                case .removed: mark = t(.meetingRemovedMark)
                }
                let number = DisplayWidth.fitRight(String(i + 1), to: 2) + " "
                let left = (i == selected ? PaneChrome.marker : "  ") + number + MeetingView.title(item, workspace)
                let why = MeetingView.reasons(item, workspace)
                let right = DisplayWidth.fitRight(mark, to: 11) + DisplayWidth.fitRight(String(item.minutes) + " min", to: 7)
                // The subject takes up to 40 columns, more on a wide screen (a restricted household's line is long).
                let leftWidth = min(DisplayWidth.of(left), max(40, width / 2))
                let middle = max(10, width - 18 - leftWidth - 2)
                let style: Style = i == selected ? .selected : item.status == .removed ? .dim : .normal
                if i == selected { cursorLine = lines.count }
                lines.append([Span(DisplayWidth.fit(left, to: leftWidth) + "  ", style),
                              Span(DisplayWidth.fit(why, to: middle), i == selected ? .selected : .dim),
                              Span(right, style)])
            }
            hints = readOnly ? [(.open, .hintMeetingOpen), (.close, .hintMeetingLeave)]
                : [(.open, .hintMeetingStart), (.meetingPresent, .hintMeetingPresent), (.meetingAdd, .hintMeetingAdd),
                   (.meetingEnd, .hintMeetingEnd), (.close, .hintMeetingLeave)]
        case .item:
            lines += itemLines(workspace, width: width, now: now)
            let reveal = (Command.meetingReveal, details == selected ? Text.hintMeetingHide : Text.hintMeetingReveal)
            hints = readOnly ? [reveal, (.meetingNext, .hintMeetingNext), (.meetingPrevious, .hintMeetingPrevious), (.close, .hintMeetingAgenda)]
                : [(.meetingDecide, .hintMeetingDecide), (.meetingPostpone, .hintMeetingPostpone), reveal,
                   (.meetingNext, .hintMeetingNext), (.close, .hintMeetingAgenda), (.meetingEnd, .hintMeetingEnd)]
        case .summary:
            let count = { (s: Meeting.Status) in String(meeting.items.filter { $0.status == s }.count) }
            let total = Int((meeting.ended ?? now.instant).seconds - (meeting.started ?? meeting.ended ?? now.instant).seconds)
            lines.append([Span(t(.meetingSummaryCounts, count(.discussed), count(.postponed), count(.removed), Meeting.clock(total)),
                               .sectionHeader)])
            let names = names(workspace)
            for item in meeting.items where item.status == .discussed {
                lines.append([Span("• " + MeetingView.title(item, workspace))])
                lines += DisplayWidth.wrap(Printable.escaped(names.scrub(item.decision)), width: width - 4).map { [Span("    " + $0, .dim)] }
            }
            lines.append([])
            lines += DisplayWidth.wrap(t(.meetingSummaryNote, meeting.date.iso), width: width).map { [Span($0, .dim)] }
            hints = [(.close, .hintMeetingLeave)]
        }
        return (lines, cursorLine, hints)
    }

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        let t = workspace.strings
        let frame = MeetingScreen.frame(screen.size)
        let width = frame.width - 4
        let (lines, cursorLine, hints) = content(workspace, width: width, rows: frame.height - 2, now: now)
        // The hint goes in the bottom border: it leaves room for the scroll position when the lines do not fit.
        let scrolls = lines.count > frame.height - 2
        let position = scrolls ? DisplayWidth.of("\(lines.count)–\(lines.count)/\(lines.count) · ") : 0
        let hint = StatusBar.hintText(hints, workspace, context: .meeting, width: width - 2 - position)
        let title = phase == .summary ? t(.meetingSummaryTitle, meeting.date.dutch)
            : t(readOnly ? .meetingFollowingTitle : .meetingTitle, meeting.date.dutch)
        let top = phase == .agenda ? 0 : scroll
        let used = OverlayView.draw(&screen, frame: frame, title: title, lines: lines, scroll: top, hint: hint)
        screen.cursor = (frame.x + 2, frame.y + 1 + max(0, cursorLine - used))
    }
}

extension KeyContext {
    /// In the team meeting.
    static let meeting = KeyContext("meeting", heading: .contextMeeting, note: .contextMeetingNote)
}

extension Command {
    static let meeting = Command("meeting")
    static let meetingQuestion = Command("meeting-question")
    static let meetingNext = Command("meeting-next")
    static let meetingPrevious = Command("meeting-previous")
    static let meetingUp = Command("meeting-up")
    static let meetingDown = Command("meeting-down")
    static let meetingRemove = Command("meeting-remove")
    static let meetingAdd = Command("meeting-add")
    static let meetingTime = Command("meeting-time")
    static let meetingPresent = Command("meeting-present")
    static let meetingReveal = Command("meeting-reveal")
    static let meetingDecide = Command("meeting-decide")
    static let meetingPostpone = Command("meeting-postpone")
    static let meetingEnd = Command("meeting-end")
    static let meetingIdleLock = Command("meeting-idle-lock")
    static let meetingLeave = Command("meeting-leave")
}
