/// The language of the user interface: Dutch first, English second.
public enum Language: String, CaseIterable, Sendable {
    case nl, en
}
