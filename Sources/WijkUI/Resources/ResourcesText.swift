/// The sociale kaart's words.
extension Text {
    public static let paneResources = Text("Sociale kaart", "Neighbourhood resources")
    public static let resourcesCount = Text("{1} voorzieningen", "{1} resources")
    public static let columnKind = Text("Soort", "Kind")
    public static let columnDomains = Text("Domeinen", "Domains")
    public static let columnContact = Text("Contact", "Contact")
    public static let columnHours = Text("Open", "Hours")
    public static let noResources = Text("Nog geen voorzieningen.", "No resources yet.")
    public static let contextResources = Text("In de sociale kaart", "In the neighbourhood resources")
    public static let helpOpenResource = Text("de voorziening bekijken: adres, telefoon, openingstijden, wat ze doen",
                                              "view the resource: address, phone, opening hours, what they do")
    public static let helpFilterResources = Text("zoeken op naam, soort, domein, adres of omschrijving",
                                                 "search by name, kind, domain, address or description")
}
