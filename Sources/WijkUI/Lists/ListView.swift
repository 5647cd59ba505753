/// The list widget every pane draws with: the rows from the list's top that fit, the selection marked with
/// `▸` and reverse video, and a message instead when there are no rows.
enum ListView {
    /// Draws rows `list.top…` of `count` into `body`; `drawRow` draws row `index` on line `y`.
    /// `selectable` says which rows can carry the selection; `markOnlyWhenFocused` leaves an unfocused
    /// list unmarked (the plan) instead of marking it dimly (the caseload).
    static func draw(_ screen: inout Screen, _ list: ListState, count: Int, in body: Rect, focused: Bool,
                     empty: String, selectable: (Int) -> Bool = { _ in true }, markOnlyWhenFocused: Bool = false,
                     drawRow: (inout Screen, _ index: Int, _ y: Int) -> Void) {
        guard count > 0 else {
            screen.put("  " + empty, x: body.x, y: body.y, style: .dim, maxWidth: body.width)
            return
        }
        for line in 0..<max(0, body.height) {
            let index = list.top + line
            guard index < count else { break }
            let y = body.y + line
            drawRow(&screen, index, y)
            if index == list.selected && selectable(index) && (focused || !markOnlyWhenFocused) {
                PaneChrome.markSelection(&screen, x: body.x, y: y, width: body.width, focused: focused)
            }
        }
    }
}
