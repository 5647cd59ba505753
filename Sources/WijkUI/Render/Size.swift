/// A terminal size in columns and rows.
public struct Size: Sendable, Equatable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// The smallest terminal Wijkdesk lays out for.
    public static let minimum = Size(columns: 80, rows: 24)

    public var isBelowMinimum: Bool { columns < Size.minimum.columns || rows < Size.minimum.rows }
}
