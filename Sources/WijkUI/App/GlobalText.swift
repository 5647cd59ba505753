/// The keys that work everywhere, as the `?` help describes them.
extension Text {
    public static let contextGlobal = Text("Overal", "Everywhere")
    public static let helpNextPane = Text("volgend paneel", "next pane")
    public static let helpPreviousPane = Text("vorig paneel", "previous pane")
    public static let helpFocusCaseload = Text("naar de caseload", "go to the caseload")
    public static let helpFocusPlan = Text("naar het huishoudplan", "go to the household plan")
    public static let helpFocusResources = Text("naar de sociale kaart", "go to the neighbourhood resources")
    public static let helpShowProblems = Text("problemen in de opslag tonen", "show problems in the store")
    public static let helpHelp = Text("deze help", "this help")
    public static let helpQuit = Text("stoppen", "quit")
    public static let helpUndo = Text(
        "laatste wijziging ongedaan maken, als nieuwe wijziging: noemt haar en vraagt j; niet: een nieuw huishouden of voorziening, een triagestap, team en instellingen",
        "undo the last change, as a new change: names it and asks y; not: a new household or resource, a triage step, team and settings")
    public static let helpResolveConflicts = Text("conflicten oplossen (kies per veld)", "resolve conflicts (choose per field)")
    public static let helpLock = Text("scherm nu vergrendelen", "lock the screen now")
    public static let helpSignOut = Text("afmelden / wisselen van medewerker", "sign out / switch worker")
    public static let helpTeam = Text("team: medewerkers, rollen, pincodes (coördinator, beheerder)",
                        "team: workers, roles, PINs (coordinator, administrator)")
    public static let helpAuditTrail = Text("audit-trail bekijken (beheerder)", "view the audit trail (administrator)")
    public static let helpSettings = Text("instellingen (beheerder)", "settings (administrator)")
}
