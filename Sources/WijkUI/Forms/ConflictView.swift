import WijkDomain
import WijkStore

/// Draws the choice between two values per field after a conflict, with what happened in plain words.
enum ConflictView {
    static func draw(_ screen: inout Screen, _ form: ConflictForm, workers: [Worker], now: LocalTime, strings t: Strings) {
        let frame = OverlayView.frame(for: screen.size)
        let width = frame.width - 4
        var lines: [[Span]] = []
        let isCopy: Bool
        if case .copy = form.purpose { isCopy = true } else { isCopy = false }
        let explanation = t(isCopy ? .conflictCopyExplanation : .conflictExplanation, form.subject)
        lines += DisplayWidth.wrap(explanation, width: width).map { [Span($0, .dim)] }
        var cursor = (x: frame.x + 2, y: frame.y + 1)
        var block = 0..<0
        for (i, conflict) in form.conflicts.enumerated() {
            lines.append([])
            let focused = i == form.focused
            let start = lines.count
            defer { if focused { block = start..<lines.count } }
            let key = conflict.key.replacingOccurrences(of: "Id:", with: "")
            let name = conflict.field.isEmpty ? t(.conflictWholeRecord, key) : label(conflict.field, t)
            let heading = (focused ? PaneChrome.marker : "  ") + name + "  (" + conflict.type + " " + key + ")"
            if focused { cursor = (frame.x + 2, frame.y + 1 + lines.count) }
            lines.append([Span(heading, focused ? .selected : .sectionHeader)])
            func shown(_ value: String?) -> String {
                var text = Printable.escaped(value.map { words(conflict.field, $0, t).replacingOccurrences(of: "\n", with: " ⏎ ") }
                                             ?? t(.conflictRemoved))
                if let projection = form.projection, value != nil {
                    text = Projector.shown(text, field: conflict.field, projection.names)
                }
                return text
            }
            // What it was before both changes, when the version both started from is known.
            if !conflict.field.isEmpty {
                lines.append([Span("          " + DisplayWidth.fit(t(.conflictBase), to: 28), .dim),
                              Span(" " + (conflict.hasBase ? conflict.base.map { shown($0) } ?? t(.conflictEmpty) : t(.conflictNoBase)), .dim)])
            }
            let origins = ConflictOrigin.sides(conflict, workers: workers, now: now, t)
            let options: [(ConflictForm.Choice, Text, String?, String)] = [
                (.ours, isCopy ? .conflictCopyOurs : .conflictOurs, conflict.ours, origins.0),
                (.theirs, isCopy ? .conflictCopyTheirs : .conflictTheirs, conflict.theirs, origins.1),
            ]
            for (n, option) in options.enumerated() {
                let chosen = form.choices[i] == option.0
                lines.append([Span("    " + (chosen ? "[x] " : "[ ] ") + "\(n + 1) ", chosen ? .normal : .dim),
                              Span(DisplayWidth.fit(t(option.1), to: 28), .dim), Span(" " + shown(option.2))])
                lines.append([Span(String(repeating: " ", count: 10)), Span("↳ " + option.3, .dim)])
            }
            if case .own(let value) = form.choices[i] {
                let value = form.projection.map { Projector.shown(value, field: conflict.field, $0.names) } ?? value
                lines.append([Span("    [x] e ", .normal), Span(DisplayWidth.fit(t(.conflictEditing), to: 28), .dim),
                              Span(" " + value)])
            }
            if focused, var typing = form.typing {
                if let projection = form.projection {
                    typing = Projector.hides(conflict.field) ? String(repeating: "•", count: typing.count)
                        : projection.names.typing(typing, cursor: typing.count).shown
                }
                lines.append([Span("    e ", .normal), Span(DisplayWidth.fit(t(.conflictEditing), to: 28), .dim),
                              Span(" " + typing, .input)])
                cursor = (frame.x + 2 + 4 + 2 + 28 + 1 + DisplayWidth.of(typing), frame.y + lines.count)
            }
        }
        let title = t(isCopy ? .conflictCopyTitle : .conflictTitle)
        // The field with the focus is always in view: more fields than fit scroll with it.
        let height = frame.height - 2
        let scroll = block.upperBound > height ? min(block.lowerBound, block.upperBound - height) : 0
        let top = OverlayView.draw(&screen, frame: frame, title: title, lines: lines, scroll: scroll, hint: t(.conflictHint))
        screen.cursor = (cursor.x, cursor.y - top)
    }

    /// The Dutch (or English) name of a store field, as the forms show it; the field code when unknown.
    static func label(_ field: String, _ t: Strings) -> String {
        let known: [String: Text] = [
            "Name": .fieldName, "Street": .fieldStreet, "Postcode": .fieldPostcode, "City": .fieldCity,
            "Phone": .detailPhone, "Email": .detailEmail, "Regisseur": .regisseurLabel, "Status": .columnStatus,
            "Confidentiality": .fieldConfidentiality, "Crisis": .fieldCrisis, "Start": .fieldStart,
            "Evaluation": .fieldEvaluation, "Born": .detailBorn, "Relation": .detailRelation, "BSN": .detailBSN,
            "CloseReason": .fieldCloseReason, "SelfReliant": .fieldSelfReliant, "Satisfaction": .fieldSatisfaction,
        ]
        return known[field].map { t($0) } ?? field
    }

    /// A stored code in the words the forms use for it (`per-plan` → "volgens plan"); other values as they are.
    static func words(_ field: String, _ value: String, _ t: Strings) -> String {
        switch field {
        case "CloseReason": return Household.CloseReason(rawValue: value).map { t(.closeReason($0)) } ?? value
        case "SelfReliant", "Crisis":
            return value == "yes" ? t(.selfReliantYes) : value == "no" ? t(.selfReliantNo) : value
        case "Status": return Household.Status(rawValue: value).map { t(.householdStatus($0)) } ?? value
        default: return value
        }
    }
}
