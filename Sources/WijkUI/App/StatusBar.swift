import WijkDomain

/// Draws the bottom line: who is signed in, store problems, and the keys that matter now (`? help` always).
enum StatusBar {
    static func draw(_ screen: inout Screen, _ workspace: Workspace, focused pane: any PaneScreen, rect: Rect,
                     now: LocalTime) {
        let t = workspace.strings
        screen.fill(rect, style: .statusBar)
        if pane.list.isEditingFilter {
            let prompt = " " + t(.filterPrompt)
            var x = screen.put(prompt, x: rect.x, y: rect.y, style: .statusBar)
            let hints = hintText([(.acceptFilter, .hintFilterDone), (.clearFilter, .helpClearFilter)], workspace, context: .filter)
            let room = rect.width - x - DisplayWidth.of(hints) - 2
            let filter = pane.list.filter
            // Show the end of a long filter: that is where the typing happens.
            var shown = filter
            while DisplayWidth.of(shown) > room - 1, !shown.isEmpty { shown.removeFirst() }
            x += screen.put(shown, x: rect.x + x, y: rect.y, style: .input)
            screen.cursor = (rect.x + x, rect.y)
            drawHints(&screen, hints, rect: rect)
            return
        }

        // Who is signed in takes at most a fixed width, so the keys shown do not depend on the name's length.
        var left = ""
        if let viewer = workspace.viewer {
            let demo = workspace.isDemo ? " (" + t(.demoMarker) + ")" : ""
            let name = DisplayWidth.truncate(viewer.name, to: max(1, whoWidth - 2 - DisplayWidth.of(viewer.initials + demo)))
            left = " " + viewer.initials + " " + name + demo
        }
        screen.put(left, x: rect.x, y: rect.y, style: .statusBar)
        var x = viewerWidth(workspace, DisplayWidth.of(left))
        // Projector mode says so, where everyone looks for what the screen is doing.
        if workspace.projector != nil {
            x += screen.put(" ", x: rect.x + x, y: rect.y, style: .statusBar)
            x += screen.put(" " + t(.projectorMarker) + " ", x: rect.x + x, y: rect.y, style: .warning)
        }
        if !workspace.pendingCopies.isEmpty {
            x += screen.put(" ", x: rect.x + x, y: rect.y, style: .statusBar)
            x += screen.put(" " + (workspace.pendingCopies.count == 1 ? t(.conflictMarker)
                                          : t(.conflictsMarker, String(workspace.pendingCopies.count))) + " c ",
                            x: rect.x + x, y: rect.y, style: .danger)
        }
        // While checking, a notice (why a form did not open) takes the marker's place: it says the same, and more.
        if workspace.checking && workspace.notice == nil {
            x += screen.put(" ", x: rect.x + x, y: rect.y, style: .statusBar)
            x += screen.put(" " + t(.checkingMarker) + " ", x: rect.x + x, y: rect.y, style: .warning)
        }
        if !workspace.snapshot.problems.isEmpty {
            x += screen.put(" ", x: rect.x + x, y: rect.y, style: .statusBar)
            x += screen.put(" " + (workspace.snapshot.problems.count == 1 ? t(.problemMarker)
                                  : t(.problemsMarker, StatusBar.count(workspace.snapshot.problems.count))) + " w ",
                            x: rect.x + x, y: rect.y, style: .warning)
        }
        let triage = Inbox.counts(workspace.snapshot.requests, norms: workspace.snapshot.info.norms, today: now.day)
        // Not on the projector: the agenda has the requests, and the notices need the room. Below 100 columns a
        // notice takes the marker's room for the one key it shows: a sentence cut after 20 characters says nothing.
        let noticeFirst = workspace.notice != nil && rect.width < 100
        if workspace.viewer?.may(.triage) == true, triage.new + triage.over > 0, workspace.projector == nil, !noticeFirst {
            let key = workspace.keyMap.firstKey(for: .inbox).map { " " + $0.label } ?? ""
            x += screen.put(" ", x: rect.x + x, y: rect.y, style: .statusBar)
            // The words where there is room; at 80 columns the short form leaves room for the pane's keys.
            let marker = rect.width >= 100
                ? t(triage.new == 1 ? .inboxMarkerLongOne : .inboxMarkerLong, String(triage.new), String(triage.over))
                : t(.inboxMarker, String(triage.new), String(triage.over))
            x += screen.put(" " + marker + key + " ",
                            x: rect.x + x, y: rect.y, style: triage.over > 0 ? .danger : .warning)
        }
        // A form or a conflict shows its own keys in its frame (`?` is text there); a notice still shows here.
        let ownKeys = workspace.layers.contains(where: { !$0.keepsStatusHints })
        // The focused pane's keys, most used first, then the general ones; the last ones go until they fit.
        let pairs = workspace.notice == nil && !ownKeys && workspace.projector == nil
            ? pane.hints + [(.nextPane, .hintPane), (.quit, .hintQuit)] : []
        var items = hintItems(pairs, workspace)
        let help = ownKeys ? [] : hintItems([(.help, .hintHelp)], workspace)
        var width = (items + help).reduce(0) { $0 + DisplayWidth.of($1) + 2 } - 2
        while let last = items.last, width + x + 3 > rect.width {
            width -= DisplayWidth.of(last) + 2
            items.removeLast()
        }
        let hints = (items + help).joined(separator: "  ")
        if var notice = workspace.notice {
            // A notice on the projector names clients by their initials, as everything else there does.
            if let projector = workspace.projector { notice = projector.pseudonymiser(workspace).scrub(notice) }
            let room = rect.width - x - DisplayWidth.of(hints) - 3
            screen.put("  " + DisplayWidth.truncate(notice, to: max(0, room - 2)), x: rect.x + x, y: rect.y,
                       style: .statusBar)
        }
        drawHints(&screen, hints, rect: rect)
    }

