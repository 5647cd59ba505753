/// The keys of forms and the conflict form, as the `?` help describes them.
extension Text {
    public static let contextForm = Text("In een formulier (typ om te bewerken)", "In a form (type to edit)")
    public static let contextConflict = Text("Bij een conflict", "In a conflict")
    public static let helpSave = Text("opslaan", "save")
    public static let helpCancel = Text("annuleren (vraagt bij wijzigingen)", "cancel (asks when something changed)")
    public static let helpNextField = Text("volgend veld", "next field")
    public static let helpPreviousField = Text("vorig veld", "previous field")
    public static let helpChooseOurs = Text("eerste waarde kiezen", "choose the first value")
    public static let helpChooseTheirs = Text("tweede waarde kiezen", "choose the second value")
    public static let helpTypeOwn = Text("zelf een waarde typen", "type a value of your own")
    public static let helpNextConflict = Text("volgend veld met een conflict", "next field in conflict")
    public static let helpPreviousConflict = Text("vorig veld met een conflict", "previous field in conflict")
    public static let helpSaveChoices = Text("de keuzes opslaan", "save the choices")
    public static let helpLater = Text("later kiezen: er wordt nog niets opgeslagen", "choose later: nothing is saved yet")
}
