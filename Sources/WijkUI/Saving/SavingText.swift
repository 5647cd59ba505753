/// What saving, undoing and merging conflict copies report in the status bar.
extension Text {
    public static let saved = Text("Opgeslagen.", "Saved.")
    public static let savedExceptConflict = Text("Opgeslagen, op wat elders ook veranderde na: kies per veld.",
                                                 "Saved, except what changed elsewhere too: choose per field.")
    public static let notSaved = Text("Niet opgeslagen.", "Not saved.")
    public static let saveFailed = Text("Niet opgeslagen: {1}", "Not saved: {1}")
    public static let changedSinceRead = Text("intussen elders gewijzigd; er is niets veranderd, probeer het opnieuw",
                                              "changed elsewhere meanwhile; nothing was changed, try again")
    public static let undoChangedSince = Text("Niet ongedaan: intussen elders gewijzigd.", "Not undone: changed elsewhere.")
    public static let triageUndoLabel = Text("hulpvraag {1}", "request {1}")
    public static let undoWhatChange = Text("Wijziging", "Change")
    public static let cannotUndoGeneric = Text("dit maak je niet ongedaan met u", "u does not take this back")
    public static let cannotUndoTriage = Text("een stap van een hulpvraag blijft in haar geschiedenis: zet de volgende stap",
                                              "a step of a request stays in its history: take the next step")
    public static let cannotUndoTeam = Text("team en instellingen: wijzig ze opnieuw", "team and settings: change them again")
    public static let cannotUndoResource = Text("een voorziening op de sociale kaart pas je aan met e", "a resource on the sociale kaart is changed with e")
    public static let cannotUndoNewHousehold = Text("een nieuw huishouden: sluit het af met s", "a new household: close it with s")
    public static let undoQuestion = Text("Ongedaan maken: {1} ({2})?", "Undo: {1} ({2})?")
    public static let undoCannot = Text("{1} ({2}) maak je niet ongedaan met u: {3}. Ook wat je daarvoor deed niet meer: u neemt alleen terug wat je net deed.",
                                        "{1} ({2}) is not undone with u: {3}. Nor anything before it: u takes back only what you just did.")
    public static let undoCannotTitle = Text("Niet ongedaan te maken", "Cannot be undone")
    public static let undoneWhat = Text("Ongedaan gemaakt: {1}.", "Undone: {1}.")
    public static let journalReferralWithdrawn = Text("Verwijzing ingetrokken (ongedaan gemaakt).", "Referral withdrawn (undone).")
    public static let referralStepWithdrawn = Text("Stap ingetrokken (ongedaan gemaakt).", "Step withdrawn (undone).")
    public static let nothingToUndo = Text("Niets om ongedaan te maken.", "Nothing to undo.")
    public static let conflictsMerged = Text("{1} conflictkopieën samengevoegd en gearchiveerd", "{1} conflict copies merged and archived")
}
