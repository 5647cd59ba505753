import WijkDomain

/// The help overlay's lines, generated from the key map in effect, plus the legend of caseload markers.
enum HelpView {
    /// The line where `context`'s section starts, to open the help there.
    static func line(of context: KeyContext, keyMap: KeyMap, strings t: Strings, width: Int) -> Int {
        let heading = t(context.heading)
        return lines(keyMap: keyMap, strings: t, width: width).firstIndex { $0.first?.text == heading } ?? 0
    }

    static func lines(keyMap: KeyMap, strings t: Strings, width: Int) -> [[Span]] {
        var lines: [[Span]] = []
        let keyWidth = 22
        for context in keyMap.contexts {
            let bindings = keyMap.bindings.filter { $0.context == context && !$0.keys.isEmpty }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append([]) }
            lines.append([Span(t(context.heading), .sectionHeader)])
            if let note = context.note {
                lines += DisplayWidth.wrap(t(note), width: max(10, width - 2)).map { [Span("  " + $0, .dim)] }
            }
            for binding in bindings {
                let keys = binding.keys.map(\.label).joined(separator: " / ")
                let description = t(binding.help)
                let wrapped = DisplayWidth.wrap(description, width: max(10, width - keyWidth - 1))
                for (i, part) in wrapped.enumerated() {
                    lines.append([Span(DisplayWidth.fit(i == 0 ? "  " + keys : "", to: keyWidth), .key),
                                  Span(" " + part)])
                }
            }
        }
        lines.append([])
        lines.append([Span(t(.helpSignals), .sectionHeader)])
        for signal in Signal.allCases {
            lines.append([Span("  " + t(.signalLetter(signal)), signal == .crisis ? .danger : .warning),
                          Span("  " + t(.signal(signal)))])
        }
        return lines
    }
}
