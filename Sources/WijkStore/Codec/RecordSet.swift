/// The records of one type in a recfile, with the descriptor that introduced them.
public struct RecordSet: Sendable, Equatable {
    /// The `%rec` descriptor, nil for records before any descriptor.
    public var descriptor: Record?
    public var records: [Record]

    public init(descriptor: Record?, records: [Record] = []) {
        self.descriptor = descriptor
        self.records = records
    }

    /// The record type named by the descriptor (`Household`), nil when untyped.
    public var type: String? {
        descriptor?["%rec"].map { String($0.split(separator: " ").first ?? "") }
    }
}
