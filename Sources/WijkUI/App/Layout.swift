/// Where everything goes on a screen of a given size, depending on which pane has the focus.
///
/// Below 160 columns: the caseload across the top, the plan and the
/// sociale kaart side by side below it; the focused pane gets the larger
/// share. From 160 columns: the caseload on the left at full height, the
/// plan and the sociale kaart stacked on the right.
public struct Layout: Sendable, Equatable {
    public var topBar: Rect
    public var statusBar: Rect
    /// Each pane's rectangle, its title line included.
    public var panes: [Pane: Rect]
    /// Vertical separator lines: column, first row, height.
    public var separators: [Rect]

    public static let wideColumns = 160

    public static func compute(size: Size, focus: Pane) -> Layout {
        let top = Rect(x: 0, y: 0, width: size.columns, height: 1)
        let status = Rect(x: 0, y: size.rows - 1, width: size.columns, height: 1)
        let bodyY = 1
        let bodyHeight = size.rows - 2
        var panes: [Pane: Rect] = [:]
        var separators: [Rect] = []

        if size.columns >= wideColumns {
            let leftWidth = size.columns / 2
            let rightX = leftWidth + 1
            let rightWidth = size.columns - rightX
            let planHeight = focus == .resources ? bodyHeight * 2 / 5 : bodyHeight * 13 / 20
            panes[.caseload] = Rect(x: 0, y: bodyY, width: leftWidth, height: bodyHeight)
            panes[.plan] = Rect(x: rightX, y: bodyY, width: rightWidth, height: planHeight)
            panes[.resources] = Rect(x: rightX, y: bodyY + planHeight, width: rightWidth,
                                     height: bodyHeight - planHeight)
            separators.append(Rect(x: leftWidth, y: bodyY, width: 1, height: bodyHeight))
        } else {
            let caseloadHeight = focus == .caseload
                ? (bodyHeight * 11 + 10) / 20
                : max(6, bodyHeight / 4)
            let bottomY = bodyY + caseloadHeight
            let bottomHeight = bodyHeight - caseloadHeight
            let planWidth = focus == .resources ? size.columns * 2 / 5 : size.columns * 3 / 5
            panes[.caseload] = Rect(x: 0, y: bodyY, width: size.columns, height: caseloadHeight)
            panes[.plan] = Rect(x: 0, y: bottomY, width: planWidth, height: bottomHeight)
            panes[.resources] = Rect(x: planWidth + 1, y: bottomY, width: size.columns - planWidth - 1,
                                     height: bottomHeight)
            separators.append(Rect(x: planWidth, y: bottomY, width: 1, height: bottomHeight))
        }
        return Layout(topBar: top, statusBar: status, panes: panes, separators: separators)
    }
}
