import WijkDomain
import WijkStore

/// `n` in the inbox: a new request, as the front desk takes it on the phone or at the counter.
enum RequestForm {
    static func new(_ workspace: Workspace) -> Form {
        let t = workspace.strings
        let today = workspace.now.day
        let domain = FormField.Kind.choice(LifeDomain.self, { t(.domain($0)) }, none: "—")
        var form = Form(title: t(.newRequestTitle), fields: [
            FormField(key: "Channel", label: t(.fieldChannel), kind: .choice(HelpRequest.Channel.self, { t(.channel($0)) }),
                      value: HelpRequest.Channel.phone.rawValue),
            FormField(key: "Urgency", label: t(.columnUrgency),
                      kind: .choice(HelpRequest.Urgency.self, { t(.urgency($0)) }), value: HelpRequest.Urgency.regular.rawValue),
            FormField(key: "Name", label: t(.fieldHouseholdName), required: true, value: ""),
            FormField(key: "Street", label: t(.fieldStreet), value: ""),
            FormField(key: "Postcode", label: t(.fieldPostcode), kind: .postcode, value: ""),
            FormField(key: "City", label: t(.fieldCity), value: ""),
            FormField(key: "Phone", label: t(.detailPhone), value: ""),
            FormField(key: "Email", label: t(.detailEmail), value: ""),
            FormField(key: "BSN", label: t(.detailBSN), kind: .bsn, value: ""),
            FormField(key: "Requester", label: t(.fieldOnBehalf), value: ""),
            FormField(key: "RequesterOrganisation", label: t(.fieldOrganisation), value: ""),
            FormField(key: "RequesterPhone", label: t(.fieldRequesterPhone), value: ""),
            FormField(key: "Question", label: t(.fieldQuestion), kind: .multiline(rows: 4), required: true, value: ""),
            FormField(key: "Domain1", label: t(.fieldDomainN, "1"), kind: domain, value: ""),
            FormField(key: "Domain2", label: t(.fieldDomainN, "2"), kind: domain, value: ""),
            FormField(key: "Received", label: t(.columnReceived), kind: .date, required: true, value: today.dutch),
        ]) { form, workspace in
            guard let worker = workspace.viewer else { return nil }
            let v = form.value
            let id = workspace.newStamp()
            let received = form.day("Received") ?? workspace.now.day
            let domains = ["Domain1", "Domain2"].compactMap { LifeDomain(rawValue: v($0)) }
            let request = HelpRequest(
                id: id, received: received, time: received == workspace.now.day ? workspace.now.clock : "",
                channel: HelpRequest.Channel(rawValue: v("Channel")) ?? .other,
                urgency: HelpRequest.Urgency(rawValue: v("Urgency")) ?? .regular, name: v("Name"), street: v("Street"),
                postcode: v("Postcode"), city: v("City"), phone: v("Phone"), email: v("Email"), bsn: v("BSN"),
                requester: v("Requester"), requesterOrganisation: v("RequesterOrganisation"),
                requesterPhone: v("RequesterPhone"), question: v("Question"),
                domains: domains.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }, takenBy: worker.id,
                events: [HelpRequest.Event(id: id, date: workspace.now.day, time: workspace.now.clock, worker: worker.id,
                                           status: .new)])
            return Submission([.newRequest(Workspace.requestPath(id), StoreEncoder.helpRequestFile(request), request: id)])
        }
        form.note = t(.newRequestNote)
        return form
    }
}
