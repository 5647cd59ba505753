/// What a piece of the screen is, not how it looks: themes map each style to colours and attributes.
public enum Style: String, CaseIterable, Sendable, Hashable {
    case normal
    /// The bar at the top: product, team, date.
    case topBar
    /// The bar at the bottom: worker, warnings, key hints.
    case statusBar
    /// A key name inside the status bar or help.
    case key
    /// A pane's title line when the pane does not have the focus.
    case paneTitle
    /// The title line of the pane with the focus.
    case paneTitleFocused
    /// Column headings of a list.
    case columnHeader
    /// A section heading inside the plan.
    case sectionHeader
    /// The selected row of the focused pane.
    case selected
    /// The selected row of a pane without focus.
    case selectedInactive
    /// Less important text: dates, authors, hints.
    case dim
    /// Needs attention: overdue, no contact, over budget.
    case warning
    /// Needs attention now: crisis.
    case danger
    /// Good news: progress on a domain.
    case good
    /// The filled part of a ZRM bar.
    case barFilled
    /// The empty part of a ZRM bar.
    case barEmpty
    /// Box and background of an overlay (help, details).
    case overlay
    /// Title of an overlay.
    case overlayTitle
    /// The text being typed in a filter or form field.
    case input
    /// Lines between panes.
    case border
}
