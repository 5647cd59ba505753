/// The team screen, its worker and PIN forms, and the settings.
extension Text {
    public static let teamTitle = Text("Team", "Team")
    public static let teamHint = Text("n nieuw · e bewerken · d (de)activeren · p pincode · Esc sluiten",
                            "n new · e edit · d (de)activate · p PIN · Esc close")
    public static let inactive = Text("niet actief", "inactive")
    public static let notYourself = Text("Je kunt jezelf niet deactiveren.", "You cannot deactivate yourself.")
    public static let fieldInitials = Text("Initialen", "Initials")
    public static let fieldRole = Text("Rol", "Role")
    public static let fieldCapacity = Text("Capaciteit", "Capacity")
    public static let fieldSpecialismN = Text("Specialisme {1}", "Specialism {1}")
    public static let fieldPin = Text("Pincode", "PIN")
    public static let fieldPinAgain = Text("Nog een keer", "Once more")
    public static let fieldTeam = Text("Team", "Team")
    public static let fieldIdleLock = Text("Vergrendel na (min)", "Lock after (min)")
    public static let editWorker = Text("Medewerker bewerken — {1}", "Edit worker — {1}")
    public static let newWorkerTitle = Text("Nieuwe medewerker", "New worker")
    public static let resetPinTitle = Text("Nieuwe pincode — {1}", "New PIN — {1}")
    public static let settingsTitle = Text("Instellingen", "Settings")
}
