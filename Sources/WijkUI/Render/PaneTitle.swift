/// What a pane says in its title line besides its number and name: counts, the filter, who else has it open.
struct PaneTitle: Sendable {
    var info: [String] = []
    /// The item of `info` that is never cut (a count).
    var keep: Int?
    /// At the end of the line: the position in the list, or colleagues with the same household open.
    var right = ""
    var rightStyle: Style?
}
