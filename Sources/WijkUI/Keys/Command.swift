/// Something the user can ask for with a key; key bindings map keys to commands.
public enum Command: String, CaseIterable, Sendable {
    case moveUp = "move-up"
    case moveDown = "move-down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case first
    case last
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case focusCaseload = "focus-caseload"
    case focusPlan = "focus-plan"
    case focusResources = "focus-resources"
    case open
    case back
    case filter
    case cycleScope = "cycle-scope"
    case showProblems = "show-problems"
    case help
    case quit
    case acceptFilter = "accept-filter"
    case clearFilter = "clear-filter"
    case close
    case edit
    case resolveConflicts = "resolve-conflicts"
    case save
    case cancel
    case nextField = "next-field"
    case previousField = "previous-field"
    case chooseOurs = "choose-ours"
    case chooseTheirs = "choose-theirs"
    case typeOwn = "type-own"
    case lock
    case signOut = "sign-out"
    case team
    case auditTrail = "audit-trail"
    case settings
    case newWorker = "new-worker"
    case toggleActive = "toggle-active"
    case resetPin = "reset-pin"
    case newHousehold = "new-household"
    case newJournal = "new-journal"
    case newMember = "new-member"
    case removeMember = "remove-member"
    case score
    case newGoal = "new-goal"
    case newAction = "new-action"
    case newExpense = "new-expense"
    case setBudget = "set-budget"
    case closeOrReopen = "close-or-reopen"
    case handover
    case undo
}
