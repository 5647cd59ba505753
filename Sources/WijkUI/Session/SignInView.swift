import WijkDomain

/// The sign-in and lock screens: the store's name, the team to choose from, the PIN as dots; no client data.
enum SignInView {
    static func draw(_ screen: inout Screen, _ workspace: Workspace, signIn: SignInState, now: LocalTime) {
        let t = workspace.strings
        let size = screen.size
        let locked = signIn.lockedBy != nil
        let top = Rect(x: 0, y: 0, width: size.columns, height: 1)
        screen.fill(top, style: .topBar)
        let title = " " + t(.appName) + " · " + workspace.snapshot.info.team + " · " + t(locked ? .lockedTitle : .signInTitle)
        screen.put(DisplayWidth.truncate(title, to: size.columns - 8), x: 0, y: 0, style: .topBar)
        screen.put(now.clock + " ", x: size.columns - 6, y: 0, style: .topBar)

        let width = min(60, size.columns - 4)
        let x = (size.columns - width) / 2
        var y = 3
        if locked, let by = signIn.lockedBy {
            let name = workspace.snapshot.worker(by).map { $0.name + " (" + $0.initials + ")" } ?? by
            screen.put(t(.lockedBy, name), x: x, y: y, style: .sectionHeader, maxWidth: width)
            y += 2
        }
        if let id = signIn.chosen {
            let worker = workspace.snapshot.worker(id)
            let name = worker.map { $0.name + " (" + $0.initials + ")" } ?? id
            screen.put(t(.signInPin, name), x: x, y: y, maxWidth: width)
            y += 2
            let dots = String(repeating: "•", count: signIn.pin.count)
            screen.put(DisplayWidth.fit(dots, to: 14), x: x + 2, y: y, style: .input)
            screen.cursor = (x + 2 + signIn.pin.count, y)
            y += 2
        } else {
            screen.put(t(.signInChoose), x: x, y: y, maxWidth: width)
            y += 1
            let candidates = signIn.candidates(workspace.snapshot.workers)
            // What matches no colleague is not shown: it may be a client's name typed in the wrong place.
            let query = candidates.isEmpty ? String(repeating: "•", count: signIn.query.count) : signIn.shownQuery
            screen.put(DisplayWidth.fit(query, to: SignInState.longestName), x: x + 2, y: y, style: .input)
            screen.cursor = (x + 2 + DisplayWidth.of(query), y)
            y += 2
            if candidates.isEmpty { screen.put(t(.noWorkers), x: x + 2, y: y, style: .dim) }
            let room = max(1, size.rows - y - 4)
            let first = max(0, min(signIn.selected - room + 1, candidates.count - room))
            for (i, worker) in candidates.enumerated().dropFirst(first).prefix(room) {
                let row = y + i - first
                screen.put(DisplayWidth.fit(worker.initials, to: 4) + worker.name + "  (" + t(.role(worker.role)) + ")",
                           x: x + 2, y: row, maxWidth: width - 2)
                if i == signIn.selected {
                    PaneChrome.markSelection(&screen, x: x, y: row, width: width, focused: true)
                    screen.cursor = (x, row)
                }
            }
            y += room
        }
        if let message = signIn.message {
            let wrapped = DisplayWidth.wrap(t(.signInMessage(message)), width: width)
            let first = min(y, size.rows - 2 - wrapped.count)
            for (i, line) in wrapped.enumerated() {
                screen.put(line, x: x, y: max(1, first + i), style: .warning, maxWidth: width)
            }
        }
        let status = Rect(x: 0, y: size.rows - 1, width: size.columns, height: 1)
        screen.fill(status, style: .statusBar)
        let hint = t(signIn.hint)
        screen.put(" " + hint, x: 0, y: size.rows - 1, style: .statusBar, maxWidth: size.columns)
    }
}
