import Foundation
import WijkDomain
import WijkStore

/// The regisseur's daily work in the household plan: members, closing, hand-over, ZRM, goals and actions,
/// journal, budget; and undo.
extension AppState {
    /// The plan row under the selection.
    func selectedPlanRow(now: LocalTime) -> PlanRow? {
        let rows = planRows(now: now)
        return planList.selected < rows.count ? rows[planList.selected] : nil
    }

    func householdPath(_ id: String) -> String { StoreLayout.households + "/" + id + "/" + StoreLayout.householdFile }
    func planPath(_ id: String) -> String { StoreLayout.households + "/" + id + "/" + StoreLayout.planFile }
    func budgetPath(_ id: String) -> String { StoreLayout.households + "/" + id + "/" + StoreLayout.budgetFile }

    /// Opens `form` on the file at `path`, remembering the version it was read as.
    mutating func open(_ form: Form, on path: String) {
        do {
            var form = form
            form.path = path
            form.base = try writer?.read(path)
            self.form = form
        } catch {
            notice = strings(.saveFailed, describe(error))
        }
    }

    /// Runs a plan command for the selected household. Returns true when the command was one of these.
    mutating func runPlanCommand(_ command: Command, now: LocalTime) -> Bool {
        let t = strings
        if command == .newHousehold {
            form = PlanForms.newHousehold(workers: snapshot.workers, viewer: viewer, today: now.day, t)
            return true
        }
        guard let dossier = selectedDossier else {
            if [.newJournal, .newMember, .removeMember, .score, .newGoal, .newAction, .newExpense, .setBudget,
                .closeOrReopen, .handover].contains(command) { return true }
            return false
        }
        let id = dossier.id
        let row = selectedPlanRow(now: now)
        switch command {
        case .newJournal: form = PlanForms.journal(household: id, corrects: nil, today: now.day, t)
        case .newMember: open(PlanForms.member(nil, household: id, t), on: householdPath(id))
        case .removeMember:
            if case .member(let memberId)? = row?.ref, let member = dossier.members.first(where: { $0.id == memberId }) {
                overlay = .confirm(.removeMember(household: id, member: memberId, name: member.name))
            }
        case .score: form = PlanForms.assessment(dossier, today: now.day, isFinal: false, t)
        case .newGoal: open(PlanForms.goal(nil, household: id, t), on: planPath(id))
        case .newAction: open(PlanForms.action(nil, dossier: dossier, resources: snapshot.resources,
                                               regisseurLabel: t(.regisseurLabel).lowercased(), t), on: planPath(id))
        case .newExpense: form = PlanForms.expense(household: id, resources: snapshot.resources, today: now.day, t)
        case .setBudget: open(PlanForms.budget(dossier.budget, household: id, today: now.day, t), on: budgetPath(id))
        case .closeOrReopen:
            if dossier.household.status == .closed {
                overlay = .confirm(.reopen(household: id))
            } else {
                open(PlanForms.close(household: id, t), on: householdPath(id))
            }
        case .handover: open(PlanForms.handover(household: dossier.household, workers: snapshot.workers, t), on: householdPath(id))
        case .edit:
            switch row?.ref {
            case .member(let memberId)?:
                open(PlanForms.member(dossier.members.first { $0.id == memberId }, household: id, t), on: householdPath(id))
            case .goal(let goalId)?:
                open(PlanForms.goal(dossier.goals.first { $0.id == goalId }, household: id, t), on: planPath(id))
            case .action(let actionId)?:
                open(PlanForms.action(dossier.actions.first { $0.id == actionId }, dossier: dossier,
                                      resources: snapshot.resources, regisseurLabel: t(.regisseurLabel).lowercased(), t),
                     on: planPath(id))
            case .journal(let entryId)?:
                form = PlanForms.journal(household: id, corrects: dossier.journal.first { $0.id == entryId },
                                         today: now.day, t)
            case .budget?: open(PlanForms.budget(dossier.budget, household: id, today: now.day, t), on: budgetPath(id))
            case .assessment?: form = PlanForms.assessment(dossier, today: now.day, isFinal: false, t)
            case .household?, nil: return false
            }
        default: return false
        }
        return true
    }

    // MARK: saving

