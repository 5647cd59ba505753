import WijkDomain

/// A yes/no question before something that cannot simply be taken back: `j` (or `y`) does it, any other key
/// does not.
struct Question: Layer {
    var text: String
    let onYes: @Sendable (inout Workspace) -> Void

    mutating func handle(_ key: Key, _ workspace: inout Workspace) {
        workspace.request(.close)
        if Question.yes(workspace.strings).contains(key) { onYes(&workspace) }
    }

    /// The key the hint names for yes, and only that one: `j` in Dutch, `y` in English. A name typed without
    /// `/` (Buys, Luyten) must not answer a question its `u` opened.
    static func yes(_ strings: Strings) -> [Key] {
        strings.language == .nl ? [.character("j"), .character("J")] : [.character("y"), .character("Y")]
    }

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        let frame = OverlayView.frame(for: screen.size)
        let box = Rect(x: frame.x + 4, y: frame.y + frame.height / 2 - 3, width: frame.width - 8, height: 6)
        let lines = DisplayWidth.wrap(text, width: box.width - 4).map { [Span($0)] }
        OverlayView.draw(&screen, frame: box, title: workspace.strings(.appName), lines: lines, scroll: 0,
                         hint: workspace.strings(.confirmHint))
    }
}
