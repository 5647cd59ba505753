import Foundation
import WijkDomain
import WijkStore

/// Closing a household: the reason for ending as the municipality's code lists have it, whether the household
/// can carry on without help, the client's satisfaction, a note in the journal, then the final ZRM.
enum CloseForm {
    static func make(household: String, name: String = "", goals: [Goal] = [], _ t: Strings) -> Form {
        var form = Form(title: name.isEmpty ? t(.closeTitle) : t(.closeTitle) + " — " + name, fields: [
            // Only the reasons with an iWmo and iJw code; merging is its own tool (`S` on the plan). No reason is
            // chosen beforehand: a closing saved in a hurry would otherwise count as "as planned" for the
            // municipality.
            FormField(key: "CloseReason", label: t(.fieldCloseReason),
                      kind: .choice(codes: [""] + Household.CloseReason.standard.map(\.rawValue),
                                    labels: [t(.chooseReason)] + Household.CloseReason.standard.map { t(.closeReason($0)) }),
                      required: true, value: ""),
            FormField(key: "SelfReliant", label: t(.fieldSelfReliant),
                      kind: .choice(codes: ["unknown", "yes", "no"],
                                    labels: [t(.selfReliantUnknown), t(.selfReliantYes), t(.selfReliantNo)]),
                      value: "unknown"),
            FormField(key: "Satisfaction", label: t(.fieldSatisfaction), kind: .number, value: ""),
            FormField(key: "Note", label: t(.fieldExplanation), kind: .multiline(rows: 4), value: ""),
        ]) { form, workspace in
            guard let base = form.base else { return nil }
            let t = workspace.strings
            let v = form.value
            let reason = Household.CloseReason(rawValue: v("CloseReason")) ?? .perPlan
            let selfReliant = v("SelfReliant") == "unknown" ? nil : v("SelfReliant")
            let sets = base.sets.updating("Household") {
                $0.setting([("Status", Household.Status.closed.rawValue), ("Closed", workspace.now.day.iso),
                            ("CloseReason", reason.rawValue), ("SelfReliant", selfReliant),
                            ("Satisfaction", v("Satisfaction"))])
            }
            let satisfaction = v("Satisfaction").isEmpty ? "—" : v("Satisfaction") + "/10"
            let onward = t(selfReliant == "yes" ? .selfReliantYes : selfReliant == "no" ? .selfReliantNo : .selfReliantUnknown)
            let note = t(.journalClosed, t(.closeReason(reason)), onward, satisfaction, v("Note")).trimmingCharacters(in: .whitespaces)
            return Submission([.update(Workspace.householdPath(household), base: base, sets, journalNote: note)]) { ws in
                if let dossier = ws.dossier(household) {
                    ws.present(AssessmentForm.make(dossier, today: ws.now.day, isFinal: true, ws.strings))
                }
            }
        }
        form.ranges["Satisfaction"] = 1...10
        let achieved = goals.filter { $0.status == .achieved }.count
        form.note = (goals.isEmpty ? "" : t(.closeGoals, String(achieved), String(goals.count)) + " ") + t(.closeNote)
        return form
    }
}