    /// Saves a plan form. Returns false when the form is not one of the plan's.
    mutating func savePlanForm(_ current: Form, size: Size, now: LocalTime) throws(StoreWriteError) -> Bool {
        guard let writer, let worker = viewer else { return false }
        let v = { (key: String) in current.value(key) }
        let day = { (key: String) in Day(dutch: v(key)) }
        switch current.purpose {
        case .newHousehold:
            let id = "h-" + AppState.randomSuffix(6)
            let household = Household(id: id, name: v("Name"), street: v("Street"), postcode: v("Postcode"), city: v("City"),
                                      phone: v("Phone"), email: v("Email"), regisseur: v("Regisseur"),
                                      status: Household.Status(rawValue: v("Status")) ?? .registered,
                                      confidentiality: Household.Confidentiality(rawValue: v("Confidentiality")) ?? .normal,
                                      start: day("Start"), evaluation: day("Evaluation"),
                                      preferredContact: Household.Contact(rawValue: v("PreferredContact")))
            let path = householdPath(id)
            try writer.create(path, [Schema.set("Household", [StoreEncoder.household(household)]), Schema.set("Member", [])])
            form = nil
            record(.create, object: id, now: now)
            notice = strings(.saved)
            reload([path], size: size, now: now)
            if let index = caseload.visible.firstIndex(where: { snapshot.dossiers[caseload.rows[$0].dossier].id == id }) {
                caseloadList.selected = index
                _ = run(.focusPlan, size: size, now: now)
            }
        case .member(let household, let memberId):
            let member = Member(id: memberId ?? "m-" + AppState.randomSuffix(4), name: v("Name"), born: day("Born"),
                                relation: v("Relation"), bsn: v("BSN"), phone: v("Phone"), notes: v("Notes"))
            let ours = AppState.upsert(current.base?.sets ?? [], type: "Member", id: member.id) { StoreEncoder.member(member, updating: $0) }
            try saveFile(householdPath(household), base: current.base, ours: ours, size: size, now: now)
        case .close(let household):
            guard let base = current.base else { return true }
            let reason = Household.CloseReason(rawValue: v("CloseReason")) ?? .other
            let ours = AppState.updating(base.sets, type: "Household") {
                $0.setting([("Status", Household.Status.closed.rawValue), ("Closed", now.day.iso),
                            ("CloseReason", reason.rawValue), ("Satisfaction", v("Satisfaction"))])
            }
            guard try saveFile(householdPath(household), base: base, ours: ours, size: size, now: now) else { return true }
            let satisfaction = v("Satisfaction").isEmpty ? "—" : v("Satisfaction") + "/10"
            try addJournal(household, strings(.journalClosed, strings(.closeReason(reason)), satisfaction, v("Note"))
                .trimmingCharacters(in: .whitespaces), worker: worker, now: now)
            if let dossier = snapshot.dossiers.first(where: { $0.id == household }) {
                form = PlanForms.assessment(dossier, today: now.day, isFinal: true, strings)
            }
        case .handover(let household):
            guard let base = current.base, let dossier = snapshot.dossiers.first(where: { $0.id == household }) else { return true }
            let from = snapshot.worker(dossier.household.regisseur)?.name ?? dossier.household.regisseur
            let to = snapshot.worker(v("Regisseur"))?.name ?? v("Regisseur")
            let ours = AppState.updating(base.sets, type: "Household") { $0.setting("Regisseur", to: v("Regisseur")) }
            guard try saveFile(householdPath(household), base: base, ours: ours, size: size, now: now) else { return true }
            try addJournal(household, strings(.journalHandover, from, to, v("Reason")), worker: worker, now: now)
        case .assessment(let household, let isFinal):
            var scores: [LifeDomain: ZRMScore] = [:]
            for domain in LifeDomain.allCases {
                if let n = Int(v(domain.rawValue)), let score = ZRMScore(rawValue: n) { scores[domain] = score }
            }
            let stamp = makeStamp(worker: worker, now: now)
            let assessment = Assessment(id: stamp, date: day("Date") ?? now.day, assessor: worker.id,
                                        subject: v("Subject").isEmpty ? Assessment.householdSubject : v("Subject"),
                                        scores: scores, isFinal: isFinal)
            try createEntry(household, StoreLayout.assessments, stamp, Schema.set("Assessment", [StoreEncoder.assessment(assessment)]),
                            undo: .assessment(household: household, assessment: stamp), size: size, now: now)
        case .goal(let household, let goalId):
            let goal = Goal(id: goalId ?? "g-" + AppState.randomSuffix(4), domain: LifeDomain(rawValue: v("Domain")) ?? .finances,
                            text: v("Text"), target: Int(v("Target")).flatMap(ZRMScore.init(rawValue:)), due: day("Due"),
                            status: Goal.Status(rawValue: v("Status")) ?? .open)
            let ours = AppState.upsert(current.base?.sets ?? [], type: "Goal", id: goal.id) { StoreEncoder.goal(goal, updating: $0) }
            try saveFile(planPath(household), base: current.base, ours: AppState.ensure(ours, type: "Action"), size: size, now: now)
        case .action(let household, let actionId):
            let action = Action(id: actionId ?? "a-" + AppState.randomSuffix(4), goal: v("Goal"), text: v("Text"),
                                who: Actor(code: v("Who")) ?? .regisseur, due: day("Due"),
                                status: Action.Status(rawValue: v("Status")) ?? .open)
            let ours = AppState.upsert(AppState.ensure(current.base?.sets ?? [], type: "Goal"), type: "Action", id: action.id) {
                StoreEncoder.action(action, updating: $0)
            }
            try saveFile(planPath(household), base: current.base, ours: ours, size: size, now: now)
        case .journal(let household, let corrects):
            let stamp = makeStamp(worker: worker, now: now)
            let entry = JournalEntry(id: stamp, date: day("Date") ?? now.day,
                                     kind: JournalEntry.Kind(rawValue: v("Type")) ?? .note, minutes: Int(v("Minutes")),
                                     author: worker.id, corrects: corrects, text: v("Text"))
            try createEntry(household, StoreLayout.journal, stamp, Schema.set("JournalEntry", [StoreEncoder.journalEntry(entry)]),
                            undo: .journal(household: household, entry: stamp), size: size, now: now)
        case .budget(let household):
            guard let amount = Money(dutch: v("Amount")) else { return true }
            let budget = Budget(amount: amount, from: day("From"), until: day("Until"))
            let ours = AppState.upsert(current.base?.sets ?? [], type: "Budget", id: nil) { StoreEncoder.budget(budget, updating: $0) }
            try saveFile(budgetPath(household), base: current.base, ours: ours, size: size, now: now)
        case .expense(let household):
            guard let amount = Money(dutch: v("Amount")) else { return true }
            let stamp = makeStamp(worker: worker, now: now)
            let expense = Expense(id: stamp, date: day("Date") ?? now.day, kind: Expense.Kind(rawValue: v("Kind")) ?? .expense,
                                  amount: amount, description: v("Description"), domain: LifeDomain(rawValue: v("Domain")),
                                  resource: v("Resource").isEmpty ? nil : v("Resource"), author: worker.id)
            try createEntry(household, StoreLayout.expenses, stamp, Schema.set("Expense", [StoreEncoder.expense(expense)]),
                            undo: .expense(household: household, expense: expense), size: size, now: now)
        default:
            return false
        }
        return true
    }

