/// One entry of the key-binding table: these keys run this command in this context.
public struct KeyBinding: Sendable, Equatable {
    public var keys: [Key]
    public var command: Command
    public var context: KeyContext

    public init(_ keys: [Key], _ command: Command, in context: KeyContext) {
        self.keys = keys
        self.command = command
        self.context = context
    }
}
