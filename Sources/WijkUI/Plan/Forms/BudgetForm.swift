import WijkDomain
import WijkStore

/// The household's one budget for the plan period, not earmarked per law or product.
enum BudgetForm {
    static func make(_ budget: Budget?, household: String, today: Day, _ t: Strings) -> Form {
        Form(title: t(.budgetTitle), fields: [
            FormField(key: "Amount", label: t(.budgetAmount), kind: .money, required: true, value: budget?.amount.dutch ?? ""),
            FormField(key: "From", label: t(.fieldFrom), kind: .date, value: budget?.from?.dutch ?? today.dutch),
            FormField(key: "Until", label: t(.fieldUntil), kind: .date,
                      value: budget?.until?.dutch ?? today.adding(days: 364).dutch),
        ]) { form, _ in
            guard let amount = Money(dutch: form.value("Amount")) else { return nil }
            let saved = Budget(amount: amount, from: form.day("From"), until: form.day("Until"))
            let sets = (form.base?.sets ?? []).upserting("Budget", id: nil) { StoreEncoder.budget(saved, updating: $0) }
            return Submission([.update(Workspace.budgetPath(household), base: form.base, sets)])
        }
    }
}
