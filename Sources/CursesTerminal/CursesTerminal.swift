@preconcurrency import CNcursesw
#if canImport(Glibc)
import Glibc
#endif
import WijkUI

/// The terminal through ncursesw's wide-character API: draws a `Screen`, reads keys, follows resizes.
///
/// The only place that talks to curses. It uses the alternate screen, so
/// nothing of a session stays in the scrollback, and always puts the
/// terminal back: on `shutdown`, on Ctrl-C and other termination signals,
/// and on a crash signal.
public final class CursesTerminal {
    private var previous: Screen?
    private var styles: [Style: (attributes: Int32, pair: Int16)] = [:]
    private var isOpen = false

    /// Starts curses. `theme` gives the looks; with `noColor` (NO_COLOR set)
    /// or on a terminal without colours, the monochrome theme is used.
    public init(theme: Theme, noColor: Bool) {
        setlocale(LC_ALL, "")
        TerminalRestore.saveSettings()
        initscr()
        isOpen = true
        TerminalRestore.prepare(resetSequence: CursesTerminal.resetSequence())
        raw()  // Ctrl-C, Ctrl-S and Ctrl-Z reach the app as keys
        noecho()
        nonl()
        keypad(wijk_stdscr(), true)
        set_escdelay(25)
        TerminalRestore.installHandlers()
        var chosen = theme
        if noColor || !has_colors() {
            chosen = Theme.monochrome
        } else {
            start_color()
            use_default_colors()
        }
        setUp(theme: chosen, colors: noColor || !has_colors() ? 0 : Int(wijk_colors()))
    }

    /// Columns and rows of the terminal now.
    public var size: Size { Size(columns: Int(wijk_cols()), rows: Int(wijk_lines())) }

    /// Draws `screen`, writing only the cells that changed since the last frame.
    public func draw(_ screen: Screen) {
        let full = previous?.size != screen.size
        if full { clear() }
        var wide = [wchar_t](repeating: 0, count: 6)
        for y in 0..<screen.size.rows {
            for x in 0..<screen.size.columns {
                let cell = screen[x, y]
                if cell.isContinuation { continue }
                if !full, let previous, previous[x, y] == cell { continue }
                var n = 0
                if let scalar = cell.scalar {
                    wide[0] = wchar_t(bitPattern: scalar.value)
                    n = 1
                } else {
                    for scalar in cell.character.unicodeScalars where n < 5 {
                        wide[n] = wchar_t(bitPattern: scalar.value)
                        n += 1
                    }
                }
                wide[n] = 0
                let look = styles[cell.style] ?? (0, 0)
                _ = wijk_put(Int32(y), Int32(x), wide, look.attributes, look.pair)
            }
        }
        if let cursor = screen.cursor {
            curs_set(1)
            move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        refresh()
        previous = screen
    }

    /// Waits up to `timeoutMilliseconds` for a key (nil: forever); nil when none came.
    public func readKey(timeoutMilliseconds: Int32?) -> Key? {
        timeout(timeoutMilliseconds ?? -1)
        var code: wint_t = 0
        let result = wijk_get_key(&code)
        if result == OK { return KeyDecoder.character(UInt32(code)) }
        if result == wijk_key_code_yes() {
            let key = KeyDecoder.function(Int32(code))
            if key == .resize { previous = nil }
            return key
        }
        return nil
    }

    /// Clears the alternate screen and gives the terminal back.
    public func shutdown() {
        guard isOpen else { return }
        isOpen = false
        clear()
        refresh()
        endwin()
    }

    deinit { shutdown() }

    private func setUp(theme: Theme, colors: Int) {
        var pair: Int16 = 1
        for style in Style.allCases {
            var spec = theme.spec(for: style)
            var bold = false
            if colors == 0 {
                spec = spec.withoutColor
            } else {
                let fg = spec.foreground.downgraded(toColors: colors)
                let bg = spec.background.downgraded(toColors: colors)
                spec.foreground = fg.color
                spec.background = bg.color
                bold = fg.addBold
            }
            var attributes: Int32 = 0
            for attribute in spec.attributes {
                switch attribute {
                case .bold: attributes |= wijk_attr_bold()
                case .dim: attributes |= wijk_attr_dim()
                case .underline: attributes |= wijk_attr_underline()
                case .reverse: attributes |= wijk_attr_reverse()
                case .standout: attributes |= wijk_attr_standout()
                }
            }
            if bold { attributes |= wijk_attr_bold() }
            var usedPair: Int16 = 0
            if colors > 0, spec.foreground != .terminalDefault || spec.background != .terminalDefault {
                init_pair(pair, CursesTerminal.number(spec.foreground), CursesTerminal.number(spec.background))
                usedPair = pair
                pair += 1
            }
            styles[style] = (attributes, usedPair)
        }
    }

    private static func number(_ color: ThemeColor) -> Int16 {
        switch color {
        case .terminalDefault: return -1
        case .index(let n): return Int16(n)
        }
    }

    /// The bytes that undo curses: reset attributes, show the cursor, keypad
    /// off, leave the alternate screen. Read from terminfo.
    private static func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            var p = value
            while p.pointee != 0 {
                bytes.append(UInt8(bitPattern: p.pointee))
                p += 1
            }
        }
        return bytes
    }
}
