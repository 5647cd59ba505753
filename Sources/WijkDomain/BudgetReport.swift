/// Budget use: what was spent and committed per month and per life domain, against the households' budgets.
///
/// An expense taken back by a counter-entry counts with neither: it was a mistake undone. Money is in cents;
/// each figure keeps the households behind it.
public struct BudgetReport: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var spent: Tally
        public var committed: Tally
        /// Households with any expense or commitment here.
        public var households: Set<String>
    }

    public var months: [Month]
    /// Per month of the period, oldest first.
    public var perMonth: [Row]
    /// Per life domain in the matrix's order, then the expenses without a domain (key nil).
    public var perDomain: [(domain: LifeDomain?, row: Row)]
    public var total: Row
    /// Households with a budget whose case ran during the period.
    public var budgeted: Tally
    /// Their budgets added up, in cents.
    public var budgets: Int
    /// Everything spent and committed against those budgets, in any period, in cents.
    public var used: Int
    /// Of those, the households that spent or committed more than their budget.
    public var overBudget: Tally

    public init(_ dossiers: [Dossier], period: ReportPeriod) {
        months = period.months
        let index = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        let empty = Row(spent: Tally(), committed: Tally(), households: [])
        perMonth = Array(repeating: empty, count: months.count)
        var domains: [LifeDomain?: Row] = [:]
        total = empty
        budgeted = Tally()
        budgets = 0
        used = 0
        overBudget = Tally()
        func add(_ expense: Expense, _ household: String, to row: inout Row) {
            let cents = Int(expense.amount.cents)
            if expense.kind == .commitment { row.committed.add(household, cents) } else { row.spent.add(household, cents) }
            row.households.insert(household)
        }
        for dossier in dossiers {
            let id = dossier.id
            let expenses = BudgetReport.standing(dossier.expenses)
            for expense in expenses where period.contains(expense.date) {
                add(expense, id, to: &perMonth[index[Month(expense.date)]!])
                add(expense, id, to: &domains[expense.domain, default: empty])
                add(expense, id, to: &total)
            }
            let household = dossier.household
            let ranFrom = household.start ?? dossier.budget?.from ?? period.from
            let ranTo = household.status == .closed ? household.closed ?? period.to : period.to
            if let budget = dossier.budget, ranFrom <= period.to, ranTo >= period.from {
                let spent = expenses.reduce(0) { $0 + Int($1.amount.cents) }
                budgeted.add(id)
                budgets += Int(budget.amount.cents)
                used += spent
                if spent > Int(budget.amount.cents) { overBudget.add(id) }
            }
        }
        perDomain = (LifeDomain.allCases.map(Optional.some) + [nil]).compactMap { domain in
            domains[domain].map { (domain, $0) }
        }
    }

    /// The expenses that stand: without those taken back and the counter-entries that took them back.
    public static func standing(_ expenses: [Expense]) -> [Expense] {
        let reversed = Set(expenses.compactMap(\.reverses))
        return expenses.filter { $0.reverses == nil && !reversed.contains($0.id) }
    }

    public static func == (a: BudgetReport, b: BudgetReport) -> Bool {
        a.months == b.months && a.perMonth == b.perMonth && a.total == b.total && a.budgeted == b.budgeted
            && a.budgets == b.budgets && a.used == b.used && a.overBudget == b.overBudget
            && a.perDomain.map(\.domain) == b.perDomain.map(\.domain) && a.perDomain.map(\.row) == b.perDomain.map(\.row)
    }
}
