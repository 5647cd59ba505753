import WijkDomain

/// Draws a form as an overlay: label, value with the cursor, and the reason next to a field that is not accepted.
enum FormView {
    static func draw(_ screen: inout Screen, _ form: Form, strings t: Strings) {
        let frame = OverlayView.frame(for: screen.size)
        let labelWidth = min(24, (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2)
        var lines: [[Span]] = []
        if let note = form.note {
            let note = form.projection?.names.scrub(note) ?? note
            lines += DisplayWidth.wrap(note, width: frame.width - 4).map { [Span($0, .dim)] }
            lines.append([])
        }
        var cursorLine = 0
        var cursorColumn = 0
        let valueWidth = frame.width - 4 - labelWidth - 1
        // Room for the value, leaving room beside it for a validation message.
        let inputWidth = max(10, min(34, valueWidth - 24))
        for (i, field) in form.fields.enumerated() {
            let label = DisplayWidth.fit(field.label + (field.required ? " *" : ""), to: labelWidth)
            let focused = i == form.focused
            if case .multiline(let rows) = field.kind, var editor = form.editors[i] {
                let width = min(Form.multilineWidth, max(10, valueWidth))
                // On the projector each line as the room may see it, the one being typed in by `typing`, then
                // wrapped: a phone number broken over two rows is still one number.
                if let projection = form.projection {
                    var column = editor.column
                    let shown = editor.lines.enumerated().map { index, chars -> String in
                        guard focused, index == editor.line else { return projection.names.scrub(String(chars)) }
                        let typed = projection.names.typing(String(chars), cursor: editor.column)
                        column = typed.cursor
                        return typed.shown
                    }
                    editor = TextEditor(shown.joined(separator: "\n"), line: editor.line, column: column)
                }
                let wrapped = editor.wrapped(width: width)
                let (cursorRow, cursorCol) = editor.cursorPosition(width: width)
                let first = max(0, min(cursorRow - rows + 1, wrapped.count - rows))
                for r in 0..<rows {
                    let text = first + r < wrapped.count ? wrapped[first + r].text : ""
                    lines.append([Span(r == 0 ? label : String(repeating: " ", count: labelWidth), focused ? .sectionHeader : .dim),
                                  Span(" "), Span(DisplayWidth.fit(text, to: width), focused ? .input : .normal)])
                }
                if focused {
                    cursorLine = lines.count - rows + (cursorRow - first)
                    cursorColumn = labelWidth + 1 + cursorCol
                }
                // The text takes the width a message beside it would need, so the message goes underneath.
                if let error = form.errors[i] {
                    lines.append([Span(String(repeating: " ", count: labelWidth + 1)), Span(t(.fieldError(error)), .warning)])
                }
                continue
            }
            var value = field.shown
            // Where the cursor goes in what is shown, in characters (a projected value is not what was typed).
            var shownCursor = focused ? form.cursor : 0
            if let projection = form.projection {
                if case .choice = field.kind {
                    value = projection.names.scrub(value)
                } else if field.kind != .pin {
                    (value, shownCursor) = projection.shown(field, cursor: focused ? form.cursor : field.value.count)
                }
            }
            if case .choice = field.kind { value = "‹ " + value + " ›" }
            var spans = [Span(label, focused ? .sectionHeader : .dim), Span(" ")]
            spans.append(Span(DisplayWidth.fit(value, to: inputWidth), focused ? .input : .normal))
            if let error = form.errors[i] { spans.append(Span("  " + t(.fieldError(error)), .warning)) }
            if focused, case .choice(_, let shownLabels) = field.kind {
                let labels = field.searchTerms ?? shownLabels
                // What was typed to find an option, and how many match; a long list says that typing finds.
                if var query = form.queries[i] {
                    let found = Form.matches(query, labels).count
                    // The room sees a name being typed as its initial.
                    if let projection = form.projection {
                        // Typed towards what the option shows (a street) it shows as typed; towards a name, not.
                        let shown = Folding.queryWords(query).allSatisfy { word in
                            Form.matches(query, labels).contains { Folding.fold(shownLabels[$0]).contains(word) }
                        }
                        query = shown ? query : Pseudonym.initials(projection.names.scrub(query))
                    }
                    spans.append(Span("  " + (found == 0 ? t(.typeAheadNone, query) : t(.typeAheadFound, query, String(found), String(labels.count))),
                                      found == 0 ? .warning : .dim))
                } else if labels.count > 7 {
                    spans.append(Span("  " + t(.typeAheadHint), .dim))
                }
            }
            if focused {
                cursorLine = lines.count
                let typed = form.projection == nil ? String(field.value.prefix(form.cursor)) : String(value.prefix(shownCursor))
                if case .choice = field.kind {
                    cursorColumn = labelWidth + 1 + 2
                } else {
                    cursorColumn = labelWidth + 1 + min(DisplayWidth.of(field.kind == .pin ? field.shown : typed), inputWidth)
                }
            }
            lines.append(spans)
        }
        lines.append([])
        lines.append([Span(t(.requiredMark), .dim)])
        if form.confirmingDiscard { lines.append([Span(t(.discardQuestion), .warning)]) }
        // A form longer than the window scrolls so the focused field stays in sight, with a line after it.
        let inner = frame.height - 2
        let scroll = max(0, min(cursorLine - inner + 3, lines.count - inner))
        let title = form.projection?.names.scrub(form.title) ?? form.title
        let used = OverlayView.draw(&screen, frame: frame, title: title, lines: lines, scroll: scroll, hint: t(.formHint))
        screen.cursor = (frame.x + 2 + cursorColumn, frame.y + 1 + cursorLine - used)
    }
}
