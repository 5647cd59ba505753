/// Draws the parts every pane shares: the title line and the selection marker.
enum PaneChrome {
    /// The marker in front of the selected row: shows the selection without colour.
    static let marker = "▸ "

    /// The title line: `1 Caseload · info` on the left, `right` at the end. The
    /// focused pane's title is a solid bar, the others a rule, so focus shows
    /// without colour too.
    static func drawTitle(_ screen: inout Screen, rect: Rect, number: Int, title: String, info: [String],
                          right: String, focused: Bool, rightStyle: Style? = nil) {
        let style: Style = focused ? .paneTitleFocused : .paneTitle
        let fillCharacter = focused ? " " : "─"
        screen.put(String(repeating: fillCharacter, count: rect.width), x: rect.x, y: rect.y, style: style,
                   maxWidth: rect.width)
        let left = ([" \(number) \(title)"] + info).joined(separator: " · ") + " "
        let rightText = right.isEmpty ? "" : " " + right + " "
        let rightWidth = DisplayWidth.of(rightText)
        screen.put(DisplayWidth.truncate(left, to: max(0, rect.width - rightWidth - 1)), x: rect.x, y: rect.y,
                   style: style)
        if rightWidth > 0 && rightWidth < rect.width {
            screen.put(rightText, x: rect.maxX - rightWidth - 1, y: rect.y, style: rightStyle ?? style)
        }
    }

    /// Draws the selection on row `y`: the marker and the row's style.
    static func markSelection(_ screen: inout Screen, x: Int, y: Int, width: Int, focused: Bool) {
        screen.put(marker, x: x, y: y, style: focused ? .selected : .selectedInactive)
        screen.restyle(Rect(x: x, y: y, width: width, height: 1), style: focused ? .selected : .selectedInactive)
    }

    /// `12/380`: where the selection is in the list.
    static func position(_ list: ListState, count: Int) -> String {
        count == 0 ? "0/0" : "\(list.selected + 1)/\(count)"
    }
}
