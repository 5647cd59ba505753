import WijkDomain

/// Before a household is made, or its address or a member's BSN changed: the households it may already be,
/// with why, their regisseur and status. Enter opens the one selected instead (or links the request the new
/// household came from to it); `a` keeps the new one apart, with a reason, which a coordinator gives where an
/// open household shares the address or a BSN; Esc goes back to the form as it was.
struct KnownHouseholdScreen: Layer, KeyTarget, ListTarget {
    /// The form that was being saved; back on Esc, and again with a reason field on `a`.
    var form: Form
    var matches: [HouseholdMatcher.Match]
    /// The request the new household is made from: Enter links it to the household selected.
    var request: String?
    /// Whether the form changes a household that exists (its address, a member's BSN) rather than making one.
    var isEdit = false
    var selected = 0

    static let keyGroups: [BindingGroup<KnownHouseholdScreen>] = [bindings, ListBindings.group()]

    static let bindings = BindingGroup<KnownHouseholdScreen>(.knownHousehold, [
        ListBindings.open(help: .helpOpenKnownHousehold),
        Binding(.keepApart, [.character("a")], .helpKeepApart) { s, ws in s.keepApart(&ws) },
        Binding(.close, [.escape, .character("q")], .helpBackToForm) { s, ws in s.back(&ws) },
    ])

    var cancelsOnInterrupt: Bool { true }

    mutating func handle(_ key: Key, _ workspace: inout Workspace) {
        if key == .ctrl("c") { return back(&workspace) }
        _ = runBinding(key, &workspace)
    }

    mutating func catchUp(_ changes: StoreChanges, _ workspace: Workspace) {
        guard changes.touchesTriage else { return }
        matches = matches.filter { workspace.dossier($0.household) != nil }
        selected = min(selected, max(0, matches.count - 1))
    }

    mutating func move(by delta: Int, _ workspace: inout Workspace) {
        selected = min(max(0, matches.count - 1), max(0, selected.addingReportingOverflow(delta).partialValue))
    }

    func pageSize(_ workspace: Workspace) -> Int { max(1, OverlayView.frame(for: workspace.size).height - 8) }

    /// Esc: the form again, with everything typed in it.
    mutating func back(_ workspace: inout Workspace) {
        workspace.request(.close)
        workspace.present(form)
    }

    /// Enter: the household selected instead of a new one; the request linked to it when there is one.
    mutating func open(_ workspace: inout Workspace) {
        guard selected < matches.count, let dossier = workspace.dossier(matches[selected].household) else { return }
        guard Access.canOpen(dossier.household, as: workspace.viewer, grants: workspace.grants) else {
            workspace.notice = workspace.strings(.keepApartNeedsCoordinator)
            return
        }
        if let request {
            if dossier.household.status == .closed {
                workspace.request(.close)
                workspace.present(Question(text: workspace.strings(.confirmReopenLink, shown(dossier.household, workspace))) { ws in
                    ws.link(request, to: dossier)
                })
            } else if workspace.link(request, to: dossier) {
                workspace.request(.close)
            }
            return
        }
        workspace.request(.close)
        workspace.notice = workspace.strings(.notSavedOpenedKnown)
        // On the projector the meeting stays on screen: the household is found there by its agenda item.
        if workspace.projector == nil { workspace.request(.openPlan(household: dossier.id)) }
    }

    /// Whether only a coordinator may keep apart: an open household shares the address or a member's BSN, or
    /// one the viewer may not see is among the matches (whatever it shares stays unsaid).
    func needsCoordinator(_ workspace: Workspace) -> Bool {
        guard workspace.viewer?.may(.triage) != true else { return false }
        return matches.contains { match in
            guard let household = workspace.dossier(match.household)?.household else { return false }
            if !Access.canOpen(household, as: workspace.viewer) { return true }
            return household.status != .closed && (match.reasons.contains(.address) || match.reasons.contains(.bsn))
        }
    }

