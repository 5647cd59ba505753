/// The caseload pane's words.
extension Text {
    public static let paneCaseload = Text("Caseload", "Caseload")
    public static let householdsCount = Text("{1} huishoudens", "{1} households")
    public static let columnAddress = Text("Adres", "Address")
    public static let columnRegisseur = Text("Reg", "Reg")
    public static let columnEvaluation = Text("Evaluatie", "Evaluation")
    public static let columnSignals = Text("Let op", "Alert")
    public static func scope(_ scope: CaseloadScope) -> Text {
        switch scope {
        case .team: return Text("team", "team")
        case .mine: return Text("mijn caseload", "my caseload")
        case .closed: return Text("afgesloten", "closed")
        }
    }
    public static let emptyList = Text("Geen huishoudens.", "No households.")
    public static let restrictedExplanation = Text("Afgeschermd: alleen de regisseur en de coördinatoren openen dit huishouden. Enter: noodtoegang.",
                "Restricted: only its regisseur and the coordinators open this household. Enter: emergency access.")
}
