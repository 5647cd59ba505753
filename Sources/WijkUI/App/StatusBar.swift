/// Draws the bottom line: who is signed in, store problems, and the keys that matter now (`? help` always).
enum StatusBar {
    static func draw(_ screen: inout Screen, state: AppState, rect: Rect) {
        let t = state.strings
        screen.fill(rect, style: .statusBar)
        if state.isEditingFilter {
            let prompt = " " + t(.filterPrompt)
            var x = screen.put(prompt, x: rect.x, y: rect.y, style: .statusBar)
            let hints = hintText([(.acceptFilter, .hintFilterDone), (.clearFilter, .command(.clearFilter))], state, context: .filter)
            let room = rect.width - x - DisplayWidth.of(hints) - 2
            let filter = state.list(state.focus).filter
            // Show the end of a long filter: that is where the typing happens.
            var shown = filter
            while DisplayWidth.of(shown) > room - 1, !shown.isEmpty { shown.removeFirst() }
            x += screen.put(shown, x: rect.x + x, y: rect.y, style: .input)
            screen.cursor = (rect.x + x, rect.y)
            drawHints(&screen, hints, rect: rect)
            return
        }

        var left = " "
        if let viewer = state.viewer {
            left += viewer.initials + " " + viewer.name
            if state.isDemo { left += " (" + t(.demoMarker) + ")" }
        }
        var x = screen.put(left, x: rect.x, y: rect.y, style: .statusBar)
        if !state.pendingCopies.isEmpty {
            x += screen.put(" ", x: rect.x + x, y: rect.y, style: .statusBar)
            x += screen.put(" " + t(.conflictsMarker, String(state.pendingCopies.count)) + " c ",
                            x: rect.x + x, y: rect.y, style: .danger)
        }
        if !state.snapshot.problems.isEmpty {
            x += screen.put(" ", x: rect.x + x, y: rect.y, style: .statusBar)
            x += screen.put(" " + t(.problemsMarker, String(state.snapshot.problems.count)) + " w ",
                            x: rect.x + x, y: rect.y, style: .warning)
        }
        // A form or a conflict shows its own keys in its frame; `?` is text there.
        if state.form != nil || state.conflict != nil { return }
        var pairs: [(Command, Text)] = []
        switch state.focus {
        case .caseload: pairs = [(.open, .hintOpen), (.filter, .hintFilter), (.cycleScope, .hintScope)]
        case .plan: pairs = [(.open, .hintOpen), (.edit, .hintEdit), (.back, .hintBack), (.filter, .hintFilter)]
        case .resources: pairs = [(.open, .hintOpen), (.back, .hintBack), (.filter, .hintFilter)]
        }
        pairs += [(.nextPane, .hintPane), (.quit, .hintQuit), (.help, .hintHelp)]
        if state.notice != nil { pairs = [(.help, .hintHelp)] }
        // Drop the general hints first, then from the front, until they fit; `? help` stays.
        while pairs.count > 1 && DisplayWidth.of(hintText(pairs, state)) + x + 3 > rect.width {
            if let general = pairs.firstIndex(where: { $0.0 == .nextPane || $0.0 == .quit }) {
                pairs.remove(at: general)
            } else {
                pairs.removeFirst()
            }
        }
        let hints = hintText(pairs, state)
        if let notice = state.notice {
            let room = rect.width - x - DisplayWidth.of(hints) - 3
            screen.put("  " + DisplayWidth.truncate(notice, to: max(0, room - 2)), x: rect.x + x, y: rect.y,
                       style: .statusBar)
        }
        drawHints(&screen, hints, rect: rect)
    }

    /// `Enter openen  / filter  ? help`, the key first, from the key map.
    static func hintText(_ pairs: [(Command, Text)], _ state: AppState, context: KeyContext? = nil) -> String {
        pairs.compactMap { command, text -> String? in
            let key = context.flatMap { c in state.keyMap.bindings.first { $0.context == c && $0.command == command }?.keys.first }
                ?? state.keyMap.firstKey(for: command)
            return key.map { $0.label + " " + state.strings(text) }
        }.joined(separator: "  ")
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
}