    /// `a`: back to the form with a reason to give; a medewerker may not where `needsCoordinator`.
    mutating func keepApart(_ workspace: inout Workspace) {
        if needsCoordinator(workspace) {
            workspace.notice = workspace.strings(.keepApartNeedsCoordinator)
            return
        }
        var form = form
        form.apartFrom = matches.map(\.household)
        form.fields.append(FormField(key: KnownHouseholdScreen.reasonField, label: workspace.strings(.fieldApartReason),
                                     required: true, value: ""))
        form.note = workspace.strings(.apartNote, matches.compactMap { workspace.dossier($0.household) }
            .map { shown($0.household, workspace) + " (" + $0.id + ")" }.joined(separator: ", "))
        form.focus(form.fields.count - 1)
        workspace.request(.close)
        workspace.present(form)
    }

    /// The field the reason for a second household goes in.
    static let reasonField = "ApartReason"

    /// A household's name as it may show: not at all where it is shielded from the viewer or the room, as
    /// initials on the projector.
    func shown(_ household: Household, _ workspace: Workspace) -> String {
        let shielded = household.confidentiality == .restricted
        if shielded && (workspace.projector != nil || !Access.canOpen(household, as: workspace.viewer)) {
            return workspace.strings(.restrictedName)
        }
        return workspace.projector == nil ? household.name : Pseudonym.initials(household.name)
    }

    var keepsStatusHints: Bool { false }

    /// Two lines a household: `De Vries · Stationsweg 1, Ten Boer`, then `AB · actief — zelfde adres`; the
    /// name of a household the viewer may not open is not shown, nor on the projector any name at all.
    func lines(_ match: HouseholdMatcher.Match, _ dossier: Dossier, _ workspace: Workspace) -> (String, String) {
        let t = workspace.strings
        let household = dossier.household
        let regisseur = workspace.snapshot.worker(household.regisseur)?.initials ?? household.regisseur
        let reasons = match.reasons.map { t(.matchReason($0)) }.joined(separator: ", ")
        // Shielded from the viewer: that there is one, nothing of who, where or why.
        guard Access.canOpen(household, as: workspace.viewer) else { return (t(.restrictedName), t(.shieldedMatch)) }
        // Shielded on the projector: no street, not even as initials.
        if household.confidentiality == .restricted && workspace.projector != nil {
            return (t(.restrictedName) + " · " + household.id, regisseur + " — " + reasons)
        }
        let head = household.name + " · " + household.shortAddress + " · " + household.id
        let tail = regisseur + " · " + t(.householdStatus(household.status)) + " — " + reasons
        guard let projector = workspace.projector else { return (head, tail) }
        let names = projector.pseudonymiser(workspace)
        return (names.scrub(head), names.scrub(tail))
    }

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        let t = workspace.strings
        let frame = OverlayView.frame(for: screen.size)
        let width = frame.width - 4
        let note: Text = isEdit ? .knownNoteEdit : request == nil ? .knownNote : .knownNoteRequest
        var lines: [[Span]] = DisplayWidth.wrap(t(note), width: width).map { [Span($0, .dim)] }
        if needsCoordinator(workspace) {
            lines += DisplayWidth.wrap(t(.keepApartNeedsCoordinatorLong), width: width).map { [Span($0, .warning)] }
        }
        lines.append([])
        let first = lines.count
        for (i, match) in matches.enumerated() {
            guard let dossier = workspace.dossier(match.household) else { continue }
            let (head, tail) = self.lines(match, dossier, workspace)
            lines.append([Span(DisplayWidth.fit((i == selected ? PaneChrome.marker : "  ") + head, to: width),
                               i == selected ? .selected : .normal)])
            lines.append([Span(DisplayWidth.fit("    " + tail, to: width), .dim)])
        }
        let hint = StatusBar.hintText([(.open, request == nil ? .hintOpenKnown : .hintLink)]
                                      + (needsCoordinator(workspace) ? [] : [(.keepApart, .hintKeepApart)])
                                      + [(.close, .hintBackToForm)], workspace, context: .knownHousehold)
        let visible = frame.height - 2
        let scroll = max(0, first + 2 * selected + 2 - visible)
        let top = OverlayView.draw(&screen, frame: frame, title: t(.knownTitle), lines: lines, scroll: scroll, hint: hint)
        screen.cursor = (frame.x + 2, frame.y + 1 + first + 2 * selected - top)
    }
}

extension KeyContext {
    /// Choosing between a household that may already be known and a new one.
    static let knownHousehold = KeyContext("known-household", heading: .contextKnownHousehold)
}

extension Command {
    static let keepApart = Command("keep-apart")
}
