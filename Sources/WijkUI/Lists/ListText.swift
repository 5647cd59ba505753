/// The keys of lists and filters, as the `?` help describes them.
extension Text {
    public static let contextList = Text("In een lijst", "In a list")
    public static let contextFilter = Text("Tijdens het filteren (typ om te filteren)", "While filtering (type to filter)")
    public static let helpMoveUp = Text("regel omhoog", "move up")
    public static let helpMoveDown = Text("regel omlaag", "move down")
    public static let helpPageUp = Text("pagina omhoog", "page up")
    public static let helpPageDown = Text("pagina omlaag", "page down")
    public static let helpFirst = Text("naar de eerste regel", "go to the first row")
    public static let helpLast = Text("naar de laatste regel", "go to the last row")
    public static let helpOpen = Text("openen", "open")
    public static let helpBack = Text("terug (sluiten, filter wissen)", "back (close, clear filter)")
    public static let helpFilter = Text("filteren terwijl je typt", "filter as you type")
    public static let helpAcceptFilter = Text("filter houden, terug naar de lijst", "keep the filter, back to the list")
    public static let helpClearFilter = Text("filter wissen", "clear the filter")
}
