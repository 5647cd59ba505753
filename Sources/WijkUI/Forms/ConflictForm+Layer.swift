import WijkDomain
import WijkStore

/// The conflict form as a window: choose per field, or type a value of one's own, then save.
extension ConflictForm: Layer {
    public var cancelsOnInterrupt: Bool { true }
    public var keepsStatusHints: Bool { false }

    public mutating func handle(_ key: Key, _ workspace: inout Workspace) {
        if var text = typing {
            switch key {
            case .enter:
                choices[focused] = .own(text)
                typing = nil
            case .escape: typing = nil
            case .backspace:
                if !text.isEmpty { text.removeLast() }
                typing = text
            case .ctrl("u"): typing = ""
            case .character(let c): typing = text + String(c)
            default: break
            }
            return
        }
        let command = key == .ctrl("c") ? .cancel : workspace.keyMap.command(for: key, in: [.conflict])
        if let command { _ = ConflictForm.bindings.run(command, &self, &workspace) }
    }

    public func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        ConflictView.draw(&screen, self, workers: workspace.snapshot.workers, now: now, strings: workspace.strings)
    }

    static let bindings = BindingGroup<ConflictForm>(.conflict, [
        Binding(.nextField, [.down, .tab], .helpNextConflict) { form, _ in
            form.focused = min(form.conflicts.count - 1, form.focused + 1)
        },
        Binding(.previousField, [.up, .backTab], .helpPreviousConflict) { form, _ in form.focused = max(0, form.focused - 1) },
        Binding(.chooseOurs, [.character("1"), .left], .helpChooseOurs) { form, _ in form.choices[form.focused] = .ours },
        Binding(.chooseTheirs, [.character("2"), .right], .helpChooseTheirs) { form, _ in
            form.choices[form.focused] = .theirs
        },
        Binding(.typeOwn, [.character("e")], .helpTypeOwn) { form, _ in
            if !form.conflicts[form.focused].field.isEmpty { form.typing = form.conflicts[form.focused].ours ?? "" }
        },
        Binding(.save, [.enter, .ctrl("s")], .helpSaveChoices) { form, ws in form.save(&ws) },
        Binding(.cancel, [.escape], .helpLater) { form, ws in
            ws.request(.close)
            // A save that met the conflict goes back to its form, as typed: Esc must not throw an edit away.
            if case .save = form.purpose, let typed = form.returnTo {
                ws.present(typed)
                ws.notice = ws.strings(.conflictBackToForm)
            } else {
                ws.notice = ws.strings(.notSaved)
            }
        },
    ])

    /// Saves the chosen values against the version on disk; a new collision opens a new conflict form.
    private func save(_ workspace: inout Workspace) {
        do throws(StoreWriteError) {
            switch purpose {
            case .save(let path):
                // A note that names values ("Reden: volgens plan") says so when another value was chosen.
                let note = journalNote.map { note in
                    choices.allSatisfy { $0 == .ours } ? note : note + " " + workspace.strings(.journalAfterConflict)
                }
                try workspace.write(.update(path, base: disk, RecordMerge.resolve(merged, resolutions), undoable: false,
                                            journalNote: note))
            case .copy(let pending):
                try workspace.resolve(pending, choices: resolutions)
            }
            workspace.request(.close)
        } catch {
            workspace.notice = workspace.strings(.saveFailed, workspace.describe(error))
        }
    }
}

extension KeyContext {
    /// Choosing between two values after a conflict.
    static let conflict = KeyContext("conflict", heading: .contextConflict)
}

extension Command {
    static let chooseOurs = Command("choose-ours")
    static let chooseTheirs = Command("choose-theirs")
    static let typeOwn = Command("type-own")
}
