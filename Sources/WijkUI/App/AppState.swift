import WijkDomain
import WijkStore

/// Everything the main screen shows and how keys change it; rendering reads it, never changes it.
public struct AppState: Sendable {
    public internal(set) var snapshot: StoreSnapshot
    public var viewer: Worker?
    public var isDemo: Bool
    /// The store as shown in the top bar (home folder abbreviated).
    public var storeLabel: String
    public var strings: Strings
    public var keyMap: KeyMap
    /// A one-off notice for the status bar (cleared by the next key).
    public var notice: String?
    /// This workstation's name, as other workstations see it in presence.
    public var workstation: String = ""
    /// Who has which household open where, as last read from the store.
    public private(set) var presence: [Presence] = []

    public internal(set) var focus: Pane = .caseload
    public internal(set) var scope: CaseloadScope = .team
    public private(set) var caseload: Caseload
    public internal(set) var caseloadList = ListState()
    public private(set) var planList = ListState()
    public private(set) var resourcesList = ListState()
    public internal(set) var overlay: Overlay?
    /// The form being filled in, drawn over the panes.
    public internal(set) var form: Form?
    /// A conflict waiting for the person's choice, drawn over everything.
    public internal(set) var conflict: ConflictForm?
    /// Conflict copies of sync tools that need a person's choice.
    public internal(set) var pendingCopies: [ConflictMerge.Pending] = []
    /// Writes to the store; nil where the store is only looked at (screen tests).
    public var writer: StoreWriter?
    /// Where every sign-in, opening, search and change is recorded; nil in screen tests.
    public var audit: AuditLog?
    /// Whether the work shows, or the sign-in or lock screen.
    public internal(set) var gate: Gate = .open
    /// When the last key was pressed, for the idle lock.
    var lastActivity: Timestamp
    /// Restricted households opened through emergency access in this session.
    public internal(set) var grants: Set<String> = []
    /// Emergency accesses to households, from the audit trail, for their regisseur to see.
    public internal(set) var emergencyLog: [AuditEvent] = []
    /// The household whose opening was last recorded in the audit trail.
    var auditedOpen: String?
    /// Changes of this session that `u` can take back, last on top.
    var undoStack: [UndoStep] = []
    /// The audit trail as read when a beheerder opened it, and where its chains break.
    public internal(set) var auditEvents: [AuditEvent] = []
    public internal(set) var auditBreaks: [AuditLog.Break] = []
    /// Resources in list order (low-threshold first, then by name) and their search keys.
    public private(set) var resourceOrder: [Int] = []
    private var resourceKeys: [String] = []
    public private(set) var visibleResources: [Int] = []
    /// The household whose plan the plan list state belongs to.
    private var planHousehold: String?
    /// Where each household is in `snapshot.dossiers`.
    private var dossierIndex: [String: Int] = [:]

