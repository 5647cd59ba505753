import WijkStore

/// Forms and the conflict form: hints, validation messages, the choice between two values.
extension Text {
    public static func fieldError(_ error: FieldError) -> Text {
        switch error {
        case .required: return Text("verplicht", "required")
        case .date: return Text("datum als dd-mm-jjjj", "date as dd-mm-yyyy")
        case .postcode: return Text("postcode als 1234 AB", "postcode like 1234 AB")
        case .pin: return Text("4 tot 12 cijfers", "4 to 12 digits")
        case .pinsDiffer: return Text("niet dezelfde pincode", "not the same PIN")
        case .number: return Text("een getal", "a number")
        case .amount: return Text("bedrag als 1.234,50", "amount like 1.234,50")
        case .bsn: return Text("geen geldig BSN (elfproef)", "not a valid BSN (elfproef)")
        case .range: return Text("buiten het bereik", "out of range")
        case .controlCharacter: return Text("bevat een stuurteken", "holds a control character")
        case .tooLong:
            return Text("langer dan \(RecfileParser.maxValueBytes / 1024) KiB", "longer than \(RecfileParser.maxValueBytes / 1024) KiB")
        case .rule(let text): return text
        }
    }
    public static let typeAheadFound = Text("“{1}”: {2} van {3}", "“{1}”: {2} of {3}")
    public static let typeAheadNone = Text("“{1}”: niets", "“{1}”: nothing")
    public static let typeAheadHint = Text("typ om te zoeken", "type to search")
    public static let requiredMark = Text("* verplicht", "* required")
    public static let formHint = Text("Tab volgend veld · Enter/Ctrl-S opslaan · Esc annuleren",
                            "Tab next field · Enter/Ctrl-S save · Esc cancel")
    public static let discardQuestion = Text("Wijzigingen weggooien? j = ja, andere toets = nee",
                                   "Discard changes? y = yes, any other key = no")
    public static let conflictTitle = Text("Ook elders gewijzigd — kies per veld", "Also changed elsewhere — choose per field")
    public static let conflictCopyTitle = Text("Conflictkopie — kies per veld", "Conflict copy — choose per field")
    public static let conflictExplanation = Text("Terwijl je bewerkte, is {1} op een andere werkplek gewijzigd. Je andere wijzigingen zijn samengevoegd; "
                + "voor deze velden kies jij. Er is nog niets overschreven.",
                "While you were editing, {1} was changed on another workstation. Your other changes were merged; "
                + "for these fields you choose. Nothing has been overwritten yet.")
    public static let conflictCopyExplanation = Text("Een synchronisatieprogramma vond twee versies van {1}. Alles wat samen kon, is samengevoegd; "
                + "voor deze velden kies jij. Er is nog niets overschreven.",
                "A sync tool found two versions of {1}. Everything that could be combined was merged; "
                + "for these fields you choose. Nothing has been overwritten yet.")
    public static let conflictOurs = Text("jouw wijziging", "your change")
    public static let conflictTheirs = Text("op schijf (andere werkplek)", "on disk (other workstation)")
    public static let conflictCopyOurs = Text("in de conflictkopie", "in the conflict copy")
    public static let conflictCopyTheirs = Text("in het bestand", "in the file")
    public static let conflictRemoved = Text("(verwijderd)", "(removed)")
    public static let conflictBase = Text("was eerst", "was before")
    public static let conflictNoBase = Text("(onbekend)", "(not known)")
    public static let conflictEmpty = Text("(leeg)", "(empty)")
    public static let conflictNewer = Text("nieuwer", "newer")
    public static let conflictOriginUnknown = Text("wie en wanneer onbekend", "who and when not known")
    public static let conflictWholeRecord = Text("hele record {1}", "whole record {1}")
    public static let conflictHint = Text("↑↓ veld · ←→/1/2 kiezen · e zelf invullen · Enter opslaan · Esc later",
                                "↑↓ field · ←→/1/2 choose · e type your own · Enter save · Esc later")
    public static let conflictEditing = Text("eigen waarde", "own value")
    public static let conflictBackToForm = Text("Nog niet opgeslagen: het formulier staat weer open zoals je het invulde.",
                                                "Not saved yet: the form is open again as you filled it in.")
}
