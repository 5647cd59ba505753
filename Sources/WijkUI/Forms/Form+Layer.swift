import WijkDomain

/// A form as a window over the panes: typing edits the focused field, the form keys move and save.
extension Form: Layer {
    public var cancelsOnInterrupt: Bool { true }
    public var keepsStatusHints: Bool { false }

    public mutating func handle(_ key: Key, _ workspace: inout Workspace) {
        if confirmingDiscard {
            confirmingDiscard = false
            if [Key.character("j"), .character("J"), .character("y"), .character("Y")].contains(key) {
                close(&workspace)
            }
            return
        }
        // A multi-line field takes every key but those that leave it or save.
        if var editor = editors[focused], key != .tab, key != .backTab, key != .escape, key != .ctrl("s") {
            switch key {
            case .enter: editor.newline()
            case .character(let c): editor.insert(c)
            case .backspace: editor.backspace()
            case .delete: editor.delete()
            case .left: editor.left()
            case .right: editor.right()
            case .up: editor.vertical(-1, width: Form.multilineWidth)
            case .down: editor.vertical(1, width: Form.multilineWidth)
            case .home, .ctrl("a"): editor.home()
            case .end, .ctrl("e"): editor.end()
            default: break
            }
            editors[focused] = editor
            fields[focused].value = editor.text
            errors[focused] = nil
            return
        }
        let command = key == .ctrl("c") ? .cancel : workspace.keyMap.command(for: key, in: [.form])
        if let command, Form.bindings.run(command, &self, &workspace) { return }
        // On the projector a value shown as initials or dots is not typed in blind.
        if let projection, projection.locks(fields[focused]) {
            workspace.notice = workspace.strings(.projectorFieldLocked)
            return
        }
        edit(key)
    }

    public func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        FormView.draw(&screen, self, strings: workspace.strings)
    }

    static let bindings = BindingGroup<Form>(.form, [
        Binding(.save, [.enter, .ctrl("s")], .helpSave) { form, ws in form.save(&ws) },
        Binding(.cancel, [.escape], .helpCancel) { form, ws in
            if form.hasChanges { form.confirmingDiscard = true } else { form.close(&ws) }
        },
        Binding(.nextField, [.tab, .down], .helpNextField) { form, _ in form.focus(form.focused + 1) },
        Binding(.previousField, [.backTab, .up], .helpPreviousField) { form, _ in form.focus(form.focused - 1) },
    ])

    /// Checks the fields and writes what the form says; closes when done.
    private mutating func save(_ workspace: inout Workspace) {
        guard validate() else { return }
        if let vetting, let window = vetting(self, workspace) {
            // The window holds the form and gives it back as it was on Esc.
            workspace.request(.close)
            workspace.present(window)
            return
        }
        guard var submission = submit(self, workspace) else { return }
        if submission.label == nil { submission.label = title }
        workspace.formBeingSaved = self
        defer { workspace.formBeingSaved = nil }
        if workspace.submit(submission) { workspace.request(.close) }
    }

    /// Closes without saving.
    private func close(_ workspace: inout Workspace) {
        workspace.notice = workspace.strings(.notSaved)
        workspace.request(.close)
    }
}

extension KeyContext {
    /// In a form.
    static let form = KeyContext("form", heading: .contextForm)
}

extension Command {
    static let save = Command("save")
    static let cancel = Command("cancel")
    static let nextField = Command("next-field")
    static let previousField = Command("previous-field")
}
