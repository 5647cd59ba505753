import WijkDomain
import WijkStore

/// `S` on the plan: the household this one turns out to be (those that look alike first), which of the two
/// is kept, and why; saving merges them, all or none.
enum MergeForm {
    static func make(_ dossier: Dossier, _ workspace: Workspace) -> Form {
        let t = workspace.strings
        let household = dossier.household
        let candidate = HouseholdMatcher.Candidate(name: household.name, street: household.street,
                                                   postcode: household.postcode, city: household.city,
                                                   bsns: dossier.members.map(\.bsn), excluding: household.id)
        let likely = workspace.knownHouseholds(for: candidate, includingApart: true).map(\.household)
        let rest = workspace.snapshot.dossiers
            .filter { $0.id != household.id && $0.household.mergedInto == nil && !likely.contains($0.id) }
            .sorted { DutchName.sortKey($0.household.name) < DutchName.sortKey($1.household.name) }
            .map(\.id)
        let ids = likely + rest
        // The id and status first after the name: the field shows about thirty characters at 80 columns.
        let labels = ids.map { id -> String in
            guard let other = workspace.dossier(id)?.household else { return id }
            let name = Access.canOpen(other, as: workspace.viewer) ? other.name : t(.restrictedName)
            let street = Access.canOpen(other, as: workspace.viewer) ? " · " + other.shortAddress : ""
            return (likely.contains(id) ? "≈ " : "") + name + " (" + id + ", " + t(.householdStatus(other.status)) + ")"
                + street
        }
        // The one with more history is kept, unless the worker says otherwise: usually the older file.
        let keepOther = likely.first.flatMap(workspace.dossier).map { weight($0) > weight(dossier) } ?? false
        var form = Form(title: t(.mergeTitle, household.name), fields: [
            FormField(key: "Other", label: t(.fieldMergeWith), kind: .choice(codes: [""] + ids, labels: ["—"] + labels),
                      required: true, value: likely.first ?? ""),
            FormField(key: "Keep", label: t(.fieldMergeKeep),
                      kind: .choice(codes: ["this", "other"], labels: [t(.keepThis, household.name), t(.keepOther)]),
                      value: keepOther ? "other" : "this"),
            FormField(key: "Reason", label: t(.fieldMergeReason), required: true, value: ""),
        ]) { form, _ in
            let other = form.value("Other")
            let keepThis = form.value("Keep") == "this"
            let reason = form.value("Reason")
            let id = household.id
            return Submission([]) { ws in
                ws.mergeHouseholds(keep: keepThis ? id : other, other: keepThis ? other : id, reason: reason)
            }
        }
        form.note = (likely.isEmpty ? "" : t(.looksAlikeLegend) + " ") + t(.mergeNote)
        return form
    }

    /// How much a household's file holds: members, goals, actions, journal entries, assessments, referrals.
    static func weight(_ dossier: Dossier) -> Int {
        dossier.members.count + dossier.goals.count + dossier.actions.count + dossier.journal.count
            + dossier.assessments.count + dossier.referrals.count + dossier.expenses.count
    }
}
