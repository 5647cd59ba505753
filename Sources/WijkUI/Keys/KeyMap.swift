/// The key-binding table: the single source for what keys do and for the `?` help.
///
/// The standard table is made of the bindings every screen declares (`Registry.keyTable`); a key file
/// changes the keys, never what a command does.
public struct KeyMap: Sendable, Equatable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The bindings Wijkdesk ships with: arrows and vi keys side by side.
    public static let standard = KeyMap(bindings: Registry.keyTable)

    /// The context and command `key` runs in the first of `contexts` that binds it.
    public func lookup(_ key: Key, in contexts: [KeyContext]) -> (context: KeyContext, command: Command)? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return (context, binding.command)
            }
        }
        return nil
    }

    /// The command `key` runs in the first of `contexts` that binds it.
    public func command(for key: Key, in contexts: [KeyContext]) -> Command? {
        lookup(key, in: contexts)?.command
    }

    /// The first key bound to `command` (in `context`, when given), for hints in the status bar.
    public func firstKey(for command: Command, in context: KeyContext? = nil) -> Key? {
        bindings.first { $0.command == command && (context == nil || $0.context == context) }?.keys.first
    }

    /// The contexts in the order the help shows them: the order of the table.
    public var contexts: [KeyContext] {
        var seen: [KeyContext] = []
        for binding in bindings where !seen.contains(binding.context) { seen.append(binding.context) }
        return seen
    }

    /// Applies a key-binding file: lines `context key command` (for
    /// example `list J move-down`), lines starting with `#` are comments. A line binds the key in
    /// addition to what is there and takes the key away from any other
    /// command in that context. Returns the 1-based numbers of lines it
    /// could not read, and of lines naming a command the context does not have.
    public mutating func apply(config text: String) -> [Int] {
        var bad: [Int] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if words.isEmpty || words[0].hasPrefix("#") { continue }
            guard words.count == 3, let key = Key(name: words[1]),
                  let j = bindings.firstIndex(where: { $0.context.name == words[0] && $0.command.name == words[2] })
            else {
                bad.append(i + 1)
                continue
            }
            let context = bindings[j].context
            for k in bindings.indices where bindings[k].context == context {
                bindings[k].keys.removeAll { $0 == key }
            }
            bindings[j].keys.append(key)
        }
        return bad
    }
}
