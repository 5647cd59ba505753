import Foundation
import WijkDomain
import WijkStore

/// Closing a household: the reason and the client's satisfaction, a note in the journal, then the final ZRM.
enum CloseForm {
    static func make(household: String, _ t: Strings) -> Form {
        var form = Form(title: t(.closeTitle), fields: [
            FormField(key: "CloseReason", label: t(.fieldCloseReason),
                      // Merging is its own tool (`S` on the plan), which moves everything to the household kept.
                      kind: .choice(codes: Household.CloseReason.allCases.filter { $0 != .merged }.map(\.rawValue),
                                    labels: Household.CloseReason.allCases.filter { $0 != .merged }
                                        .map { t(.closeReason($0)) }), required: true,
                      value: Household.CloseReason.goalsAchieved.rawValue),
            FormField(key: "Satisfaction", label: t(.fieldSatisfaction), kind: .number, value: ""),
            FormField(key: "Note", label: t(.fieldExplanation), kind: .multiline(rows: 4), value: ""),
        ]) { form, workspace in
            guard let base = form.base else { return nil }
            let t = workspace.strings
            let v = form.value
            let reason = Household.CloseReason(rawValue: v("CloseReason")) ?? .other
            let sets = base.sets.updating("Household") {
                $0.setting([("Status", Household.Status.closed.rawValue), ("Closed", workspace.now.day.iso),
                            ("CloseReason", reason.rawValue), ("Satisfaction", v("Satisfaction"))])
            }
            let satisfaction = v("Satisfaction").isEmpty ? "—" : v("Satisfaction") + "/10"
            let note = t(.journalClosed, t(.closeReason(reason)), satisfaction, v("Note")).trimmingCharacters(in: .whitespaces)
            return Submission([.update(Workspace.householdPath(household), base: base, sets, journalNote: note)]) { ws in
                if let dossier = ws.dossier(household) {
                    ws.present(AssessmentForm.make(dossier, today: ws.now.day, isFinal: true, ws.strings))
                }
            }
        }
        form.ranges["Satisfaction"] = 1...10
        form.note = t(.closeNote)
        return form
    }
}
