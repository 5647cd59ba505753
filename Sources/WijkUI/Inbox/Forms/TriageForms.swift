import WijkDomain
import WijkStore

/// The triage steps that ask something first: the resource a request is referred to, why it is not for the team.
enum TriageForms {
    /// `d`: straight to a resource (low-threshold ones first), without a plan.
    static func refer(_ request: HelpRequest, resources: [Resource], _ t: Strings) -> Form {
        let ordered = resources.sorted(by: Resource.inListOrder)
        let id = request.id
        return Form(title: t(.referTitle, request.name), fields: [
            FormField(key: "Resource", label: t(.fieldResource),
                      kind: .choice(codes: ordered.map(\.id), labels: ordered.map(\.name)), required: true,
                      value: ordered.first?.id ?? ""),
            FormField(key: "Note", label: t(.fieldExplanation), value: ""),
        ]) { form, _ in
            let resource = form.value("Resource")
            let note = form.value("Note")
            return Submission([]) { ws in ws.triage(id, to: .referred, fields: [("Resource", resource)], note: note) }
        }
    }

    /// `x`: not for the team, and why (the answer the requester gets).
    static func notForTeam(_ request: HelpRequest, _ t: Strings) -> Form {
        let id = request.id
        return Form(title: t(.notForTeamTitle, request.name), fields: [
            FormField(key: "Reason", label: t(.fieldReason), required: true, value: ""),
        ]) { form, _ in
            let reason = form.value("Reason")
            return Submission([]) { ws in ws.triage(id, to: .notForTeam, fields: [("Reason", reason)], note: reason) }
        }
    }
}