    /// Saves a changed file; on success the change can be undone. Returns whether it was written.
    @discardableResult
    mutating func saveFile(_ path: String, base: FileVersion?, ours: [RecordSet], size: Size, now: LocalTime,
                           undoable: Bool = true) throws(StoreWriteError) -> Bool {
        guard let writer else { return false }
        let outcome = try writer.save(path, base: base, ours: ours)
        form = nil
        if undoable, case .saved(let written) = outcome {
            undoStack.append(.file(path: path, before: base?.sets ?? [], after: written))
        }
        take(outcome, purpose: .save(path: path), size: size, now: now)
        if case .saved = outcome { return true }
        return false
    }

    /// Creates a file that only grows (journal entry, assessment, expense) for `household`.
    mutating func createEntry(_ household: String, _ folder: String, _ stamp: String, _ set: RecordSet, undo: UndoStep?,
                              size: Size, now: LocalTime) throws(StoreWriteError) {
        guard let writer else { return }
        let path = StoreLayout.households + "/" + household + "/" + folder + "/" + stamp + StoreLayout.recordExtension
        try writer.create(path, [set])
        form = nil
        if let undo { undoStack.append(undo) }
        record(.create, object: household, now: now)
        notice = strings(.saved)
        reload([path], size: size, now: now)
    }

    /// Adds a note to the household's journal, written by the program on the worker's behalf (member removed,
    /// closed, handed over); not undoable on its own.
    mutating func addJournal(_ household: String, _ text: String, worker: Worker, now: LocalTime) throws(StoreWriteError) {
        let stamp = makeStamp(worker: worker, now: now)
        let entry = JournalEntry(id: stamp, date: now.day, kind: .note, author: worker.id, text: text)
        let path = StoreLayout.households + "/" + household + "/" + StoreLayout.journal + "/" + stamp + StoreLayout.recordExtension
        try writer?.create(path, [Schema.set("JournalEntry", [StoreEncoder.journalEntry(entry)])])
        reload([path], size: Size(columns: 80, rows: 24), now: now)
    }

    func makeStamp(worker: Worker, now: LocalTime) -> String {
        var random = SystemRandomNumberGenerator()
        return Stamp.make(at: now.instant, worker: worker.id, workstation: workstation, using: &random)
    }

