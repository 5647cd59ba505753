/// Where everything goes on a screen of a given size, depending on which pane has the focus.
///
/// Below 160 columns: the caseload across the top, the plan or the sociale kaart below it, the focused one
/// (the plan while the caseload has the focus) with the room; from 100 columns the other one stands beside
/// it in a narrow column, below 100 it is left out until it gets the focus. From 160 columns: the caseload on
/// the left at full height, the plan and the sociale kaart stacked on the right.
public struct Layout: Sendable, Equatable {
    public var topBar: Rect
    public var statusBar: Rect
    /// Each shown pane's rectangle, its title line included; a pane left out has none.
    public var panes: [Pane: Rect]
    /// Vertical separator lines: column, first row, height.
    public var separators: [Rect]

    public static let wideColumns = 160
    /// From this width the pane below the caseload that lacks the focus keeps a narrow column.
    public static let twoBelowColumns = 100

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
            panes[.caseload] = Rect(x: 0, y: bodyY, width: size.columns, height: caseloadHeight)
            let main: Pane = focus == .resources ? .resources : .plan
            if size.columns >= twoBelowColumns {
                let narrow = max(24, size.columns / 4)
                let mainWidth = size.columns - narrow - 1
                // The plan stays on the left, the sociale kaart on the right, whichever has the room.
                let leftWidth = main == .plan ? mainWidth : narrow
                panes[.plan] = Rect(x: 0, y: bottomY, width: leftWidth, height: bottomHeight)
                panes[.resources] = Rect(x: leftWidth + 1, y: bottomY, width: size.columns - leftWidth - 1,
                                         height: bottomHeight)
                separators.append(Rect(x: leftWidth, y: bottomY, width: 1, height: bottomHeight))
            } else {
                panes[main] = Rect(x: 0, y: bottomY, width: size.columns, height: bottomHeight)
            }
        }
        return Layout(topBar: top, statusBar: status, panes: panes, separators: separators)
    }
}
