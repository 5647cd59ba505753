import Testing
import WijkDomain
@testable import WijkUI

/// Filling in forms and choosing plan rows the way a person does: Tab to the field, then type or step.
extension Fixture {
    /// Moves to the form field labelled `label` and types `text` in place of its value.
    static func fill(_ state: inout AppState, _ label: String, _ text: String) {
        let label = label.hasSuffix(" *") ? String(label.dropLast(2)) : label
        guard let index = state.form?.fields.firstIndex(where: { $0.label == label }) else {
            Issue.record("no field \(label)")
            return
        }
        while state.form!.focused != index { press(&state, .tab) }
        if case .multiline = state.form!.fields[index].kind {
            type(&state, text)
        } else {
            press(&state, .ctrl("u"))
            type(&state, text)
        }
    }

    /// Moves to the choice field labelled `label` and steps right until it shows `shown`.
    static func choose(_ state: inout AppState, _ label: String, _ shown: String) {
        let label = label.hasSuffix(" *") ? String(label.dropLast(2)) : label
        guard let index = state.form?.fields.firstIndex(where: { $0.label == label }) else {
            Issue.record("no field \(label)")
            return
        }
        while state.form!.focused != index { press(&state, .tab) }
        for _ in 0..<60 where state.form!.fields[index].shown != shown { press(&state, .right) }
    }

    static func selectPlanRow(_ state: inout AppState, _ ref: PlanRow.Ref) {
        press(&state, .home)
        for _ in 0..<80 where state.selectedPlanRow(now: now)?.ref != ref { press(&state, .down) }
    }
}