    public init(snapshot: StoreSnapshot, viewer: Worker?, isDemo: Bool = false, storeLabel: String,
                strings: Strings = Strings(), keyMap: KeyMap = .standard, now: LocalTime) {
        self.lastActivity = now.instant
        self.snapshot = snapshot
        self.viewer = viewer
        self.isDemo = isDemo
        self.storeLabel = storeLabel
        self.strings = strings
        self.keyMap = keyMap
        self.caseload = Caseload(snapshot: snapshot, viewer: viewer, day: now.day, strings: strings)
        indexResources()
        caseload.apply(scope: scope, viewer: viewer?.id, filter: "")
        visibleResources = resourceOrder
        planHousehold = selectedDossier?.id
        dossierIndex = Dictionary(snapshot.dossiers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    // MARK: presence

    /// The household this worker is working in: the plan has the focus.
    public var openHousehold: String? {
        gate == .open && focus == .plan ? selectedDossier?.id : nil
    }

    /// Colleagues (other workers, or this worker elsewhere) who have the selected household open now.
    public func colleaguesHere(now: LocalTime) -> [Presence] {
        guard let id = selectedDossier?.id else { return [] }
        return presence.filter { p in
            p.household == id && p.isFresh(at: now.instant)
                && !(p.worker == viewer?.id && p.workstation == workstation)
        }
    }

    public mutating func setPresence(_ list: [Presence]) { presence = list }

    // MARK: changes on disk

    /// Reads again the parts of the store under `paths` (relative to the store) after a change on disk,
    /// keeping the selection, the scroll positions and any open form or overlay.
    public mutating func reload(_ paths: Set<String>, size: Size, now: LocalTime) {
        let selectedId = selectedRow.map { snapshot.dossiers[$0.dossier].id }
        let selectedResourceId = selectedResource?.id
        if paths.contains(where: { $0.hasPrefix(StoreLayout.presence) || $0.isEmpty }) {
            presence = Presence.readAll(in: snapshot.root)
        }
        if paths.contains("") || paths.contains(StoreLayout.infoFile) {
            if let fresh = try? StoreReader.read(snapshot.root) { replaceSnapshot(fresh) }
        } else {
            var rebuild = false
            for part in Set(paths.compactMap(StoreReader.part(of:))) {
                let read = StoreReader.read(part, in: snapshot.root)
                snapshot.problems.removeAll { $0.path.hasPrefix(read.prefix) }
                snapshot.problems += read.problems
                switch part {
                case .team:
                    snapshot.workers = read.workers ?? []
                    rebuild = true
                case .resources:
                    snapshot.resources = read.resources ?? []
                    indexResources()
                case .requests:
                    snapshot.requests = read.requests ?? []
                case .household(let id):
                    if let index = dossierIndex[id] {
                        if let dossier = read.dossier {
                            snapshot.dossiers[index] = dossier
                            if !rebuild { caseload.update(dossier: index, snapshot: snapshot, viewer: viewer, strings: strings, grants: grants) }
                        } else {
                            snapshot.dossiers.remove(at: index)
                            dossierIndex = Dictionary(snapshot.dossiers.enumerated().map { ($1.id, $0) },
                                                      uniquingKeysWith: { a, _ in a })
                            rebuild = true
                        }
                    } else if let dossier = read.dossier {
                        snapshot.dossiers.append(dossier)
                        dossierIndex[id] = snapshot.dossiers.count - 1
                        if !rebuild {
                            caseload.update(dossier: snapshot.dossiers.count - 1, snapshot: snapshot, viewer: viewer,
                                            strings: strings, grants: grants)
                        }
                    }
                }
            }
            snapshot.problems.sort { ($0.path, $0.line) < ($1.path, $1.line) }
            if rebuild { replaceSnapshot(snapshot) }
        }
        refilter(.resources, size: size, now: now)
        if let selectedId, let index = caseload.visible.firstIndex(where: { caseload.rows[$0].dossier == dossierIndex[selectedId] }) {
            caseloadList.selected = index
        }
        if let selectedResourceId,
           let index = visibleResources.firstIndex(where: { snapshot.resources[$0].id == selectedResourceId }) {
            resourcesList.selected = index
        }
        clampAll(size: size, now: now)
        let newCopies = snapshot.conflictCopies.filter { path in !pendingCopies.contains { $0.copy.path == path } }
        if !newCopies.isEmpty { mergeConflictCopies(newCopies, size: size, now: now) }
    }

    /// Starts over from `fresh`: every derived list is built again.
    mutating func replaceSnapshot(_ fresh: StoreSnapshot) {
        snapshot = fresh
        dossierIndex = Dictionary(snapshot.dossiers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        caseload = Caseload(snapshot: snapshot, viewer: viewer, day: caseload.day, strings: strings, grants: grants)
        caseload.apply(scope: scope, viewer: viewer?.id, filter: caseloadList.filter)
        indexResources()
    }

    // MARK: what is selected

    /// The caseload row under the selection, if any.
    public var selectedRow: CaseloadRow? {
        guard caseloadList.selected < caseload.visible.count else { return nil }
        return caseload.rows[caseload.visible[caseloadList.selected]]
    }

    /// The dossier of the selected household, when the viewer may open it.
    public var selectedDossier: Dossier? {
        guard let row = selectedRow, row.isOpenToViewer else { return nil }
        return snapshot.dossiers[row.dossier]
    }

    /// The plan rows of the selected household, after the plan's filter.
    public func planRows(now: LocalTime) -> [PlanRow] {
        guard let dossier = selectedDossier else { return [] }
        let seesAccesses = viewer?.id == dossier.household.regisseur || viewer?.role == .coordinator
        let accesses = seesAccesses ? emergencyLog.filter { $0.object == dossier.id } : []
        let all = PlanDocument.rows(for: dossier, snapshot: snapshot, now: now.day, strings: strings,
                                    emergencyAccesses: accesses, complete: !planList.filter.isEmpty)
        let words = Folding.queryWords(planList.filter)
        guard !words.isEmpty else { return all }
        let matching = all.filter { $0.isSelectable && Folding.matches($0.searchKey, query: words) }
        let sections = Set(matching.map(\.section))
        return all.filter { row in
            row.kind == .sectionHeader ? sections.contains(row.section) : matching.contains(row)
        }
    }

    /// The resource under the selection in the sociale kaart.
    public var selectedResource: Resource? {
        guard resourcesList.selected < visibleResources.count else { return nil }
        return snapshot.resources[visibleResources[resourcesList.selected]]
    }

    /// The list state of `pane`.
    public func list(_ pane: Pane) -> ListState {
        switch pane {
        case .caseload: return caseloadList
        case .plan: return planList
        case .resources: return resourcesList
        }
    }

    /// Whether a filter is being typed in the focused pane.
    public var isEditingFilter: Bool { list(focus).isEditingFilter }

    // MARK: keys

    /// Applies one key. Returns false when the user asked to quit.
    public mutating func handle(_ key: Key, size: Size, now: LocalTime) -> Bool {
        if key == .resize {
            clampAll(size: size, now: now)
            return true
        }
        lastActivity = now.instant
        if gate != .open { return handleGate(key, now: now) }
        notice = nil
        let keepGoing = handleOpen(key, size: size, now: now)
        if keepGoing && gate == .open { recordOpening(now: now) }
        if !keepGoing && viewer != nil { record(.signOut, now: now) }
        return keepGoing
    }

    /// Keys while the work shows.
    private mutating func handleOpen(_ key: Key, size: Size, now: LocalTime) -> Bool {
        if now.day != caseload.day { refreshCaseload(day: now.day) }
        let layout = Layout.compute(size: size, focus: focus)
        if conflict != nil {
            handleConflict(key, size: size, now: now)
            return true
        }
        if form != nil {
            handleForm(key, size: size, now: now)
            return true
        }
        if overlay != nil {
            if key == .ctrl("c") { return false }
            handleOverlay(key, size: size, now: now)
            return true
        }
        if isEditingFilter {
            if key == .ctrl("c") { return false }
            handleFilterInput(key, layout: layout, now: now)
            return true
        }
        var contexts: [KeyContext] = [.list, .global]
        if focus == .caseload { contexts.insert(.caseload, at: 0) }
        if focus == .plan { contexts.insert(.plan, at: 0) }
        if size.isBelowMinimum { contexts = [.global] }
        guard let command = keyMap.command(for: key, in: contexts) else { return true }
        return run(command, size: size, now: now)
    }

    /// Carries out `command`. Returns false for quit.
    public mutating func run(_ command: Command, size: Size, now: LocalTime) -> Bool {
        let layout = Layout.compute(size: size, focus: focus)
        let height = layout.listHeight(focus)
        switch command {
        case .moveDown: move(by: 1, height: height, now: now)
        case .moveUp: move(by: -1, height: height, now: now)
        case .pageDown: move(by: max(1, height - 1), height: height, now: now)
        case .pageUp: move(by: -max(1, height - 1), height: height, now: now)
        case .first: move(by: -Int.max / 2, height: height, now: now)
        case .last: move(by: Int.max / 2, height: height, now: now)
        case .nextPane: setFocus(Pane(rawValue: (focus.rawValue + 1) % 3)!, size: size, now: now)
        case .previousPane: setFocus(Pane(rawValue: (focus.rawValue + 2) % 3)!, size: size, now: now)
        case .focusCaseload: setFocus(.caseload, size: size, now: now)
        case .focusPlan: setFocus(.plan, size: size, now: now)
        case .focusResources: setFocus(.resources, size: size, now: now)
        case .open: open(size: size, now: now)
        case .back: back(size: size, now: now)
        case .filter: setList(focus) { $0.isEditingFilter = true }
        case .cycleScope:
            let all = CaseloadScope.allCases
            scope = all[(all.firstIndex(of: scope)! + 1) % all.count]
            caseloadList.selected = 0
            caseloadList.top = 0
            refilter(.caseload, size: size, now: now)
        case .showProblems: overlay = .problems(scroll: 0)
        case .help: overlay = .help(scroll: 0)
        case .quit: return false
        case .edit:
            if !runPlanCommand(.edit, now: now) { startEditingHousehold() }
        case .resolveConflicts: openNextPendingCopy()
        case .settings: startEditingSettings()
        case .newWorker, .toggleActive, .resetPin: break
        case .undo: undoLast(size: size, now: now)
        case .newHousehold, .newJournal, .newMember, .removeMember, .score, .newGoal, .newAction, .newExpense, .setBudget,
             .closeOrReopen, .handover:
            _ = runPlanCommand(command, now: now)
        case .lock: lock(now: now)
        case .signOut: signOut(now: now)
        case .team:
            if viewer?.may(.manageTeam) == true { overlay = .team(selected: 0) } else { notice = strings(.notAllowed) }
        case .auditTrail:
            if viewer?.may(.readAudit) == true {
                auditEvents = AuditLog.read(root: snapshot.root).entries.map(\.event)
                auditBreaks = AuditLog.verify(root: snapshot.root)
                overlay = .audit(scroll: 0)
            } else {
                notice = strings(.notAllowed)
            }
        case .acceptFilter, .clearFilter, .close, .save, .cancel, .nextField, .previousField, .chooseOurs,
             .chooseTheirs, .typeOwn:
            break
        }
        return true
    }

    // MARK: editing

    private mutating func startEditingHousehold() {
        guard let dossier = selectedDossier, let writer else { return }
        let path = StoreLayout.households + "/" + dossier.id + "/" + StoreLayout.householdFile
        do {
            guard let base = try writer.read(path) else { return }
            form = HouseholdForm.make(dossier.household, workers: snapshot.workers, path: path, base: base, strings)
        } catch {
            notice = strings(.saveFailed, describe(error))
        }
    }

    private mutating func handleForm(_ key: Key, size: Size, now: LocalTime) {
        guard var current = form else { return }
        let command = key == .ctrl("c") ? .cancel : keyMap.command(for: key, in: [.form])
        switch current.handle(key, command: command) {
        case .editing:
            form = current
        case .cancel:
            form = nil
            notice = strings(.notSaved)
        case .save:
            form = current
            saveForm(current, size: size, now: now)
        }
    }

    private mutating func handleConflict(_ key: Key, size: Size, now: LocalTime) {
        guard var current = conflict else { return }
        let command = key == .ctrl("c") ? .cancel : keyMap.command(for: key, in: [.conflict])
        switch current.handle(key, command: command) {
        case .editing:
            conflict = current
        case .cancel:
            conflict = nil
            notice = strings(.notSaved)
        case .save:
            guard let writer else { return }
            do {
                switch current.purpose {
                case .save(let path):
                    let outcome = try writer.save(path, base: current.disk,
                                                  ours: RecordMerge.resolve(current.merged, current.resolutions))
                    conflict = nil
                    take(outcome, purpose: .save(path: path), size: size, now: now)
                case .copy(let pending):
                    let outcome = try ConflictMerge(writer: writer).resolve(pending, choices: current.resolutions,
                                                                           at: now.instant)
                    conflict = nil
                    pendingCopies.removeAll { $0.copy == pending.copy }
                    take(outcome, purpose: .save(path: pending.copy.original), size: size, now: now)
                }
            } catch {
                notice = strings(.saveFailed, describe(error))
            }
        }
    }

    /// After a save: record it, reload what was written, or ask about the fields that collided.
    mutating func take(_ outcome: SaveOutcome, purpose: ConflictForm.Purpose, size: Size, now: LocalTime) {
        let path: String
        switch purpose {
        case .save(let p): path = p
        case .copy(let pending): path = pending.copy.original
        }
        switch outcome {
        case .saved:
            record(.change, object: AppState.objectId(of: path), now: now)
            notice = strings(.saved)
            reload([path], size: size, now: now)
        case .conflicts(let merged, let conflicts, let disk):
            record(.change, object: AppState.objectId(of: path), outcome: .conflict, now: now)
            conflict = ConflictForm(purpose: purpose, subject: subjectName(path), conflicts: conflicts, merged: merged,
                                    disk: disk)
        }
    }

    /// Merges the conflict copies sync tools left (`paths`, relative to the store); those needing a choice wait.
    public mutating func mergeConflictCopies(_ paths: [String], size: Size, now: LocalTime) {
        guard let writer, !paths.isEmpty else { return }
        let report = ConflictMerge(writer: writer).run(paths, at: now.instant)
        for pending in report.pending where !pendingCopies.contains(where: { $0.copy == pending.copy }) {
            pendingCopies.append(pending)
        }
        if !report.merged.isEmpty {
            notice = strings(.conflictsMerged, String(report.merged.count))
            reload(Set(report.merged.flatMap { [$0.original, $0.path] }), size: size, now: now)
        }
    }

    private mutating func openNextPendingCopy() {
        guard let pending = pendingCopies.first else { return }
        conflict = ConflictForm(purpose: .copy(pending), subject: subjectName(pending.copy.original),
                                conflicts: pending.conflicts, merged: pending.merged, disk: pending.disk)
    }

    /// How a person knows the file at `path`: `huishouden De Vries` for household files, the path otherwise.
    func subjectName(_ path: String) -> String {
        if case .household(let id)? = StoreReader.part(of: path), let index = dossierIndex[id],
           Access.canOpen(snapshot.dossiers[index].household, as: viewer) {
            return snapshot.dossiers[index].household.name
        }
        return path
    }

    func describe(_ error: StoreWriteError) -> String {
        switch error {
        case .unreadableOnDisk(let problem): return problem.location + ": " + strings(.problem(problem.kind))
        case .io(let path, let reason): return path + ": " + reason
        case .exists(let path): return path
        }
    }

    // MARK: private

    private mutating func handleOverlay(_ key: Key, size: Size, now: LocalTime) {
        guard let current = overlay else { return }
        if case .team(let selected) = current {
            handleTeam(key, selected: selected, size: size, now: now)
            return
        }
        if case .confirm(let confirmation) = current {
            let yes = [Key.character("j"), .character("J"), .character("y"), .character("Y")].contains(key)
            answer(confirmation, yes: yes, size: size, now: now)
            return
        }
        let command = keyMap.command(for: key, in: [.overlay, .list])
        let page = max(1, size.rows - 8)
        switch command {
        case .close?, .back?, .quit?, .help?: overlay = nil
        case .moveDown?: overlay = current.scrolled(to: current.scroll + 1)
        case .moveUp?: overlay = current.scrolled(to: max(0, current.scroll - 1))
        case .pageDown?: overlay = current.scrolled(to: current.scroll + page)
        case .pageUp?: overlay = current.scrolled(to: max(0, current.scroll - page))
        case .first?: overlay = current.scrolled(to: 0)
        case .last?: overlay = current.scrolled(to: Int.max / 2)
        default: break
        }
    }

    private mutating func handleFilterInput(_ key: Key, layout: Layout, now: LocalTime) {
        let pane = focus
        let size = Size(columns: layout.topBar.width, rows: layout.statusBar.y + 1)
        switch keyMap.command(for: key, in: [.filter]) {
        case .acceptFilter?:
            setList(pane) { $0.isEditingFilter = false }
            if !list(pane).filter.isEmpty { record(.search, object: String(describing: pane), now: now) }
            return
        case .clearFilter?:
            setList(pane) { $0.isEditingFilter = false; $0.filter = "" }
            refilter(pane, size: size, now: now)
            return
        default:
            break
        }
        switch key {
        case .character(let c):
            setList(pane) { $0.filter.append(c) }
        case .backspace:
            setList(pane) { if !$0.filter.isEmpty { $0.filter.removeLast() } }
        case .ctrl("u"):
            setList(pane) { $0.filter = "" }
        case .ctrl("w"):
            setList(pane) { list in
                while list.filter.last == " " { list.filter.removeLast() }
                while let last = list.filter.last, last != " " { list.filter.removeLast() }
            }
        case .up:
            move(by: -1, height: layout.listHeight(pane), now: now)
            return
        default:
            return
        }
        setList(pane) { $0.selected = 0; $0.top = 0 }
        refilter(pane, size: size, now: now)
    }

    private mutating func setFocus(_ pane: Pane, size: Size, now: LocalTime) {
        if pane == .plan && selectedDossier == nil && focus == .caseload, let row = selectedRow, !row.isOpenToViewer {
            notice = strings(.restrictedExplanation)
        }
        focus = pane
        clampAll(size: size, now: now)
    }

    private mutating func open(size: Size, now: LocalTime) {
        switch focus {
        case .caseload:
            if let row = selectedRow, !row.isOpenToViewer {
                form = EmergencyForm.make(household: snapshot.dossiers[row.dossier].id, strings)
            } else if selectedDossier != nil {
                setFocus(.plan, size: size, now: now)
            }
        case .plan:
            let rows = planRows(now: now)
            if planList.selected < rows.count, let detail = rows[planList.selected].detail {
                overlay = .detail(detail, scroll: 0)
            }
        case .resources:
            if let resource = selectedResource {
                overlay = .detail(AppState.detail(of: resource, strings), scroll: 0)
            }
        }
    }

    private mutating func back(size: Size, now: LocalTime) {
        if !list(focus).filter.isEmpty {
            setList(focus) { $0.filter = "" }
            refilter(focus, size: size, now: now)
        } else if focus != .caseload {
            setFocus(.caseload, size: size, now: now)
        }
    }

    private mutating func move(by delta: Int, height: Int, now: LocalTime) {
        switch focus {
        case .caseload:
            caseloadList.move(by: delta, count: caseload.visible.count, height: height)
            syncPlan()
        case .resources:
            resourcesList.move(by: delta, count: visibleResources.count, height: height)
        case .plan:
            let rows = planRows(now: now)
            var target = min(max(planList.selected + delta, 0), max(0, rows.count - 1))
            // Land on a selectable row, searching onward in the direction of travel, then back.
            let step = delta >= 0 ? 1 : -1
            var probe = target
            while probe >= 0 && probe < rows.count && !rows[probe].isSelectable { probe += step }
            if probe < 0 || probe >= rows.count {
                probe = target
                while probe >= 0 && probe < rows.count && !rows[probe].isSelectable { probe -= step }
            }
            if probe >= 0 && probe < rows.count { target = probe }
            planList.select(target, count: rows.count, height: height)
            // Show the section heading above the first item of a section when scrolling up to it.
            if delta < 0, target > 0, rows[target - 1].kind == .sectionHeader, planList.top == target {
                planList.top = max(0, target - 2)
            }
        }
    }

    /// Resets the plan's selection when another household is selected.
    private mutating func syncPlan() {
        let id = selectedDossier?.id
        if id != planHousehold {
            planHousehold = id
            planList = ListState()
        }
    }

    private mutating func refilter(_ pane: Pane, size: Size, now: LocalTime) {
        switch pane {
        case .caseload:
            caseload.apply(scope: scope, viewer: viewer?.id, filter: caseloadList.filter)
            syncPlan()
        case .resources:
            let words = Folding.queryWords(resourcesList.filter)
            visibleResources = resourceOrder.filter { words.isEmpty || Folding.matches(resourceKeys[$0], query: words) }
        case .plan:
            // Land on the first row that can be selected, not on a section heading.
            let rows = planRows(now: now)
            planList.selected = rows.firstIndex(where: \.isSelectable) ?? 0
            planList.top = 0
        }
        clampAll(size: size, now: now)
    }

    private mutating func refreshCaseload(day: Day) {
        let selectedId = selectedRow.map { snapshot.dossiers[$0.dossier].id }
        caseload = Caseload(snapshot: snapshot, viewer: viewer, day: day, strings: strings, grants: grants)
        caseload.apply(scope: scope, viewer: viewer?.id, filter: caseloadList.filter)
        if let selectedId,
           let index = caseload.visible.firstIndex(where: { snapshot.dossiers[caseload.rows[$0].dossier].id == selectedId }) {
            caseloadList.selected = index
        }
    }

    /// Keeps every selection inside its list and on screen after a change of size, focus or filter.
    private mutating func clampAll(size: Size, now: LocalTime) {
        let layout = Layout.compute(size: size, focus: focus)
        caseloadList.select(caseloadList.selected, count: caseload.visible.count, height: layout.listHeight(.caseload))
        resourcesList.select(resourcesList.selected, count: visibleResources.count,
                             height: layout.listHeight(.resources))
        let planCount = planRows(now: now).count
        planList.select(planList.selected, count: planCount, height: layout.listHeight(.plan))
        syncPlan()
    }

    private mutating func setList(_ pane: Pane, _ change: (inout ListState) -> Void) {
        switch pane {
        case .caseload: change(&caseloadList)
        case .plan: change(&planList)
        case .resources: change(&resourcesList)
        }
    }

    private mutating func indexResources() {
        let t = strings
        resourceKeys = snapshot.resources.map { r in
            Folding.fold(([r.name, r.kind, r.address, r.description, t(.resourceLevel(r.level))]
                          + r.domains.map { t(.domain($0)) }).joined(separator: " "))
        }
        let sortKeys = snapshot.resources.map { Folding.fold($0.name) }
        resourceOrder = snapshot.resources.indices.sorted { a, b in
            let ra = snapshot.resources[a], rb = snapshot.resources[b]
            if ra.level != rb.level { return ra.level == .basic }
            return sortKeys[a] < sortKeys[b]
        }
    }

    static func detail(of resource: Resource, _ t: Strings) -> Detail {
        let fields: [(label: String, value: String)] = [
            (t(.detailKind), resource.kind), (t(.detailLevel), t(.resourceLevel(resource.level))),
            (t(.detailDomains), resource.domains.map { t(.domain($0)) }.joined(separator: ", ")),
            (t(.detailAddress), resource.address), (t(.detailPhone), resource.phone),
            (t(.detailEmail), resource.email), (t(.detailHours), resource.hours),
        ]
        return Detail(title: resource.name, fields: fields.filter { !$0.value.isEmpty }, body: resource.description)
    }
}
