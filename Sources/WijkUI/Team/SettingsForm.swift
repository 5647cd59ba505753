import WijkDomain
import WijkStore

/// `i`: the team's settings in `wijkdesk.rec` (the team's name, the idle lock, the retention periods), for
/// beheerders.
enum SettingsForm {
    static func open(_ workspace: inout Workspace) {
        guard workspace.viewer?.may(.manageSettings) == true else {
            workspace.notice = workspace.strings(.notAllowed)
            return
        }
        guard let base = workspace.readForChange(StoreLayout.infoFile) else { return }
        workspace.present(make(workspace.snapshot.info, base: base, workspace.strings))
    }

    static func make(_ info: TeamInfo, base: FileVersion, _ t: Strings) -> Form {
        Form(title: t(.settingsTitle), fields: [
            FormField(key: "Team", label: t(.fieldTeam), required: true, value: info.team),
            FormField(key: "IdleLock", label: t(.fieldIdleLock), kind: .number, required: true,
                      value: String(max(1, info.idleLockSeconds / 60))),
            FormField(key: "RetentionWmo", label: t(.fieldRetentionWmo), kind: .number, required: true,
                      value: String(info.retention.wmoYears)),
            FormField(key: "RetentionYouth", label: t(.fieldRetentionYouth), kind: .number, required: true,
                      value: String(info.retention.youthYears)),
        ], path: StoreLayout.infoFile, base: base) { form, _ in
            guard let path = form.path, let base = form.base else { return nil }
            let minutes = Int(form.value("IdleLock")) ?? 5
            // Zero years would make a file due for destruction the day it closes: at least one.
            let retention = RetentionPolicy(wmoYears: max(1, Int(form.value("RetentionWmo")) ?? info.retention.wmoYears),
                                            youthYears: max(1, Int(form.value("RetentionYouth"))
                                                            ?? info.retention.youthYears))
            let sets = base.sets.updating("Store") {
                $0.setting([("Team", form.value("Team")), ("IdleLockSeconds", String(max(1, minutes) * 60))])
                    .setting(StoreEncoder.retention(retention))
            }
            return Submission([.team(path, base: base, sets, worker: nil)])
        }
    }
}
