import WijkDomain
import WijkStore

/// An expense or a commitment booked against the household's budget, tagged by life domain for analysis only.
enum ExpenseForm {
    static func make(household: String, resources: [Resource], today: Day, _ t: Strings) -> Form {
        let sorted = resources.sorted(by: Resource.inListOrder)
        return Form(title: t(.expenseTitle), fields: [
            FormField(key: "Date", label: t(.detailDate), kind: .date, required: true, value: today.dutch),
            FormField(key: "Kind", label: t(.detailKind), kind: .choice(Expense.Kind.self, { t(.expenseKind($0)) }),
                      value: Expense.Kind.expense.rawValue),
            FormField(key: "Amount", label: t(.fieldAmount), kind: .money, required: true, value: ""),
            FormField(key: "Description", label: t(.fieldDescription), required: true, value: ""),
            FormField(key: "Domain", label: t(.fieldDomainTag), kind: .choice(LifeDomain.self, { t(.domain($0)) }, none: "—"),
                      value: ""),
            FormField(key: "Resource", label: t(.fieldResource),
                      kind: .choice(codes: [""] + sorted.map(\.id), labels: ["—"] + sorted.map(\.name)), value: ""),
        ]) { form, workspace in
            guard let worker = workspace.viewer, let amount = Money(dutch: form.value("Amount")) else { return nil }
            let v = form.value
            let stamp = workspace.newStamp()
            let expense = Expense(id: stamp, date: form.day("Date") ?? workspace.now.day,
                                  kind: Expense.Kind(rawValue: v("Kind")) ?? .expense, amount: amount,
                                  description: v("Description"), domain: LifeDomain(rawValue: v("Domain")),
                                  resource: v("Resource").isEmpty ? nil : v("Resource"), author: worker.id)
            return Submission([.entry(household: household, folder: StoreLayout.expenses, stamp: stamp,
                                      Schema.set("Expense", [StoreEncoder.expense(expense)]),
                                      undo: .expense(household: household, expense: expense))])
        }
    }
}
