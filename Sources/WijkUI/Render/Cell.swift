/// One terminal cell: a character and its style.
///
/// A double-width character sits in its first cell; the cell to its right
/// is a continuation that terminals must not draw over.
public struct Cell: Sendable, Equatable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
