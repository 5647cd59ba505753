import WijkDomain
import WijkStore

/// The forms of the team screen: a new worker with a first PIN, a worker's details, a new PIN.
enum WorkerForm {
    static func new(_ t: Strings) -> Form {
        let fields = detailFields(nil, t) + pinFields(t)
        return Form(title: t(.newWorkerTitle), fields: fields) { form, workspace in
            guard let hash = PinHash.make(form.value("Pin")) else { return nil }
            let id = newId(initials: form.value("Initials"), in: workspace.snapshot)
            let record = Record([("Id", id)]).setting(values(form)).setting([("Active", "yes"), ("PinHash", hash)])
            let path = StoreLayout.team + "/" + id + StoreLayout.recordExtension
            return Submission([.newFile(path, [Schema.set("Worker", [record])], recorded: .teamChange, object: id)])
        }
    }

    static func edit(_ worker: Worker, path: String, base: FileVersion, _ t: Strings) -> Form {
        Form(title: t(.editWorker, worker.name), fields: detailFields(worker, t), path: path, base: base) { form, _ in
            guard let path = form.path, let base = form.base else { return nil }
            let sets = base.sets.updating("Worker") { $0.setting(values(form)) }
            return Submission([.team(path, base: base, sets, worker: worker.id)])
        }
    }

    static func pin(_ worker: Worker, path: String, base: FileVersion, _ t: Strings) -> Form {
        Form(title: t(.resetPinTitle, worker.name), fields: pinFields(t), path: path, base: base) { form, _ in
            guard let path = form.path, let base = form.base, let hash = PinHash.make(form.value("Pin")) else { return nil }
            let sets = base.sets.updating("Worker") { $0.setting("PinHash", to: hash) }
            return Submission([.team(path, base: base, sets, worker: worker.id)])
        }
    }

    private static func detailFields(_ worker: Worker?, _ t: Strings) -> [FormField] {
        [
            FormField(key: "Name", label: t(.fieldName), required: true, value: worker?.name ?? ""),
            FormField(key: "Initials", label: t(.fieldInitials), required: true, value: worker?.initials ?? ""),
            FormField(key: "Role", label: t(.fieldRole), kind: .choice(Worker.Role.self, { t(.role($0)) }),
                      value: worker?.role.rawValue ?? Worker.Role.worker.rawValue),
            FormField(key: "Capacity", label: t(.fieldCapacity), kind: .number, value: worker?.capacity.map(String.init) ?? ""),
        ] + (1...3).map { n in
            // The domains the worker knows best, for the regisseur's suggestion; three say enough.
            let domains = worker?.domains ?? []
            return FormField(key: "Domain\(n)", label: t(.fieldSpecialismN, String(n)),
                             kind: .choice(LifeDomain.self, { t(.domain($0)) }, none: "—"),
                             value: n <= domains.count ? domains[n - 1].rawValue : "")
        }
    }

    private static func pinFields(_ t: Strings) -> [FormField] {
        [FormField(key: "Pin", label: t(.fieldPin), kind: .pin, required: true, value: ""),
         FormField(key: "PinAgain", label: t(.fieldPinAgain), kind: .pin, required: true, value: "")]
    }

    /// The worker fields the forms edit.
    private static func values(_ form: Form) -> [(String, String?)] {
        [("Name", form.value("Name")), ("Initials", form.value("Initials").uppercased()),
         ("Role", form.value("Role")), ("Capacity", form.value("Capacity")),
         ("Domain", ["Domain1", "Domain2", "Domain3"].map(form.value).filter { !$0.isEmpty }
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: "\n"))]
    }

    /// `w-` plus the initials in lower case, with a number when that id is taken.
    static func newId(initials: String, in snapshot: StoreSnapshot) -> String {
        let base = "w-" + Stamp.safe(initials.filter(\.isLetter))
        var id = base
        var n = 2
        while snapshot.worker(id) != nil {
            id = base + String(n)
            n += 1
        }
        return id
    }
}
