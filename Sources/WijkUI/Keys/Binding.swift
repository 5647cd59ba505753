/// A screen's binding with what it does: the command, its keys unless a key file says otherwise, the `?` help
/// line, and the handler, which changes the screen's own state and reaches the rest through the workspace.
public struct Binding<Target>: Sendable {
    public let command: Command
    public let keys: [Key]
    public let help: Text
    let run: @Sendable (inout Target, inout Workspace) -> Void

    init(_ command: Command, _ keys: [Key], _ help: Text,
         _ run: @escaping @Sendable (inout Target, inout Workspace) -> Void) {
        self.command = command
        self.keys = keys
        self.help = help
        self.run = run
    }
}

/// The bindings a screen contributes to one key context, in the order the help lists them.
public struct BindingGroup<Target>: Sendable {
    public let context: KeyContext
    public let bindings: [Binding<Target>]

    init(_ context: KeyContext, _ bindings: [Binding<Target>]) {
        self.context = context
        self.bindings = bindings
    }

    /// The group as rows of the key table (keys and help, without the handlers).
    public var table: [KeyBinding] {
        bindings.map { KeyBinding($0.keys, $0.command, in: context, help: $0.help) }
    }

    /// Runs the handler of `command`; false when this group has none.
    func run(_ command: Command, _ target: inout Target, _ workspace: inout Workspace) -> Bool {
        guard let binding = bindings.first(where: { $0.command == command }) else { return false }
        binding.run(&target, &workspace)
        return true
    }
}

/// Something that takes keys through bindings: a pane, a window, the main screen's keys that work everywhere.
protocol KeyTarget {
    /// The contexts whose bindings apply, first wins; each with this target's handlers.
    static var keyGroups: [BindingGroup<Self>] { get }
}

extension KeyTarget {
    /// Runs what `key` is bound to in the first of this target's contexts that binds it. Returns false when
    /// none of them binds the key (the caller may try its own contexts); a key bound there to a command
    /// this target has no handler for does nothing.
    mutating func runBinding(_ key: Key, _ workspace: inout Workspace) -> Bool {
        let groups = Self.keyGroups
        guard let (context, command) = workspace.keyMap.lookup(key, in: groups.map(\.context)),
              let group = groups.first(where: { $0.context == context }) else { return false }
        _ = group.run(command, &self, &workspace)
        return true
    }
}
