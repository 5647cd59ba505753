/// One of the 13 life domains of the Zelfredzaamheid-Matrix (ZRM 2017), in the matrix's order.
///
/// The raw value is the code used in the store (field names in an
/// assessment, `Domain:` values); names shown to people live in the UI's
/// string table.
public enum LifeDomain: String, CaseIterable, Sendable, Hashable, Codable {
    case finances = "Finances"
    case work = "Work"
    case timeUse = "TimeUse"
    case housing = "Housing"
    case relations = "Relations"
    case mentalHealth = "MentalHealth"
    case physicalHealth = "PhysicalHealth"
    case substances = "Substances"
    case basicADL = "BasicADL"
    case instrumentalADL = "InstrumentalADL"
    case network = "Network"
    case participation = "Participation"
    case justice = "Justice"
}
