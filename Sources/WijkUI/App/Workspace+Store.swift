import WijkDomain
import WijkStore

/// Reading the store again after a change on disk, here or elsewhere.
extension Workspace {
    /// Reads again the parts of the store under `paths` (relative to the store; "" is the whole store) and
    /// notes what changed for the panes to catch up with.
    mutating func reload(_ paths: Set<String>) {
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
            let read = StoreReader.read(part, in: snapshot.root)
            snapshot.problems.removeAll { $0.path.hasPrefix(read.prefix) }
            snapshot.problems += read.problems
            switch part {
            case .team:
                snapshot.workers = read.workers ?? []
                changed.everything = true
            case .resources:
                snapshot.resources = read.resources ?? []
                changed.resources = true
            case .requests:
                snapshot.requests = read.requests ?? []
                changed.requests = true
            case .meetings:
                snapshot.meetings = read.meetings ?? []
                changed.meetings = true
            case .household(let id):
                if let index = dossierIndex[id] {
                    if let dossier = read.dossier {
                        snapshot.dossiers[index] = dossier
                        changed.households.append(index)
                    } else {
                        snapshot.dossiers.remove(at: index)
                        indexDossiers()
                        changed.everything = true
                    }
                } else if let dossier = read.dossier {
                    snapshot.dossiers.append(dossier)
                    dossierIndex[id] = snapshot.dossiers.count - 1
                    changed.households.append(snapshot.dossiers.count - 1)
                }
            }
        }
        snapshot.problems.sort { ($0.path, $0.line) < ($1.path, $1.line) }
        changes.merge(changed)
    }

    /// How a person knows the file at `path`: `huishouden De Vries` for household files, the path otherwise.
    func subjectName(_ path: String) -> String {
        if case .household(let id)? = StoreReader.part(of: path), let dossier = dossier(id),
           Access.canOpen(dossier.household, as: viewer) {
            return dossier.household.name
        }
        return path
    }

    func describe(_ error: StoreWriteError) -> String { error.described(strings) }
}
