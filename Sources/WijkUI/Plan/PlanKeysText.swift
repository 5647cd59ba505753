/// The plan's keys, as the `?` help describes them.
extension Text {
    public static let contextPlan = Text("In het huishoudplan", "In the household plan")
    public static let helpEdit = Text("bewerken wat geselecteerd is (huishouden, lid, doel, actie, budget; journaal: correctie)",
                        "edit what is selected (household, member, goal, action, budget; journal: correction)")
    public static let helpNewJournal = Text("nieuw contactmoment of notitie in het journaal", "new journal entry")
    public static let helpNewMember = Text("nieuw gezinslid", "new member")
    public static let helpRemoveMember = Text("geselecteerd gezinslid verwijderen (vraagt eerst)", "remove the selected member (asks first)")
    public static let helpScore = Text("ZRM scoren", "score the ZRM")
    public static let helpNewGoal = Text("nieuw doel", "new goal")
    public static let helpNewAction = Text("nieuwe actie", "new action")
    public static let helpNewExpense = Text("uitgave of toezegging boeken", "record an expense or commitment")
    public static let helpSetBudget = Text("budget vaststellen", "set the budget")
    public static let helpCloseOrReopen = Text("huishouden afsluiten of heropenen", "close or reopen the household")
    public static let helpHandover = Text("overdragen aan een andere regisseur", "hand over to another regisseur")
    public static let hintJournal = Text("journaal", "journal")
    public static let hintScore = Text("ZRM", "ZRM")
    public static let hintAction = Text("actie", "action")
    public static let hintExpense = Text("uitgave", "expense")
    public static let helpOpenPlanRow = Text("alles van de regel openen: lid, score, doel, actie, journaal",
                                             "open all of the row: member, score, goal, action, journal")
    public static let helpFilterPlan = Text("zoeken in het hele plan, ook in het hele journaal",
                                            "search the whole plan, the whole journal too")
}
