/// The team screen's keys, as the `?` help describes them.
extension Text {
    public static let contextTeam = Text("In het teamscherm", "In the team screen")
    public static let helpNewWorker = Text("nieuwe medewerker", "new worker")
    public static let helpToggleActive = Text("medewerker (de)activeren", "deactivate / activate worker")
    public static let helpResetPin = Text("pincode opnieuw instellen", "reset PIN")
    public static let helpEditWorker = Text("medewerker bewerken: naam, initialen, rol, capaciteit",
                                            "edit the worker: name, initials, role, capacity")
}
