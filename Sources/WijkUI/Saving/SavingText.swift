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
    public static let nothingToUndo = Text("Niets om ongedaan te maken.", "Nothing to undo.")
    public static let undone = Text("Ongedaan gemaakt (als nieuwe wijziging).", "Undone (as a new change).")
    public static let conflictsMerged = Text("{1} conflictkopieën samengevoegd en gearchiveerd", "{1} conflict copies merged and archived")
}
