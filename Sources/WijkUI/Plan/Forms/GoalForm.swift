import WijkDomain
import WijkStore

/// A goal of the plan, new or existing, saved into the plan file.
enum GoalForm {
    static func make(_ goal: Goal?, household: String, _ t: Strings) -> Form {
        Form(title: t(goal == nil ? .newGoalTitle : .editGoalTitle), fields: [
            FormField(key: "Domain", label: t(.detailDomains), kind: .choice(LifeDomain.self, { t(.domain($0)) }),
                      value: goal?.domain.rawValue ?? LifeDomain.finances.rawValue),
            FormField(key: "Text", label: t(.fieldGoal), required: true, value: goal?.text ?? ""),
            FormField(key: "Target", label: t(.detailTarget), kind: .score(t, none: "—"),
                      value: goal?.target.map { String($0.rawValue) } ?? ""),
            FormField(key: "Due", label: t(.detailDue), kind: .date, value: goal?.due?.dutch ?? ""),
            FormField(key: "Status", label: t(.columnStatus), kind: .choice(Goal.Status.self, { t(.goalStatus($0)) }),
                      value: goal?.status.rawValue ?? Goal.Status.open.rawValue),
        ]) { form, _ in
            let v = form.value
            let saved = Goal(id: goal?.id ?? "g-" + Workspace.randomSuffix(4),
                             domain: LifeDomain(rawValue: v("Domain")) ?? .finances, text: v("Text"),
                             target: Int(v("Target")).flatMap(ZRMScore.init(rawValue:)), due: form.day("Due"),
                             status: Goal.Status(rawValue: v("Status")) ?? .open)
            let sets = (form.base?.sets ?? []).upserting("Goal", id: saved.id) { StoreEncoder.goal(saved, updating: $0) }
            return Submission([.update(Workspace.planPath(household), base: form.base, sets.ensuring("Action"))])
        }
    }
}
