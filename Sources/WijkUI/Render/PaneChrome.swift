/// Draws the parts every pane shares: the title line and the selection marker.
enum PaneChrome {
    /// The marker in front of the selected row: shows the selection without colour.
    static let marker = "▸ "

    /// The title line: `1 Caseload · info` on the left, `right` at the end, `tabs` (panes left out of a
    /// narrow screen) before it. The focused pane's title is a solid bar, the others a rule, so focus shows
    /// without colour too. Where the line is short, the tabs go first, then the info items from the end
    /// (a long one shortened first), then the pane's name, then `right`; the item at `keep` (a count) is
    /// never cut.
    static func drawTitle(_ screen: inout Screen, rect: Rect, number: Int, title: String, _ spec: PaneTitle,
                          tabs: String = "", focused: Bool) {
        let style: Style = focused ? .paneTitleFocused : .paneTitle
        let fillCharacter = focused ? " " : "─"
        screen.put(String(repeating: fillCharacter, count: rect.width), x: rect.x, y: rect.y, style: style,
                   maxWidth: rect.width)
        var parts = spec.info.enumerated().map { (keep: $0.offset == spec.keep, text: $0.element) }
        var name = title
        var tabs = tabs
        var rightText = spec.right.isEmpty ? "" : " " + spec.right + " "
        func left() -> String {
            ([" \(number)" + (name.isEmpty ? "" : " " + name)] + parts.map(\.text)).joined(separator: " · ") + " "
        }
        func room() -> Int { rect.width - DisplayWidth.of(rightText) - DisplayWidth.of(tabs) - 1 }
        while DisplayWidth.of(left()) > room() {
            if !tabs.isEmpty {
                tabs = ""
            } else if let last = parts.lastIndex(where: { !$0.keep }) {
                // A long item (a household's name, a filter) is shortened while it still says something.
                let fitted = DisplayWidth.of(parts[last].text) - (DisplayWidth.of(left()) - room())
                if fitted >= 8 {
                    parts[last].text = DisplayWidth.truncate(parts[last].text, to: fitted)
                } else {
                    parts.remove(at: last)
                }
            } else if !name.isEmpty {
                name = ""
            } else if !rightText.isEmpty {
                rightText = ""
            } else {
                break
            }
        }
        let rightWidth = DisplayWidth.of(rightText)
        screen.put(DisplayWidth.truncate(left(), to: max(0, room())), x: rect.x, y: rect.y, style: style)
        if rightWidth > 0 && rightWidth < rect.width {
            screen.put(rightText, x: rect.maxX - rightWidth - 1, y: rect.y, style: spec.rightStyle ?? style)
        }
        if !tabs.isEmpty {
            screen.put(tabs, x: rect.maxX - rightWidth - DisplayWidth.of(tabs) - 1, y: rect.y, style: .paneTitle)
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
