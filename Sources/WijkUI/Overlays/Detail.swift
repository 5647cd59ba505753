/// What an opened item shows in the detail overlay: a title, labelled fields and free text.
public struct Detail: Sendable, Equatable {
    public var title: String
    public var fields: [(label: String, value: String)]
    public var body: String
    /// Further blocks of text under the body, each with a heading (corrections of a journal entry).
    public var appendices: [(heading: String, text: String)]

    public init(title: String, fields: [(label: String, value: String)] = [], body: String = "",
                appendices: [(heading: String, text: String)] = []) {
        self.title = title
        self.fields = fields
        self.body = body
        self.appendices = appendices
    }

    public static func == (a: Detail, b: Detail) -> Bool {
        a.title == b.title && a.body == b.body
            && a.fields.map(\.label) == b.fields.map(\.label) && a.fields.map(\.value) == b.fields.map(\.value)
            && a.appendices.map(\.heading) == b.appendices.map(\.heading)
            && a.appendices.map(\.text) == b.appendices.map(\.text)
    }

    /// The overlay's lines at `width` columns: fields, a blank line, the
    /// wrapped body, then each appendix.
    public func lines(width: Int) -> [[Span]] {
        var out: [[Span]] = []
        let labelWidth = min(14, (fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 1)
        for field in fields {
            let valueLines = DisplayWidth.wrap(field.value, width: max(1, width - labelWidth - 1))
            for (i, line) in valueLines.enumerated() {
                let label = i == 0 ? DisplayWidth.fit(field.label, to: labelWidth) : String(repeating: " ", count: labelWidth)
                out.append([Span(label, .dim), Span(" " + line)])
            }
        }
        if !body.isEmpty {
            if !out.isEmpty { out.append([]) }
            out += DisplayWidth.wrap(body, width: width).map { [Span($0)] }
        }
        for appendix in appendices {
            out.append([])
            out.append([Span(appendix.heading, .sectionHeader)])
            out += DisplayWidth.wrap(appendix.text, width: width).map { [Span($0)] }
        }
        return out
    }
}
