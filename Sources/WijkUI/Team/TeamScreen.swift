import WijkDomain
import WijkStore

/// `t`: the team screen for coordinators and beheerders: workers, their roles, capacity, and PINs.
struct TeamScreen: Layer, ListTarget, KeyTarget {
    var selected = 0

    /// Opens the team screen for those whose role may manage the team.
    static func open(_ workspace: inout Workspace) {
        if workspace.viewer?.may(.manageTeam) == true {
            workspace.present(TeamScreen())
        } else {
            workspace.notice = workspace.strings(.notAllowed)
        }
    }

    /// Workers as the team screen lists them: active first, then by name.
    static func workers(_ snapshot: StoreSnapshot) -> [Worker] {
        snapshot.workers.sorted { ($0.active ? 0 : 1, Folding.fold($0.name)) < ($1.active ? 0 : 1, Folding.fold($1.name)) }
    }

    static let keyGroups: [BindingGroup<TeamScreen>] = [bindings, OverlayBindings.group(), ListBindings.group()]

    mutating func handle(_ key: Key, _ workspace: inout Workspace) { _ = runBinding(key, &workspace) }

    static let bindings = BindingGroup<TeamScreen>(.team, [
        Binding(.newWorker, [.character("n")], .helpNewWorker) { _, ws in ws.present(WorkerForm.new(ws.strings)) },
        Binding(.edit, [.character("e"), .enter], .helpEditWorker) { team, ws in
            guard let (worker, path, base) = team.selectedFile(&ws) else { return }
            ws.present(WorkerForm.edit(worker, path: path, base: base, ws.strings))
        },
        Binding(.toggleActive, [.character("d")], .helpToggleActive) { team, ws in
            guard let (worker, path, base) = team.selectedFile(&ws) else { return }
            if worker.id == ws.viewer?.id {
                ws.notice = ws.strings(.notYourself)
                return
            }
            let sets = base.sets.updating("Worker") { $0.setting("Active", to: worker.active ? "no" : "yes") }
            _ = ws.submit(Submission([.team(path, base: base, sets, worker: worker.id)]))
        },
        Binding(.resetPin, [.character("p")], .helpResetPin) { team, ws in
            guard let (worker, path, base) = team.selectedFile(&ws) else { return }
            ws.present(WorkerForm.pin(worker, path: path, base: base, ws.strings))
        },
    ])

    /// The selected worker, their file, and the version it was read as.
    private func selectedFile(_ workspace: inout Workspace) -> (Worker, String, FileVersion)? {
        let workers = TeamScreen.workers(workspace.snapshot)
        guard selected < workers.count, workspace.writer != nil else { return nil }
        let worker = workers[selected]
        let path = StoreLayout.team + "/" + worker.id + StoreLayout.recordExtension
        guard let base = workspace.readForChange(path) else { return nil }
        return (worker, path, base)
    }

    mutating func move(by delta: Int, _ workspace: inout Workspace) {
        let count = TeamScreen.workers(workspace.snapshot).count
        selected = min(max(0, count - 1), max(0, selected.addingReportingOverflow(delta).partialValue))
    }

    func pageSize(_ workspace: Workspace) -> Int { max(1, OverlayView.frame(for: workspace.size).height - 3) }

    mutating func back(_ workspace: inout Workspace) { workspace.request(.close) }

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        TeamView.draw(&screen, workers: TeamScreen.workers(workspace.snapshot), selected: selected,
                      strings: workspace.strings, frame: OverlayView.frame(for: screen.size))
    }
}

extension KeyContext {
    /// In the team screen.
    static let team = KeyContext("team", heading: .contextTeam)
}

extension Command {
    static let newWorker = Command("new-worker")
    static let toggleActive = Command("toggle-active")
    static let resetPin = Command("reset-pin")
}
