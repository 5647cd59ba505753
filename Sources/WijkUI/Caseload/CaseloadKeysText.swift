/// The caseload's keys, as the `?` help describes them.
extension Text {
    public static let contextCaseload = Text("In de caseload", "In the caseload")
    public static let helpCycleScope = Text("weergave: team / mijn caseload / afgesloten",
                              "view: team / my caseload / closed")
    public static let helpNewHousehold = Text("nieuw huishouden", "new household")
    public static let hintNewHousehold = Text("nieuw", "new")
    public static let helpOpenHousehold = Text("het huishoudplan openen (afgeschermd: noodtoegang vragen)",
                                               "open the household's plan (restricted: ask for emergency access)")
    public static let helpFilterCaseload = Text("zoeken op naam, adres, postcode, gezinslid of regisseur",
                                                "search by name, address, postcode, member or regisseur")
}
