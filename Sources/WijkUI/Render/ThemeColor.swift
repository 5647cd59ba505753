/// A terminal colour as a theme names it: the terminal's default, one of the 16 named colours, or a 256-colour index.
public enum ThemeColor: Sendable, Equatable, Hashable {
    case terminalDefault
    /// 0–255: 0–7 the basic colours, 8–15 their bright forms, 16–255 the xterm cube and greys.
    case index(Int)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Reads `default`, `red`, `bright-red`, or a number 0–255.
    public init?(name: String) {
        if name == "default" { self = .terminalDefault; return }
        if let i = ThemeColor.names.firstIndex(of: name) { self = .index(i); return }
        if name.hasPrefix("bright-"), let i = ThemeColor.names.firstIndex(of: String(name.dropFirst(7))) {
            self = .index(i + 8)
            return
        }
        if let n = Int(name), (0...255).contains(n) { self = .index(n); return }
        return nil
    }

    /// The colour to use on a terminal with `colors` colours, and whether to
    /// add bold to make up for a bright colour that the terminal lacks.
    public func downgraded(toColors colors: Int) -> (color: ThemeColor, addBold: Bool) {
        guard case .index(let n) = self else { return (self, false) }
        if n < colors { return (self, false) }
        if n < 16 { return (.index(n - 8), true) }
        let (r, g, b) = ThemeColor.rgb(ofIndex: n)
        if colors >= 16 {
            return (.index(ThemeColor.nearestBasic(r, g, b, bright: true)), false)
        }
        let basic = ThemeColor.nearestBasic(r, g, b, bright: false)
        return (.index(basic), false)
    }

    /// Approximate RGB (0–255) of an xterm colour index 16–255.
    static func rgb(ofIndex n: Int) -> (Int, Int, Int) {
        if n >= 232 {
            let v = 8 + (n - 232) * 10
            return (v, v, v)
        }
        let c = n - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[c / 36], steps[(c / 6) % 6], steps[c % 6])
    }

    /// The nearest of the 8 basic colours (or of all 16 when `bright`).
    static func nearestBasic(_ r: Int, _ g: Int, _ b: Int, bright: Bool) -> Int {
        let palette: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
            (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let candidates = bright ? 16 : 8
        var best = 0
        var bestDistance = Int.max
        for i in 0..<candidates {
            let (pr, pg, pb) = palette[i]
            let d = (pr - r) * (pr - r) + (pg - g) * (pg - g) + (pb - b) * (pb - b)
            if d < bestDistance { best = i; bestDistance = d }
        }
        return best
    }
}
