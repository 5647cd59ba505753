import WijkDomain
import WijkStore

/// Saving what forms collect: households, emergency access, workers, PINs and settings.
extension AppState {
    mutating func saveForm(_ current: Form, size: Size, now: LocalTime) {
        guard let writer else { return }
        do {
            if try savePlanForm(current, size: size, now: now) { return }
            if case .emergency(let household) = current.purpose {
                form = nil
                grantEmergencyAccess(to: household, reason: current.value("Reason"), size: size, now: now)
                return
            }
            if case .worker(nil) = current.purpose {
                form = nil
                try createWorker(current, writer: writer, size: size, now: now)
                return
            }
            guard let path = current.path, let base = current.base else { return }
            let ours: [RecordSet]
            switch current.purpose {
            case .household:
                ours = HouseholdForm.records(from: current, base: base)
            case .worker(let id?):
                ours = AppState.updating(base.sets, type: "Worker") { $0.setting(AppState.workerFields(current)) }
                record(.teamChange, object: id, now: now)
            case .pin(let worker):
                guard let hash = PinHash.make(current.value("Pin")) else { return }
                ours = AppState.updating(base.sets, type: "Worker") { $0.setting("PinHash", to: hash) }
                record(.teamChange, object: worker, now: now)
            case .settings:
                let minutes = Int(current.value("IdleLock")) ?? 5
                ours = AppState.updating(base.sets, type: "Store") {
                    $0.setting([("Team", current.value("Team")), ("IdleLockSeconds", String(max(1, minutes) * 60))])
                }
            default:
                return
            }
            // Team and settings changes are not part of the plan's undo.
            var undoable = false
            if case .household = current.purpose { undoable = true }
            try saveFile(path, base: base, ours: ours, size: size, now: now, undoable: undoable)
        } catch let error as StoreWriteError {
            notice = strings(.saveFailed, describe(error))
        } catch {
            notice = strings(.saveFailed, String(describing: error))
        }
    }

    /// The worker fields a worker form edits.
    static func workerFields(_ form: Form) -> [(String, String?)] {
        [("Name", form.value("Name")), ("Initials", form.value("Initials").uppercased()),
         ("Role", form.value("Role")), ("Capacity", form.value("Capacity"))]
    }

    private mutating func createWorker(_ current: Form, writer: StoreWriter, size: Size, now: LocalTime) throws {
        let fields = AppState.workerFields(current)
        guard let hash = PinHash.make(current.value("Pin")) else { return }
        let newId = newWorkerId(initials: current.value("Initials"))
        let record = Record([("Id", newId)]).setting(fields).setting([("Active", "yes"), ("PinHash", hash)])
        let newPath = StoreLayout.team + "/" + newId + StoreLayout.recordExtension
        try writer.create(newPath, [Schema.set("Worker", [record])])
        self.record(.teamChange, object: newId, now: now)
        notice = strings(.saved)
        reload([newPath], size: size, now: now)
    }

    /// `w-` plus the initials in lower case, with a number when that id is taken.
    func newWorkerId(initials: String) -> String {
        let base = "w-" + Stamp.safe(initials.filter(\.isLetter))
        var id = base
        var n = 2
        while snapshot.worker(id) != nil {
            id = base + String(n)
            n += 1
        }
        return id
    }

    /// `sets` with the first record of `type` changed by `change`.
    static func updating(_ sets: [RecordSet], type: String, _ change: (Record) -> Record) -> [RecordSet] {
        sets.map { set in
            guard set.type == type, !set.records.isEmpty else { return set }
            var set = set
            set.records[0] = change(set.records[0])
            return set
        }
    }

    /// The id an audit line names for a written file: the household, the worker, or the file's name.
    static func objectId(of path: String) -> String {
        if case .household(let id)? = StoreReader.part(of: path) { return id }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(StoreLayout.recordExtension) ? String(name.dropLast(4)) : name
    }

    // MARK: the team screen

    /// Workers as the team screen lists them: active first, then by name.
    var teamList: [Worker] {
        snapshot.workers.sorted { ($0.active ? 0 : 1, Folding.fold($0.name)) < ($1.active ? 0 : 1, Folding.fold($1.name)) }
    }

    mutating func handleTeam(_ key: Key, selected: Int, size: Size, now: LocalTime) {
        let workers = teamList
        let command = keyMap.command(for: key, in: [.team, .overlay, .list])
        let worker = selected < workers.count ? workers[selected] : nil
        switch command {
        case .moveDown?: overlay = .team(selected: min(max(0, workers.count - 1), selected + 1))
        case .moveUp?: overlay = .team(selected: max(0, selected - 1))
        case .first?: overlay = .team(selected: 0)
        case .last?: overlay = .team(selected: max(0, workers.count - 1))
        case .close?, .back?, .quit?: overlay = nil
        case .newWorker?: form = WorkerForm.make(nil, path: nil, base: nil, strings)
        case .edit?:
            if let worker, let (path, base) = workerFile(worker) { form = WorkerForm.make(worker, path: path, base: base, strings) }
        case .resetPin?:
            if let worker, let (path, base) = workerFile(worker) { form = WorkerForm.pin(worker, path: path, base: base, strings) }
        case .toggleActive?:
            guard let worker, let writer, let (path, base) = workerFile(worker) else { return }
            if worker.id == viewer?.id {
                notice = strings(.notYourself)
                return
            }
            do {
                let outcome = try writer.save(path, base: base, ours: AppState.updating(base.sets, type: "Worker") {
                    $0.setting("Active", to: worker.active ? "no" : "yes")
                })
                record(.teamChange, object: worker.id, now: now)
                take(outcome, purpose: .save(path: path), size: size, now: now)
            } catch {
                notice = strings(.saveFailed, String(describing: error))
            }
        default: break
        }
    }

    private mutating func workerFile(_ worker: Worker) -> (String, FileVersion)? {
        let path = StoreLayout.team + "/" + worker.id + StoreLayout.recordExtension
        do {
            guard let base = try writer?.read(path) else { return nil }
            return (path, base)
        } catch {
            notice = strings(.saveFailed, describe(error))
            return nil
        }
    }

    mutating func startEditingSettings() {
        guard viewer?.may(.manageSettings) == true else {
            notice = strings(.notAllowed)
            return
        }
        do {
            guard let base = try writer?.read(StoreLayout.infoFile) else { return }
            form = WorkerForm.settings(snapshot.info, path: StoreLayout.infoFile, base: base, strings)
        } catch {
            notice = strings(.saveFailed, describe(error))
        }
    }
}
