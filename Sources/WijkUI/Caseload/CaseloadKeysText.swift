/// The caseload's keys, as the `?` help describes them.
extension Text {
    public static let contextCaseload = Text("In de caseload", "In the caseload")
    public static let helpCycleScope = Text("weergave: team / mijn caseload / afgesloten",
                              "view: team / my caseload / closed")
    public static let helpNewHousehold = Text("nieuw huishouden", "new household")
}
