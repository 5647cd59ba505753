/// One text Wijkdesk shows, in Dutch and in English side by side.
///
/// Every text is a static member of `Text`, declared in the folder of the
/// screen that shows it (`Plan/PlanText.swift`, `Team/TeamText.swift`, …)
/// or, when several screens share it, in `Strings/`. `{1}`, `{2}` … are
/// filled in from the arguments `Strings` is called with.
public struct Text: Sendable, Hashable {
    public let nl: String
    public let en: String

    /// Dutch first, English second.
    public init(_ nl: String, _ en: String) {
        self.nl = nl
        self.en = en
    }
}
