import WijkDomain
import WijkStore

/// Reading the store again after a change on disk, here or elsewhere.
extension Workspace {
    /// Reads again the parts of the store under `paths` (relative to the store; "" is the whole store) and
    /// notes what changed for the panes to catch up with.
    mutating func reload(_ paths: Set<String>) {
        revision += 1
        var changed = StoreChanges()
        changed.any = true
        if paths.contains(where: { $0.hasPrefix(StoreLayout.presence) || $0.isEmpty }) { changed.presence = true }
        if paths.contains("") || paths.contains(StoreLayout.infoFile) {
            if let fresh = try? StoreReader.read(snapshot.root) {
                snapshot = fresh
                indexDossiers()
                changed.everything = true
            }
            changes.merge(changed)
            return
        }
        for part in Set(paths.compactMap(StoreReader.part(of:))) {
            var index: Int?
            if case .household(let id) = part { index = dossierIndex[id] }
            switch snapshot.take(StoreReader.read(part, in: snapshot.root), at: index) {
            case .team: changed.everything = true
            case .resources: changed.resources = true
            case .requests: changed.requests = true
            case .meetings: changed.meetings = true
            case .household(let at):
                if index == nil { dossierIndex[snapshot.dossiers[at].id] = at }
                changed.households.append(at)
            case .removed:
                indexDossiers()
                changed.everything = true
            case .nothing: break
            }
        }
        snapshot.problems.sort { ($0.path, $0.line) < ($1.path, $1.line) }
        changes.merge(changed)
    }

    /// How a person knows the file at `path`: `huishouden De Vries` for household files, the path otherwise.
    func subjectName(_ path: String) -> String {
        if case .household(let id)? = StoreReader.part(of: path), let dossier = dossier(id),
           Access.canOpen(dossier.household, as: viewer) {
            // On the projector as the meeting's items show a household.
            if projector != nil {
                return dossier.household.confidentiality == .restricted ? strings(.restrictedName)
                    : Pseudonym.initials(dossier.household.name)
            }
            return dossier.household.name
        }
        return path
    }

    func describe(_ error: StoreWriteError) -> String { error.described(strings) }
}
