/// A key press as the app sees it, independent of curses.
public enum Key: Sendable, Hashable {
    case character(Character)
    /// Ctrl plus a letter (`ctrl("c")`).
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    /// The terminal changed size.
    case resize

    /// How the key is written in the help and the status bar.
    public var label: String {
        switch self {
        case .character(" "): return "Spatie"
        case .character(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .function(let n): return "F\(n)"
        case .resize: return "resize"
        }
    }

    /// Reads a key name as written in a key-binding file: `j`, `Enter`,
    /// `Ctrl-S`, `PgDn`, `F1`, `Space`, `Shift-Tab`.
    public init?(name: String) {
        let lower = name.lowercased()
        let named: [String: Key] = [
            "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp,
            "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end, "enter": .enter,
            "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "shift-tab": .backTab,
            "backtab": .backTab, "backspace": .backspace, "del": .delete, "delete": .delete,
            "space": .character(" "), "spatie": .character(" "), "↑": .up, "↓": .down, "←": .left, "→": .right,
        ]
        if let key = named[lower] { self = key; return }
        if lower.hasPrefix("ctrl-"), name.count == 6, let c = lower.last, c.isLetter {
            self = .ctrl(c)
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
            self = .function(n)
            return
        }
        if name.count == 1, let c = name.first { self = .character(c); return }
        return nil
    }
}
