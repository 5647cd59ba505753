import WijkDomain
import WijkStore

/// The next step of a referral: aangemeld, gestart, afgerond, afgewezen or gestopt, with an outcome or a
/// reason at its end. The step goes into the referral's history and the household's journal.
enum ReferralStepForm {
    static func make(_ referral: Referral, resource: String, today: Day, _ t: Strings) -> Form {
        let next = referral.status.next
        var form = Form(title: t(.referralStepTitle, resource), fields: [
            FormField(key: "Status", label: t(.fieldNextStatus),
                      kind: .choice(codes: next.map(\.rawValue), labels: next.map { t(.referralStatus($0)) }),
                      value: next.first?.rawValue ?? ""),
            FormField(key: "Date", label: t(.detailDate), kind: .date, required: true, value: today.dutch),
            FormField(key: "Outcome", label: t(.fieldOutcome), value: ""),
        ]) { form, workspace in
            guard let worker = workspace.viewer, let path = form.path, let base = form.base,
                  let status = Referral.Status(rawValue: form.value("Status")) else { return nil }
            let outcome = form.value("Outcome")
            let step = Referral.Step(id: workspace.newStamp(), date: form.day("Date") ?? workspace.now.day,
                                     worker: worker.id, status: status, note: outcome)
            let sets = base.sets.updating("Referral") {
                $0.setting([("Status", status.rawValue)] + (status.isOpen ? [] : [("Outcome", outcome)]))
            }.upserting("ReferralStep", id: step.id) { _ in StoreEncoder.referralStep(step) }
            return Submission([.referral(path, base: base, new: false, sets,
                                         journalNote: workspace.referralNote(referral, status: status, outcome: outcome),
                                         undo: .referral(path: path, back: referral.status, outcome: referral.outcome))])
        }
        form.rules = [{ form in
            let ends = Referral.Status(rawValue: form.value("Status")).map { !$0.isOpen } ?? false
            return ends && form.value("Outcome").isEmpty ? ("Outcome", .rule(.ruleOutcome)) : nil
        }]
        return form
    }
}