    /// `Enter openen  / filter  ? help`, the key first, from the key map; the last ones left out where they
    /// would not fit in `width`.
    static func hintText(_ pairs: [(Command, Text)], _ workspace: Workspace, context: KeyContext? = nil,
                         width: Int = .max) -> String {
        var items = hintItems(pairs, workspace, context: context)
        while items.count > 1 && DisplayWidth.of(items.joined(separator: "  ")) > width { items.removeLast() }
        return items.joined(separator: "  ")
    }

    /// `Enter openen`, `/ filter`: each command's first key and what it does; commands without a key left out.
    static func hintItems(_ pairs: [(Command, Text)], _ workspace: Workspace, context: KeyContext? = nil) -> [String] {
        pairs.compactMap { command, text -> String? in
            let key = context.flatMap { workspace.keyMap.firstKey(for: command, in: $0) } ?? workspace.keyMap.firstKey(for: command)
            return key.map { $0.label + " " + workspace.strings(text) }
        }
    }

    /// Draws hints right-aligned, each key in the key style.
    static func drawHints(_ screen: inout Screen, _ text: String, rect: Rect) {
        let width = DisplayWidth.of(text)
        let start = max(rect.x, rect.maxX - width - 1)
        screen.put(text, x: start, y: rect.y, style: .statusBar, maxWidth: rect.maxX - start)
        // Key names are the first word of each hint.
        var x = start
        var atKey = true
        for part in text.split(separator: " ", omittingEmptySubsequences: false) {
            let w = DisplayWidth.of(part)
            if atKey && w > 0 { screen.restyle(Rect(x: x, y: rect.y, width: w, height: 1), style: .key) }
            atKey = part.isEmpty
            x += w + 1
        }
    }

    /// A count for a marker: up to 99, then `99+` (the list behind `w` has them all).
    static func count(_ n: Int) -> String { n > 99 ? "99+" : String(n) }

    /// Columns the signed-in worker's initials and name take at the left at most.
    static let whoWidth = 24

    /// Where the markers start: after the name, counted as `whoWidth` when someone is signed in.
    private static func viewerWidth(_ workspace: Workspace, _ drawn: Int) -> Int {
        workspace.viewer == nil ? drawn : max(drawn, whoWidth)
    }
}
