/// The key-binding table: the single source for what keys do and for the `?` help.
public struct KeyMap: Sendable, Equatable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The bindings Wijkdesk ships with: arrows and vi keys side by side.
    public static let standard = KeyMap(bindings: [
        KeyBinding([.down, .character("j")], .moveDown, in: .list),
        KeyBinding([.up, .character("k")], .moveUp, in: .list),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, in: .list),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, in: .list),
        KeyBinding([.home, .character("g")], .first, in: .list),
        KeyBinding([.end, .character("G")], .last, in: .list),
        KeyBinding([.enter, .right, .character("l")], .open, in: .list),
        KeyBinding([.escape, .left, .character("h")], .back, in: .list),
        KeyBinding([.character("/")], .filter, in: .list),
        KeyBinding([.character("v")], .cycleScope, in: .caseload),
        KeyBinding([.tab], .nextPane, in: .global),
        KeyBinding([.backTab], .previousPane, in: .global),
        KeyBinding([.character("1")], .focusCaseload, in: .global),
        KeyBinding([.character("2")], .focusPlan, in: .global),
        KeyBinding([.character("3")], .focusResources, in: .global),
        KeyBinding([.character("w")], .showProblems, in: .global),
        KeyBinding([.character("?"), .function(1)], .help, in: .global),
        KeyBinding([.character("q"), .ctrl("c")], .quit, in: .global),
        KeyBinding([.enter, .down], .acceptFilter, in: .filter),
        KeyBinding([.escape], .clearFilter, in: .filter),
        KeyBinding([.escape, .character("q"), .enter, .character("?")], .close, in: .overlay),
        KeyBinding([.character("e")], .edit, in: .plan),
        KeyBinding([.character("n")], .newJournal, in: .plan),
        KeyBinding([.character("m")], .newMember, in: .plan),
        KeyBinding([.character("x")], .removeMember, in: .plan),
        KeyBinding([.character("z")], .score, in: .plan),
        KeyBinding([.character("D")], .newGoal, in: .plan),
        KeyBinding([.character("A")], .newAction, in: .plan),
        KeyBinding([.character("b")], .newExpense, in: .plan),
        KeyBinding([.character("B")], .setBudget, in: .plan),
        KeyBinding([.character("s")], .closeOrReopen, in: .plan),
        KeyBinding([.character("r")], .handover, in: .plan),
        KeyBinding([.character("n")], .newHousehold, in: .caseload),
        KeyBinding([.character("u")], .undo, in: .global),
        KeyBinding([.character("c")], .resolveConflicts, in: .global),
        KeyBinding([.ctrl("l")], .lock, in: .global),
        KeyBinding([.ctrl("w")], .signOut, in: .global),
        KeyBinding([.character("t")], .team, in: .global),
        KeyBinding([.character("a")], .auditTrail, in: .global),
        KeyBinding([.character("i")], .settings, in: .global),
        KeyBinding([.character("n")], .newWorker, in: .team),
        KeyBinding([.character("e"), .enter], .edit, in: .team),
        KeyBinding([.character("d")], .toggleActive, in: .team),
        KeyBinding([.character("p")], .resetPin, in: .team),
        KeyBinding([.enter, .ctrl("s")], .save, in: .form),
        KeyBinding([.escape], .cancel, in: .form),
        KeyBinding([.tab, .down], .nextField, in: .form),
        KeyBinding([.backTab, .up], .previousField, in: .form),
        KeyBinding([.down, .tab], .nextField, in: .conflict),
        KeyBinding([.up, .backTab], .previousField, in: .conflict),
        KeyBinding([.character("1"), .left], .chooseOurs, in: .conflict),
        KeyBinding([.character("2"), .right], .chooseTheirs, in: .conflict),
        KeyBinding([.character("e")], .typeOwn, in: .conflict),
        KeyBinding([.enter, .ctrl("s")], .save, in: .conflict),
        KeyBinding([.escape], .cancel, in: .conflict),
    ])

    /// The command `key` runs in the first of `contexts` that binds it.
    public func command(for key: Key, in contexts: [KeyContext]) -> Command? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        return nil
    }

    /// The first key bound to `command`, for hints in the status bar.
    public func firstKey(for command: Command) -> Key? {
        bindings.first(where: { $0.command == command })?.keys.first
    }

    /// Applies a key-binding file: lines `context key command` (for
    /// example `list J move-down`), lines starting with `#` are comments. A line binds the key in
    /// addition to what is there and takes the key away from any other
    /// command in that context. Returns the 1-based numbers of lines it
    /// could not read.
    public mutating func apply(config text: String) -> [Int] {
        var bad: [Int] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if words.isEmpty || words[0].hasPrefix("#") { continue }
            guard words.count == 3, let context = KeyContext(rawValue: words[0]), let key = Key(name: words[1]),
                  let command = Command(rawValue: words[2]) else {
                bad.append(i + 1)
                continue
            }
            for j in bindings.indices where bindings[j].context == context {
                bindings[j].keys.removeAll { $0 == key }
            }
            if let j = bindings.firstIndex(where: { $0.context == context && $0.command == command }) {
                bindings[j].keys.append(key)
            } else {
                bindings.append(KeyBinding([key], command, in: context))
            }
        }
        bindings.removeAll { $0.keys.isEmpty }
        return bad
    }
}
