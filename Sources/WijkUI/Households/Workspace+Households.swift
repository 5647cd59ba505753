import WijkDomain
import WijkStore

/// One household, one plan: what every door that makes a household, or changes what tells households apart,
/// asks of the store first.
extension Workspace {
    /// The households `candidate` may already be, strongest first: not those merged into another (their
    /// household lives on in that one), nor those a coordinator knowingly kept apart from it (`apartFrom`, or
    /// theirs naming the candidate's own household).
    /// With `includingApart` (merging: two kept apart may turn out to be one after all) those too.
    func knownHouseholds(for candidate: HouseholdMatcher.Candidate, apartFrom: [String] = [],
                         includingApart: Bool = false) -> [HouseholdMatcher.Match] {
        HouseholdMatcher.matches(for: candidate, in: snapshot.dossiers).filter { match in
            guard let household = dossier(match.household)?.household, household.mergedInto == nil else { return false }
            // A shielded household the viewer may not open counts only where it shares the address or a BSN:
            // a name alone would tell which names are shielded.
            if !Access.canOpen(household, as: viewer, grants: grants),
               !match.reasons.contains(.address) && !match.reasons.contains(.bsn) { return false }
            if includingApart { return true }
            if apartFrom.contains(household.id) { return false }
            return candidate.excluding.map { !household.apart.contains($0) } ?? true
        }
    }

    /// A note of the program's in household `household`'s journal, written with what the form saves.
    func noteEntry(_ text: String, household: String, author: String) -> Change {
        let stamp = newStamp()
        let entry = JournalEntry(id: stamp, date: now.day, kind: .note, author: author, text: text)
        return .entry(household: household, folder: StoreLayout.journal, stamp: stamp,
                      Schema.set("JournalEntry", [StoreEncoder.journalEntry(entry)]), undo: nil)
    }
}

extension Workspace {
    /// Makes `other` one with `keep` (a coordinator's `S`): all or none, audited file by file, `u` takes it
    /// back whole. Then the plan of the household kept.
    mutating func mergeHouseholds(keep: String, other: String, reason: String) {
        guard let worker = viewer, worker.may(.triage) else {
            notice = strings(.mergeNeedsCoordinator)
            return
        }
        let merge: HouseholdMerge
        do throws(HouseholdMerge.Refusal) {
            merge = try HouseholdMerge.prepare(
                root: snapshot.root, keep: keep, other: other, worker: worker.id, today: now.day,
                stamps: [newStamp(), newStamp()],
                notes: MergeNotes.notes(keep: keep, other: other, in: snapshot, by: worker, reason: reason, strings),
                requests: snapshot.requests.filter { $0.household == other }.map(\.id))
        } catch {
            notice = strings(.mergeNotDone, MergeNotes.describe(error, strings))
            return
        }
        let audited: Bool
        do throws(StoreWriteError) {
            audited = try merge.commit(root: snapshot.root, workstation: workstation, worker: worker.id, at: now.instant)
        } catch {
            if case .changedSince = error { notice = strings(.mergeNotDone, strings(.changedSinceRead)) }
            else { notice = strings(.mergeNotDone, describe(error)) }
            return
        }
        let names = [keep, other].compactMap { dossier($0)?.household.name }.joined(separator: " + ")
        undoStack.append(UndoEntry(step: .merge(merge), what: strings(.undoMerge, names), time: now.clock,
                                   household: keep, cannot: nil))
        reload(merge.paths)
        notice = strings(audited ? .mergedNotice : .mergeNotAudited)
        request(.openPlan(household: keep))
    }
}
