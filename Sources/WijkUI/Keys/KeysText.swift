/// The `?` help: its title and the heading of the legend under the bindings.
extension Text {
    public static let helpTitle = Text("Help — toetsen", "Help — keys")
    public static let helpSignals = Text("Tekens in de kolom Let op", "Markers in the Alert column")
}