    /// Random lower-case base-32 characters for new ids, so two workstations never pick the same one.
    static func randomSuffix(_ count: Int) -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        var random = SystemRandomNumberGenerator()
        return String((0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
    }

    /// `sets` with the record of `type` whose `Id` is `id` (nil: the first record) replaced by `change` of it,
    /// or added; the record set is created with its descriptor when missing.
    static func upsert(_ sets: [RecordSet], type: String, id: String?, _ change: (Record) -> Record) -> [RecordSet] {
        var sets = ensure(sets, type: type)
        let s = sets.firstIndex { $0.type == type }!
        let index = id.map { id in sets[s].records.firstIndex { $0["Id"]?.trimmingCharacters(in: .whitespaces) == id } }
            ?? (sets[s].records.isEmpty ? nil : 0)
        if let index {
            sets[s].records[index] = change(sets[s].records[index])
        } else {
            sets[s].records.append(change(Record(fields: [])))
        }
        return sets
    }

    /// `sets` with a (possibly empty) record set of `type`.
    static func ensure(_ sets: [RecordSet], type: String) -> [RecordSet] {
        sets.contains { $0.type == type } ? sets : sets + [Schema.set(type, [])]
    }

    // MARK: confirmations

    mutating func answer(_ confirmation: Overlay.Confirmation, yes: Bool, size: Size, now: LocalTime) {
        overlay = nil
        guard yes, let writer, let worker = viewer else { return }
        do throws(StoreWriteError) {
            switch confirmation {
            case .removeMember(let household, let member, let name):
                let path = householdPath(household)
                guard let base = try writer.read(path) else { return }
                let ours = base.sets.map { set -> RecordSet in
                    guard set.type == "Member" else { return set }
                    var set = set
                    set.records.removeAll { $0["Id"]?.trimmingCharacters(in: .whitespaces) == member }
                    return set
                }
                guard try saveFile(path, base: base, ours: ours, size: size, now: now) else { return }
                try addJournal(household, strings(.journalRemovedMember, name), worker: worker, now: now)
            case .reopen(let household):
                let path = householdPath(household)
                guard let base = try writer.read(path) else { return }
                let ours = AppState.updating(base.sets, type: "Household") {
                    $0.setting([("Status", Household.Status.active.rawValue), ("Closed", nil), ("CloseReason", nil)])
                }
                guard try saveFile(path, base: base, ours: ours, size: size, now: now) else { return }
                try addJournal(household, strings(.journalReopened), worker: worker, now: now)
            }
        } catch {
            notice = strings(.saveFailed, describe(error))
        }
    }

    // MARK: undo

    /// Takes back the last change of this session by writing something new; history is never rewritten.
    mutating func undoLast(size: Size, now: LocalTime) {
        guard let step = undoStack.popLast(), let writer, let worker = viewer else {
            notice = strings(.nothingToUndo)
            return
        }
        do throws(StoreWriteError) {
            switch step {
            case .file(let path, let before, let after):
                // Saving the old records against the version we wrote merges in whatever others changed since.
                try saveFile(path, base: after, ours: before, size: size, now: now, undoable: false)
            case .journal(let household, let entry):
                let stamp = makeStamp(worker: worker, now: now)
                let correction = JournalEntry(id: stamp, date: now.day, kind: .note, author: worker.id, corrects: entry,
                                              text: strings(.journalWithdrawn))
                try createEntry(household, StoreLayout.journal, stamp,
                                Schema.set("JournalEntry", [StoreEncoder.journalEntry(correction)]), undo: nil, size: size, now: now)
            case .expense(let household, let expense):
                let stamp = makeStamp(worker: worker, now: now)
                let reversal = Expense(id: stamp, date: now.day, kind: expense.kind, amount: Money(cents: -expense.amount.cents),
                                       description: strings(.reversalOf, expense.description), domain: expense.domain,
                                       resource: expense.resource, author: worker.id, reverses: expense.id)
                try createEntry(household, StoreLayout.expenses, stamp, Schema.set("Expense", [StoreEncoder.expense(reversal)]),
                                undo: nil, size: size, now: now)
            case .assessment(let household, let assessment):
                let stamp = makeStamp(worker: worker, now: now)
                let withdrawal = Assessment(id: stamp, date: now.day, assessor: worker.id, scores: [:], withdraws: assessment)
                try createEntry(household, StoreLayout.assessments, stamp,
                                Schema.set("Assessment", [StoreEncoder.assessment(withdrawal)]), undo: nil, size: size, now: now)
            }
            if notice == strings(.saved) { notice = strings(.undone) }
        } catch {
            notice = strings(.saveFailed, describe(error))
        }
    }
}
