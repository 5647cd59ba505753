/// The keys that work everywhere on the main screen: panes, windows, undo, the lock, and the screens one key
/// away (inbox, reports, team, audit trail, settings).
extension MainScreen: KeyTarget {
    static var keyGroups: [BindingGroup<MainScreen>] { [globals] }

    static let globals = BindingGroup<MainScreen>(.global, [
        Binding(.nextPane, [.tab], .helpNextPane) { main, ws in main.cycleFocus(1, &ws) },
        Binding(.previousPane, [.backTab], .helpPreviousPane) { main, ws in main.cycleFocus(-1, &ws) },
        Binding(.focusCaseload, [.character("1")], .helpFocusCaseload) { main, ws in main.setFocus(.caseload, &ws) },
        Binding(.focusPlan, [.character("2")], .helpFocusPlan) { main, ws in main.setFocus(.plan, &ws) },
        Binding(.focusResources, [.character("3")], .helpFocusResources) { main, ws in main.setFocus(.resources, &ws) },
        Binding(.inbox, [.character("4")], .helpInbox) { _, ws in InboxScreen.open(&ws) },
        Binding(.reports, [.character("5")], .helpReports) { _, ws in ReportsScreen.open(&ws) },
        Binding(.meeting, [.character("M")], .helpMeeting) { _, ws in MeetingScreen.open(&ws) },
        Binding(.showProblems, [.character("w")], .helpShowProblems) { _, ws in ws.present(ProblemsOverlay()) },
        Binding(.help, [.character("?"), .function(1)], .helpHelp) { _, ws in ws.present(HelpOverlay()) },
        Binding(.quit, [.character("q"), .ctrl("c")], .helpQuit) { _, ws in ws.request(.quit) },
        Binding(.undo, [.character("u")], .helpUndo) { _, ws in ws.askUndo() },
        Binding(.resolveConflicts, [.character("c")], .helpResolveConflicts) { _, ws in ws.openNextPendingCopy() },
        Binding(.lock, [.ctrl("l")], .helpLock) { _, ws in ws.request(.lock) },
        Binding(.signOut, [.ctrl("w")], .helpSignOut) { _, ws in ws.request(.signOut) },
        Binding(.team, [.character("t")], .helpTeam) { _, ws in TeamScreen.open(&ws) },
        Binding(.auditTrail, [.character("a")], .helpAuditTrail) { _, ws in AuditScreen.open(&ws) },
        Binding(.settings, [.character("i")], .helpSettings) { _, ws in SettingsForm.open(&ws) },
    ])
}

extension KeyContext {
    /// Everywhere outside text input.
    static let global = KeyContext("global", heading: .contextGlobal)
}

extension Command {
    static let nextPane = Command("next-pane")
    static let previousPane = Command("previous-pane")
    static let focusCaseload = Command("focus-caseload")
    static let focusPlan = Command("focus-plan")
    static let focusResources = Command("focus-resources")
    static let showProblems = Command("show-problems")
    static let help = Command("help")
    static let quit = Command("quit")
    static let undo = Command("undo")
    static let resolveConflicts = Command("resolve-conflicts")
    static let lock = Command("lock")
    static let signOut = Command("sign-out")
    static let team = Command("team")
    static let auditTrail = Command("audit-trail")
    static let settings = Command("settings")
}
