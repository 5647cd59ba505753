import WijkDomain

/// Draws the top line: product, team, store, and the day and time.
enum TopBar {
    static func draw(_ screen: inout Screen, _ workspace: Workspace, rect: Rect, now: LocalTime) {
        let t = workspace.strings
        screen.fill(rect, style: .topBar)
        let right = " " + t(.weekday(now.day.weekday)) + " " + now.day.dutch + " " + now.clock + " "
        let rightWidth = DisplayWidth.of(right)
        let left = " " + t(.appName) + " · " + workspace.snapshot.info.team + " · " + workspace.storeLabel
        screen.put(DisplayWidth.truncate(left, to: rect.width - rightWidth - 1), x: rect.x, y: rect.y, style: .topBar)
        screen.put(right, x: rect.maxX - rightWidth, y: rect.y, style: .topBar)
    }
}
