import WijkDomain
import WijkStore

/// `N` in the inbox: the team's triage norms in working days, and which days off count, for coordinators and
/// beheerders.
enum NormsForm {
    static func open(_ workspace: inout Workspace) {
        guard workspace.viewer.map({ $0.may(.triage) || $0.may(.manageSettings) }) == true else {
            workspace.notice = workspace.strings(.notAllowed)
            return
        }
        guard let base = workspace.readForChange(StoreLayout.infoFile) else { return }
        workspace.present(make(workspace.snapshot.info.norms, base: base, workspace.strings))
    }

    static func make(_ norms: TriageNorms, base: FileVersion, _ t: Strings) -> Form {
        var form = Form(title: t(.normsTitle), fields: [
            FormField(key: "NormCrisis", label: t(.fieldNorm, t(.urgency(.crisis))), kind: .number, required: true,
                      value: String(norms.crisis)),
            FormField(key: "NormUrgent", label: t(.fieldNorm, t(.urgency(.urgent))), kind: .number, required: true,
                      value: String(norms.urgent)),
            FormField(key: "NormRegular", label: t(.fieldNorm, t(.urgency(.regular))), kind: .number, required: true,
                      value: String(norms.regular)),
            FormField(key: "GoodFriday", label: t(.fieldGoodFriday), kind: .choice(codes: ["no", "yes"], labels: [t(.no), t(.yes)]),
                      value: norms.calendar.goodFriday ? "yes" : "no"),
            FormField(key: "LiberationDay", label: t(.fieldLiberationDay),
                      kind: .choice(WorkCalendar.LiberationDay.self, { t(.liberationDay($0)) }),
                      value: norms.calendar.liberationDay.rawValue),
        ], path: StoreLayout.infoFile, base: base) { form, _ in
            guard let path = form.path, let base = form.base else { return nil }
            let v = form.value
            let chosen = TriageNorms(crisis: Int(v("NormCrisis")) ?? 0, urgent: Int(v("NormUrgent")) ?? 3,
                                     regular: Int(v("NormRegular")) ?? 10,
                                     calendar: WorkCalendar(goodFriday: v("GoodFriday") == "yes",
                                                            liberationDay: WorkCalendar.LiberationDay(rawValue: v("LiberationDay")) ?? .lustrum))
            let sets = base.sets.updating("Store") { $0.setting(StoreEncoder.norms(chosen)) }
            return Submission([.team(path, base: base, sets, worker: nil)])
        }
        for key in ["NormCrisis", "NormUrgent", "NormRegular"] { form.ranges[key] = 0...60 }
        form.note = t(.normsNote)
        return form
    }
}
