/// Selection, scroll position and filter of one list pane.
public struct ListState: Sendable, Equatable {
    /// Index of the selected row among the rows shown (after filtering).
    public var selected = 0
    /// Index of the first row on screen.
    public var top = 0
    public var filter = ""
    public var isEditingFilter = false

    public init() {}

    /// Moves the selection by `delta` within `count` rows and scrolls so it
    /// stays within `height` rows on screen.
    public mutating func move(by delta: Int, count: Int, height: Int) {
        select(selected + delta, count: count, height: height)
    }

    public mutating func select(_ index: Int, count: Int, height: Int) {
        selected = count == 0 ? 0 : min(max(index, 0), count - 1)
        scrollToSelection(count: count, height: height)
    }

    /// Keeps `top` such that the selection is visible and no space is
    /// wasted below the last row.
    public mutating func scrollToSelection(count: Int, height: Int) {
        let height = max(1, height)
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        top = max(0, min(top, max(0, count - height)))
    }
}
