/// Draws an overlay window: a box with a title, scrollable lines, and a hint in the bottom border.
enum OverlayView {
    /// The box for an overlay on a screen of `size`: between the top and
    /// status bars, the full width on a narrow screen, at most 78 columns
    /// wide and centred on a wide one.
    static func frame(for size: Size) -> Rect {
        let width = size.columns < 90 ? size.columns : 78
        return Rect(x: (size.columns - width) / 2, y: 1, width: width, height: size.rows - 2)
    }

    /// Draws `lines` (already fitted to the inner width) from `scroll` on;
    /// returns the scroll actually used, clamped so the last page is full.
    @discardableResult
    static func draw(_ screen: inout Screen, frame: Rect, title: String, lines: [[Span]], scroll: Int,
                     hint: String) -> Int {
        screen.fill(frame, style: .overlay)
        let inner = frame.inset(dx: 2, dy: 1)
        let horizontal = String(repeating: "─", count: max(0, frame.width - 2))
        screen.put("┌" + horizontal + "┐", x: frame.x, y: frame.y, style: .overlay)
        screen.put("└" + horizontal + "┘", x: frame.x, y: frame.maxY - 1, style: .overlay)
        for y in (frame.y + 1)..<(frame.maxY - 1) {
            screen.put("│", x: frame.x, y: y, style: .overlay)
            screen.put("│", x: frame.maxX - 1, y: y, style: .overlay)
        }
        screen.put(" " + DisplayWidth.truncate(title, to: frame.width - 6) + " ", x: frame.x + 2, y: frame.y,
                   style: .overlayTitle)
        let maxScroll = max(0, lines.count - inner.height)
        let top = min(scroll, maxScroll)
        for (i, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            screen.put(spans: line, x: inner.x, y: inner.y + i, width: inner.width)
        }
        var hintText = hint
        if maxScroll > 0 { hintText = "\(top + 1)–\(min(lines.count, top + inner.height))/\(lines.count) · " + hint }
        guard !hintText.isEmpty else {
            screen.cursor = (inner.x, inner.y)
            return top
        }
        let hintWidth = DisplayWidth.of(hintText) + 2
        screen.put(" " + hintText + " ", x: max(frame.x + 1, frame.maxX - hintWidth - 2), y: frame.maxY - 1,
                   style: .overlay, maxWidth: frame.width - 2)
        screen.cursor = (inner.x, inner.y)
        return top
    }
}
