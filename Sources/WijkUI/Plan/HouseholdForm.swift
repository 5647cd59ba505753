import WijkDomain
import WijkStore

/// The form for a household's own fields, and the way back from the form to the household file's records.
enum HouseholdForm {
    static func make(_ household: Household, workers: [Worker], path: String, base: FileVersion, _ t: Strings) -> Form {
        let active = workers.filter { $0.active || $0.id == household.regisseur }.sorted { $0.name < $1.name }
        let fields = [
            FormField(key: "Name", label: t(.fieldName), required: true, value: household.name),
            FormField(key: "Street", label: t(.fieldStreet), value: household.street),
            FormField(key: "Postcode", label: t(.fieldPostcode), kind: .postcode, value: household.postcode),
            FormField(key: "City", label: t(.fieldCity), value: household.city),
            FormField(key: "Phone", label: t(.detailPhone), value: household.phone),
            FormField(key: "Email", label: t(.detailEmail), value: household.email),
            FormField(key: "PreferredContact", label: t(.fieldPreferredContact),
                      kind: PlanForms.choice(Household.Contact.self, { t(.contact($0)) }, none: "—"),
                      value: household.preferredContact?.rawValue ?? ""),
            FormField(key: "Regisseur", label: t(.regisseurLabel),
                      kind: .choice(codes: active.map(\.id), labels: active.map { $0.name + " (" + $0.initials + ")" }),
                      required: true, value: household.regisseur),
            FormField(key: "Status", label: t(.columnStatus),
                      kind: .choice(codes: Household.Status.allCases.map(\.rawValue),
                                    labels: Household.Status.allCases.map { t(.householdStatus($0)) }),
                      value: household.status.rawValue),
            FormField(key: "Confidentiality", label: t(.fieldConfidentiality),
                      kind: .choice(codes: Household.Confidentiality.allCases.map(\.rawValue),
                                    labels: [t(.confidentialityNormal), t(.restrictedName)]),
                      value: household.confidentiality.rawValue),
            FormField(key: "Crisis", label: t(.fieldCrisis), kind: .choice(codes: ["no", "yes"], labels: [t(.no), t(.yes)]),
                      value: household.crisis ? "yes" : "no"),
            FormField(key: "Start", label: t(.fieldStart), kind: .date, value: household.start?.dutch ?? ""),
            FormField(key: "Evaluation", label: t(.fieldEvaluation), kind: .date, value: household.evaluation?.dutch ?? ""),
        ]
        return Form(title: t(.editHousehold, household.name), fields: fields,
                    purpose: .household(id: household.id), path: path, base: base)
    }

    /// The household file's records with the form's values written into the Household record; members and
    /// fields the form does not show stay as they were read.
    static func records(from form: Form, base: FileVersion) -> [RecordSet] {
        base.sets.map { set in
            guard set.type == "Household" else { return set }
            var set = set
            set.records = set.records.enumerated().map { i, record in
                guard i == 0 else { return record }
                return record.setting([
                    ("Name", form.value("Name")), ("Street", form.value("Street")), ("Postcode", form.value("Postcode")),
                    ("City", form.value("City")), ("Phone", form.value("Phone")), ("Email", form.value("Email")),
                    ("PreferredContact", form.value("PreferredContact")),
                    ("Regisseur", form.value("Regisseur")), ("Status", form.value("Status")),
                    ("Confidentiality", form.value("Confidentiality")), ("Crisis", form.value("Crisis")),
                    ("Start", Day(dutch: form.value("Start"))?.iso), ("Evaluation", Day(dutch: form.value("Evaluation"))?.iso),
                ])
            }
            return set
        }
    }
}
