import WijkDomain
import WijkStore

/// Handing the household over to another regisseur, with the reason in the journal.
enum HandoverForm {
    static func make(household: Household, workers: [Worker], _ t: Strings) -> Form {
        let others = workers.filter { $0.active && $0.id != household.regisseur }.sorted { $0.name < $1.name }
        let id = household.id
        return Form(title: t(.handoverTitle), fields: [
            FormField(key: "Regisseur", label: t(.fieldNewRegisseur),
                      kind: .choice(codes: others.map(\.id), labels: others.map { $0.name + " (" + $0.initials + ")" }),
                      required: true, value: others.first?.id ?? ""),
            FormField(key: "Reason", label: t(.fieldReason), required: true, value: ""),
        ]) { form, workspace in
            guard let base = form.base, let dossier = workspace.dossier(id) else { return nil }
            let v = form.value
            let snapshot = workspace.snapshot
            let from = snapshot.worker(dossier.household.regisseur)?.name ?? dossier.household.regisseur
            let to = snapshot.worker(v("Regisseur"))?.name ?? v("Regisseur")
            let sets = base.sets.updating("Household") { $0.setting("Regisseur", to: v("Regisseur")) }
            return Submission([.update(Workspace.householdPath(id), base: base, sets,
                                       journalNote: workspace.strings(.journalHandover, from, to, v("Reason")))])
        }
    }
}
