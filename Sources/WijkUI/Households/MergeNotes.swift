import WijkDomain
import WijkStore

/// What a merge of two households says, on the screen and on the command line alike: the journal notes that
/// tell both regisseurs, and why a merge could not be made.
public enum MergeNotes {
    /// The notes for `keep`'s and `other`'s journals, naming both households, both regisseurs, who merged them
    /// and why.
    public static func notes(keep: String, other: String, in snapshot: StoreSnapshot, by worker: Worker, reason: String,
                             _ t: Strings) -> HouseholdMerge.Notes {
        func describe(_ id: String) -> (name: String, regisseur: String) {
            guard let household = snapshot.dossiers.first(where: { $0.id == id })?.household else { return (id, "") }
            // A shielded household's name stays out of the other's journal, which the whole team may read.
            let name = household.confidentiality == .restricted ? t(.restrictedName) : household.name
            return (name + " (" + id + ")", snapshot.worker(household.regisseur)?.name ?? household.regisseur)
        }
        let kept = describe(keep), merged = describe(other)
        return HouseholdMerge.Notes(
            keep: t(.journalMergedHere, merged.name, merged.regisseur, worker.name, reason, kept.regisseur),
            other: t(.journalMergedThere, kept.name, kept.regisseur, worker.name, reason, merged.regisseur))
    }

    /// Why a merge was not made, for a notice or an error line.
    public static func describe(_ refusal: HouseholdMerge.Refusal, _ t: Strings) -> String {
        switch refusal {
        case .sameHousehold: return t(.mergeSameHousehold)
        case .missing(let id): return t(.mergeUnknownHousehold, Printable.escaped(id))
        case .alreadyMerged(let id): return t(.mergeAlreadyMerged, id)
        case .unreadable(let error): return error.described(t)
        case .nameTaken(let path): return t(.mergeNameTaken, path)
        case .keepClosed(let id): return t(.mergeKeepClosed, id)
        }
    }
}
