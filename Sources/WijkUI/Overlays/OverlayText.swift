/// The keys of windows, as the `?` help describes them.
extension Text {
    public static let contextOverlay = Text("In een venster als dit", "In a window like this one")
    public static let helpClose = Text("sluiten", "close")
}
