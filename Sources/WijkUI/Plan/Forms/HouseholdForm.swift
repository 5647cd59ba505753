import WijkDomain
import WijkStore

/// The form for a household's own fields, new or existing, and its way back to the household file.
enum HouseholdForm {
    /// A new household, its regisseur the worker making it.
    static func new(_ workspace: Workspace) -> Form {
        let today = workspace.now.day
        let household = Household(id: "", name: "", regisseur: workspace.viewer?.id ?? workspace.snapshot.workers.first?.id ?? "",
                                  status: .registered, start: today, evaluation: today.adding(days: 91))
        return make(household, isNew: true, workspace)
    }

    /// A new household made from request `request`, its regisseur chosen: saving it links the request to it
    /// and puts the question in its first journal entry.
    static func fromRequest(_ request: HelpRequest, regisseur: String, _ workspace: Workspace) -> Form {
        let today = workspace.now.day
        let household = Household(id: "", name: request.name, street: request.street, postcode: request.postcode,
                                  city: request.city, phone: request.phone, email: request.email, regisseur: regisseur,
                                  status: .registered, start: today, evaluation: today.adding(days: 91),
                                  crisis: request.urgency == .crisis)
        var form = make(household, isNew: true, workspace, request: request)
        form.note = workspace.strings(.fromRequestNote)
        return form
    }

    /// The household the plan shows, on its file as it is now; nil when the file cannot be read.
    static func edit(_ household: Household, _ workspace: inout Workspace) -> Form? {
        let path = Workspace.householdPath(household.id)
        guard let base = workspace.readForChange(path) else { return nil }
        var form = make(household, isNew: false, workspace)
        form.path = path
        form.base = base
        return form
    }

    private static func make(_ household: Household, isNew: Bool, _ workspace: Workspace,
                             request: HelpRequest? = nil) -> Form {
        let t = workspace.strings
        var fields = [
            FormField(key: "Name", label: t(.fieldName), required: true, value: household.name),
            FormField(key: "Street", label: t(.fieldStreet), value: household.street),
            FormField(key: "Postcode", label: t(.fieldPostcode), kind: .postcode, value: household.postcode),
            FormField(key: "City", label: t(.fieldCity), value: household.city),
            FormField(key: "Phone", label: t(.detailPhone), value: household.phone),
            FormField(key: "Email", label: t(.detailEmail), value: household.email),
            FormField(key: "PreferredContact", label: t(.fieldPreferredContact),
                      kind: .choice(Household.Contact.self, { t(.contact($0)) }, none: "—"),
                      value: household.preferredContact?.rawValue ?? ""),
            FormField(key: "Regisseur", label: t(.regisseurLabel),
                      kind: .workers(workspace.snapshot.workers, including: isNew ? nil : household.regisseur),
                      required: true, value: household.regisseur),
            FormField(key: "Status", label: t(.columnStatus),
                      kind: .choice(Household.Status.self, { t(.householdStatus($0)) }), value: household.status.rawValue),
            FormField(key: "Confidentiality", label: t(.fieldConfidentiality),
                      kind: .choice(codes: Household.Confidentiality.allCases.map(\.rawValue),
                                    labels: [t(.confidentialityNormal), t(.restrictedName)]),
                      value: household.confidentiality.rawValue),
        ]
        // A crisis is a signal on a household that is known; a new one starts without.
        if !isNew {
            fields.append(FormField(key: "Crisis", label: t(.fieldCrisis),
                                    kind: .choice(codes: ["no", "yes"], labels: [t(.no), t(.yes)]),
                                    value: household.crisis ? "yes" : "no"))
        }
        fields += [
            FormField(key: "Start", label: t(.fieldStart), kind: .date, value: household.start?.dutch ?? ""),
            FormField(key: "Evaluation", label: t(.fieldEvaluation), kind: .date, value: household.evaluation?.dutch ?? ""),
        ]
        let title = isNew ? t(.newHouseholdTitle) : t(.editHousehold, household.name)
        var form = Form(title: title, fields: fields) { form, workspace in
            if isNew { return created(form, request: request, workspace) }
            guard let path = form.path, let base = form.base else { return nil }
            return Submission([.update(path, base: base, records(from: form, base: base, apart: household.apart),
                                       journalNote: apartNote(form, workspace))])
        }
        let original = isNew ? nil : household
        form.vetting = { form, workspace in vet(form, workspace, original: original, request: request) }
        return form
    }

