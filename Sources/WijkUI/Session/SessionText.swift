/// The sign-in and lock screens, and the question before emergency access.
extension Text {
    public static let signInTitle = Text("Aanmelden", "Sign in")
    public static let signInChoose = Text("Wie ben je? Typ je naam of initialen:", "Who are you? Type your name or initials:")
    public static let signInPin = Text("Pincode voor {1}:", "PIN for {1}:")
    public static let signInHint = Text("↑↓ kiezen · Enter verder · Ctrl-C stoppen", "↑↓ choose · Enter next · Ctrl-C quit")
    public static let lockedChooseHint = Text("↑↓ kiezen · Enter verder · Esc terug", "↑↓ choose · Enter next · Esc back")
    public static let signInPinHint = Text("Enter aanmelden · Esc terug", "Enter sign in · Esc back")
    public static let lockedTitle = Text("Vergrendeld", "Locked")
    public static let lockedBy = Text("Vergrendeld door {1}.", "Locked by {1}.")
    public static let lockedHint = Text("Pincode en Enter om verder te gaan · Tab: een ander meldt zich aan",
                              "PIN and Enter to continue · Tab: someone else signs in")
    public static func signInMessage(_ message: SignInState.Message) -> Text {
        switch message {
        case .wrongPin(let left) where left == 1:
            return Text("Onjuiste pincode. Nog 1 poging tot een wachttijd.", "Wrong PIN. 1 attempt left before a wait.")
        case .wrongPin(let left): return Text("Onjuiste pincode. Nog \(left) pogingen tot een wachttijd.",
                                          "Wrong PIN. \(left) attempts left before a wait.")
        case .lockedOut(let until): return Text("Te veel onjuiste pincodes: wacht tot \(until.iso.dropFirst(11).prefix(5)) UTC.",
                                            "Too many wrong PINs: wait until \(until.iso.dropFirst(11).prefix(5)) UTC.")
        case .noPin: return Text("Voor jou is nog geen pincode ingesteld: vraag een coördinator.",
                             "No PIN has been set for you yet: ask a coordinator.")
        case .signedOut: return Text("Afgemeld.", "Signed out.")
        case .keysDropped(let n) where n == 1:
            return Text("1 toets genegeerd: niet bewaard, niet getoond.", "1 key ignored: not kept, not shown.")
        case .keysDropped(let n):
            return Text("\(n) toetsen genegeerd: niet bewaard, niet getoond.", "\(n) keys ignored: not kept, not shown.")
        case .notAPin: return Text("Een pincode heeft 4 tot 12 cijfers.", "A PIN has 4 to 12 digits.")
        case .meetingLeft: return Text("Het overleg is verlaten. Je pincode opent je eigen werk; haal eerst de beamer weg.",
                                       "You left the meeting. Your PIN opens your own work; disconnect the projector first.")
        }
    }
    public static let noWorkers = Text("Niemand gevonden.", "Nobody found.")
    public static let demoSignedIn = Text("demo: aangemeld als {1}", "demo: signed in as {1}")
    public static let emergencyTitle = Text("Noodtoegang (doorbreekglas)", "Emergency access (break the glass)")
    public static let emergencyExplanation = Text("Dit huishouden is afgeschermd. Met een reden kun je het toch openen; dat wordt vastgelegd "
                + "en de regisseur ziet wie het deed.",
                "This household is restricted. With a reason you can open it anyway; that is recorded and "
                + "its regisseur sees who did so.")
}
