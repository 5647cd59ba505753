import WijkDomain
import WijkStore

/// An action of the plan: what, who (the regisseur, the network, a member, a resource — low-threshold ones
/// first), for which goal, by when.
enum ActionForm {
    static func make(_ action: Action?, dossier: Dossier, resources: [Resource], _ t: Strings) -> Form {
        let household = dossier.id
        return Form(title: t(action == nil ? .newActionTitle : .editActionTitle), fields: [
            FormField(key: "Text", label: t(.fieldWhat), required: true, value: action?.text ?? ""),
            FormField(key: "Who", label: t(.detailWho), kind: .actors(dossier, resources: resources, t) { $0.name },
                      value: action?.who.code ?? Actor.regisseur.code),
            FormField(key: "Goal", label: t(.detailGoal),
                      kind: .choice(codes: [""] + dossier.goals.map(\.id), labels: ["—"] + dossier.goals.map(\.text)),
                      value: action?.goal ?? dossier.goals.first?.id ?? ""),
            FormField(key: "Due", label: t(.detailDue), kind: .date, value: action?.due?.dutch ?? ""),
            FormField(key: "Status", label: t(.columnStatus), kind: .choice(Action.Status.self, { t(.actionStatus($0)) }),
                      value: action?.status.rawValue ?? Action.Status.open.rawValue),
        ]) { form, _ in
            let v = form.value
            let saved = Action(id: action?.id ?? "a-" + Workspace.randomSuffix(4), goal: v("Goal"), text: v("Text"),
                               who: Actor(code: v("Who")) ?? .regisseur, due: form.day("Due"),
                               status: Action.Status(rawValue: v("Status")) ?? .open)
            let sets = (form.base?.sets ?? []).ensuring("Goal").upserting("Action", id: saved.id) {
                StoreEncoder.action(saved, updating: $0)
            }
            return Submission([.update(Workspace.planPath(household), base: form.base, sets)])
        }
    }
}