    /// The households the form's household may already be: for a new one by name, address and the request's
    /// BSN; for one edited only when its address changed, by address.
    static func vet(_ form: Form, _ workspace: Workspace, original: Household?, request: HelpRequest?) -> (any Layer)? {
        guard form.apartFrom.isEmpty else { return nil }
        let v = form.value
        if let original, [v("Street"), v("Postcode"), v("City")] == [original.street, original.postcode, original.city] {
            return nil
        }
        let candidate = HouseholdMatcher.Candidate(name: original == nil ? v("Name") : "", street: v("Street"),
                                                   postcode: v("Postcode"), city: v("City"),
                                                   bsns: request.map { [$0.bsn] } ?? [], excluding: original?.id)
        let matches = workspace.knownHouseholds(for: candidate, apartFrom: original?.apart ?? [])
        guard !matches.isEmpty else { return nil }
        return KnownHouseholdScreen(form: form, matches: matches, request: request?.id, isEdit: original != nil)
    }

    /// The journal's account of a household knowingly kept apart from others, with the reason given.
    static func apartNote(_ form: Form, _ workspace: Workspace) -> String? {
        guard !form.apartFrom.isEmpty else { return nil }
        // A shielded household is named by its id only: this journal is read by the whole team.
        let names = form.apartFrom.map { id in
            let household = workspace.dossier(id)?.household
            let name = household.map { $0.confidentiality == .restricted ? workspace.strings(.restrictedName) : $0.name }
            return (name.map { $0 + " " } ?? "") + "(" + id + ")"
        }
        return workspace.strings(.journalKeptApart, names.joined(separator: ", "),
                                 form.value(KnownHouseholdScreen.reasonField))
    }

    /// A new household file with the form's values; then its plan opens, or the request it came from is
    /// linked to it.
    private static func created(_ form: Form, request: HelpRequest?, _ workspace: Workspace) -> Submission {
        let id = "h-" + Workspace.randomSuffix(6)
        let v = form.value
        let household = Household(id: id, name: v("Name"), street: v("Street"), postcode: v("Postcode"), city: v("City"),
                                  phone: v("Phone"), email: v("Email"), regisseur: v("Regisseur"),
                                  status: Household.Status(rawValue: v("Status")) ?? .registered,
                                  confidentiality: Household.Confidentiality(rawValue: v("Confidentiality")) ?? .normal,
                                  start: form.day("Start"), evaluation: form.day("Evaluation"),
                                  crisis: request?.urgency == .crisis,
                                  preferredContact: Household.Contact(rawValue: v("PreferredContact")),
                                  apart: form.apartFrom)
        let sets = [Schema.set("Household", [StoreEncoder.household(household)]), Schema.set("Member", [])]
        let regisseur = household.regisseur
        var changes = [Change.newFile(Workspace.householdPath(id), sets, recorded: .create, object: id)]
        if let note = apartNote(form, workspace), let author = workspace.viewer?.id {
            changes.append(workspace.noteEntry(note, household: id, author: author))
        }
        return Submission(changes) { workspace in
            guard let request, let worker = workspace.viewer else { return workspace.request(.openPlan(household: id)) }
            let journal = workspace.journalEntry(for: request, household: id, author: worker.id)
            // Made in the team meeting: the status bar is on the projector.
            // (The sentence ends in a full stop of its own: `P.D.`, not `P.D..`.)
            let shown = workspace.projector == nil ? household.name : String(Pseudonym.initials(household.name).dropLast())
            workspace.triage(request.id, to: .linked, fields: [("Household", id)], regisseur: regisseur,
                             note: workspace.strings(.linkedNew, household.name), with: [journal],
                             done: workspace.strings(.linkedNew, shown))
        }
    }

    /// The household file's records with the form's values written into the Household record; members and
    /// fields the form does not show stay as they were read.
    static func records(from form: Form, base: FileVersion, apart: [String] = []) -> [RecordSet] {
        base.sets.updating("Household") { record in
            record.setting([
                ("Name", form.value("Name")), ("Street", form.value("Street")), ("Postcode", form.value("Postcode")),
                ("City", form.value("City")), ("Phone", form.value("Phone")), ("Email", form.value("Email")),
                ("PreferredContact", form.value("PreferredContact")),
                ("Regisseur", form.value("Regisseur")), ("Status", form.value("Status")),
                ("Confidentiality", form.value("Confidentiality")), ("Crisis", form.value("Crisis")),
                ("Start", form.day("Start")?.iso), ("Evaluation", form.day("Evaluation")?.iso),
            ] + (form.apartFrom.isEmpty ? [] : [("Apart", (apart + form.apartFrom).joined(separator: " "))]))
        }
    }
}
