import WijkDomain
import WijkStore

/// A new referral of the household to one resource: for whom and which goal, why, and the client's consent.
/// Without consent it is saved as advice, and the form refuses details marked as shared.
enum ReferralForm {
    @Sendable static func sharedNeedsConsent(_ form: Form) -> (key: String, error: FieldError)? {
        form.value("Consent") != "yes" && form.value("DetailsShared") == "yes" ? ("DetailsShared", .rule(.ruleSharedNeedsConsent)) : nil
    }

    @Sendable static func consentNeedsDate(_ form: Form) -> (key: String, error: FieldError)? {
        form.value("Consent") == "yes" && form.value("ConsentDate").isEmpty ? ("ConsentDate", .rule(.ruleConsentDate)) : nil
    }

    @Sendable static func consentNeedsForm(_ form: Form) -> (key: String, error: FieldError)? {
        form.value("Consent") == "yes" && form.value("ConsentForm").isEmpty ? ("ConsentForm", .rule(.ruleConsentForm)) : nil
    }

    static func make(resource: Resource, dossier: Dossier, today: Day, _ t: Strings) -> Form {
        let goals = dossier.goals.filter { $0.status == .open }
        var form = Form(title: t(.newReferralTitle, resource.name), fields: [
            FormField(key: "Member", label: t(.fieldMember),
                      kind: .choice(codes: [""] + dossier.members.map(\.id),
                                    labels: [t(.wholeHousehold)] + dossier.members.map(\.name)), value: ""),
            FormField(key: "Goal", label: t(.fieldGoalLink),
                      kind: .choice(codes: [""] + goals.map(\.id),
                                    labels: ["—"] + goals.map { t(.domain($0.domain)) + ": " + $0.text }),
                      value: goals.first { resource.domains.contains($0.domain) }?.id ?? ""),
            FormField(key: "Reason", label: t(.fieldReferralReason), value: ""),
            FormField(key: "Consent", label: t(.fieldConsent), kind: .choice(codes: ["no", "yes"], labels: [t(.no), t(.yes)]),
                      value: "no"),
            FormField(key: "ConsentDate", label: t(.fieldConsentDate), kind: .date, value: today.dutch),
            FormField(key: "ConsentForm", label: t(.fieldConsentForm),
                      kind: .choice(Referral.ConsentForm.self, { t(.consentForm($0)) }, none: "—"), value: ""),
            FormField(key: "DetailsShared", label: t(.fieldDetailsShared),
                      kind: .choice(codes: ["no", "yes"], labels: [t(.no), t(.yes)]), value: "no"),
            FormField(key: "Status", label: t(.columnStatus),
                      kind: .choice(codes: [Referral.Status.proposed.rawValue, Referral.Status.registered.rawValue],
                                    labels: [t(.referralStatus(.proposed)), t(.referralStatus(.registered))]),
                      value: Referral.Status.proposed.rawValue),
        ]) { form, workspace in
            guard let worker = workspace.viewer else { return nil }
            let v = form.value
            let consent = v("Consent") == "yes"
            let date = workspace.now.day
            let status = Referral.Status(rawValue: v("Status")) ?? .proposed
            let id = workspace.newStamp()
            let referral = Referral(
                id: id, household: dossier.id, date: date, worker: worker.id, resource: resource.id,
                member: v("Member").isEmpty ? nil : v("Member"), goal: v("Goal").isEmpty ? nil : v("Goal"),
                reason: v("Reason"),
                consent: consent ? Referral.Consent(given: true, date: form.day("ConsentDate"),
                                                    form: Referral.ConsentForm(rawValue: v("ConsentForm")))
                                 : Referral.Consent(given: false),
                detailsShared: consent && v("DetailsShared") == "yes", status: status,
                steps: [Referral.Step(id: workspace.newStamp(), date: date, worker: worker.id, status: status)])
            return Submission([.referral(Workspace.referralPath(household: dossier.id, id: id), base: nil, new: true,
                                         StoreEncoder.referralFile(referral),
                                         journalNote: workspace.referralNote(referral, status: status, outcome: ""),
                                         undo: .referral(path: Workspace.referralPath(household: dossier.id, id: id),
                                                         back: nil, outcome: nil))]) { ws in
                // Referred: back to the plan, on the referral that now stands in it.
                ws.layers.removeAll { $0 is SuggestionScreen }
                ws.planReveal = .referral(id)
            }
        }
        form.note = t(.referralNote)
        form.rules = [sharedNeedsConsent, consentNeedsDate, consentNeedsForm]
        return form
    }
}
