import WijkDomain
import WijkStore

/// A member of the household, new or existing, saved into the household file.
enum MemberForm {
    static func make(_ member: Member?, household: String, _ t: Strings) -> Form {
        var form = Form(title: member.map { t(.editMemberTitle, $0.name) } ?? t(.newMemberTitle), fields: [
            FormField(key: "Name", label: t(.fieldName), required: true, value: member?.name ?? ""),
            FormField(key: "Born", label: t(.detailBorn), kind: .date, value: member?.born?.dutch ?? ""),
            FormField(key: "Relation", label: t(.detailRelation), value: member?.relation ?? ""),
            FormField(key: "BSN", label: t(.detailBSN), kind: .bsn, value: member?.bsn ?? ""),
            FormField(key: "Phone", label: t(.detailPhone), value: member?.phone ?? ""),
            FormField(key: "Notes", label: t(.fieldNotes), kind: .multiline(rows: 3), value: member?.notes ?? ""),
        ]) { form, workspace in
            let v = form.value
            let saved = Member(id: member?.id ?? "m-" + Workspace.randomSuffix(4), name: v("Name"), born: form.day("Born"),
                               relation: v("Relation"), bsn: v("BSN"), phone: v("Phone"), notes: v("Notes"))
            var sets = (form.base?.sets ?? []).upserting("Member", id: saved.id) { StoreEncoder.member(saved, updating: $0) }
            if !form.apartFrom.isEmpty {
                let kept = workspace.dossier(household)?.household.apart ?? []
                sets = sets.updating("Household") { $0.setting("Apart", to: (kept + form.apartFrom).joined(separator: " ")) }
            }
            return Submission([.update(Workspace.householdPath(household), base: form.base, sets,
                                       journalNote: HouseholdForm.apartNote(form, workspace))])
        }
        // A BSN is one person's: the same one in another open household is the same person, twice.
        let before = member?.bsn ?? ""
        form.vetting = { form, workspace in
            let bsn = form.value("BSN")
            guard form.apartFrom.isEmpty, !bsn.isEmpty, bsn != before else { return nil }
            let kept = workspace.dossier(household)?.household.apart ?? []
            let matches = workspace.knownHouseholds(for: HouseholdMatcher.Candidate(name: "", bsns: [bsn], excluding: household),
                                                    apartFrom: kept).filter { $0.reasons.contains(.bsn) }
            return matches.isEmpty ? nil : KnownHouseholdScreen(form: form, matches: matches, isEdit: true)
        }
        return form
    }
}
