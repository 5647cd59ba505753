import WijkDomain
import WijkStore

/// The forms of the team screen and the settings: a worker, a new PIN, the team's settings.
enum WorkerForm {
    static func make(_ worker: Worker?, path: String?, base: FileVersion?, _ t: Strings) -> Form {
        var fields = [
            FormField(key: "Name", label: t(.fieldName), required: true, value: worker?.name ?? ""),
            FormField(key: "Initials", label: t(.fieldInitials), required: true, value: worker?.initials ?? ""),
            FormField(key: "Role", label: t(.fieldRole),
                      kind: .choice(codes: Worker.Role.allCases.map(\.rawValue), labels: Worker.Role.allCases.map { t(.role($0)) }),
                      value: worker?.role.rawValue ?? Worker.Role.worker.rawValue),
            FormField(key: "Capacity", label: t(.fieldCapacity), kind: .number, value: worker?.capacity.map(String.init) ?? ""),
        ]
        if worker == nil {
            fields += [FormField(key: "Pin", label: t(.fieldPin), kind: .pin, required: true, value: ""),
                       FormField(key: "PinAgain", label: t(.fieldPinAgain), kind: .pin, required: true, value: "")]
        }
        return Form(title: worker.map { t(.editWorker, $0.name) } ?? t(.newWorkerTitle), fields: fields,
                    purpose: .worker(id: worker?.id), path: path, base: base)
    }

    static func pin(_ worker: Worker, path: String, base: FileVersion, _ t: Strings) -> Form {
        Form(title: t(.resetPinTitle, worker.name), fields: [
            FormField(key: "Pin", label: t(.fieldPin), kind: .pin, required: true, value: ""),
            FormField(key: "PinAgain", label: t(.fieldPinAgain), kind: .pin, required: true, value: ""),
        ], purpose: .pin(worker: worker.id), path: path, base: base)
    }

    static func settings(_ info: TeamInfo, path: String, base: FileVersion, _ t: Strings) -> Form {
        Form(title: t(.settingsTitle), fields: [
            FormField(key: "Team", label: t(.fieldTeam), required: true, value: info.team),
            FormField(key: "IdleLock", label: t(.fieldIdleLock), kind: .number, required: true,
                      value: String(max(1, info.idleLockSeconds / 60))),
        ], purpose: .settings, path: path, base: base)
    }
}
