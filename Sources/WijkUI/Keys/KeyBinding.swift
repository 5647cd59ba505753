/// One row of the key table: these keys run this command in this context, and the help says this of it.
public struct KeyBinding: Sendable, Equatable {
    public var keys: [Key]
    public var command: Command
    public var context: KeyContext
    public var help: Text

    public init(_ keys: [Key], _ command: Command, in context: KeyContext, help: Text) {
        self.keys = keys
        self.command = command
        self.context = context
        self.help = help
    }
}
