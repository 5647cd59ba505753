import WijkDomain

/// A window over the panes that takes every key until it closes: a form, a conflict, an overlay, a question.
///
/// The workspace keeps the open layers as a stack; the root takes the top one off, hands it the key, and
/// puts it back unless it asked to close (`workspace.request(.close)`).
public protocol Layer: Sendable {
    /// Applies one key.
    mutating func handle(_ key: Key, _ workspace: inout Workspace)
    /// Draws the layer over what is below it.
    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime)
    /// Whether Ctrl-C cancels this layer (a form) rather than quitting Wijkdesk (a window to read).
    var cancelsOnInterrupt: Bool { get }
    /// Whether the status bar shows the panes' keys while this layer is open (a form shows its own).
    var keepsStatusHints: Bool { get }
    /// Brings what the window worked out from the store up to date after parts of it were read again.
    mutating func catchUp(_ changes: StoreChanges, _ workspace: Workspace)
}

extension Layer {
    public var cancelsOnInterrupt: Bool { false }
    public var keepsStatusHints: Bool { true }
    public mutating func catchUp(_ changes: StoreChanges, _ workspace: Workspace) {}
}
