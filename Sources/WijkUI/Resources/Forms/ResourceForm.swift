import WijkDomain
import WijkStore

/// A resource of the sociale kaart, new or existing. Saving it is checking it: `Checked` becomes today and
/// `CheckedBy` the worker, so the "controleren" mark goes.
enum ResourceForm {
    static func make(_ resource: Resource?, _ t: Strings) -> Form {
        let r = resource
        let number: (Int?) -> String = { $0.map(String.init) ?? "" }
        var fields = [
            FormField(key: "Name", label: t(.columnName), required: true, value: r?.name ?? ""),
            FormField(key: "Organisation", label: t(.fieldOrganisation), value: r?.organisation ?? ""),
            FormField(key: "Kind", label: t(.detailKind), kind: .choice(Resource.Kind.self, { t(.resourceKind($0)) }),
                      value: r?.kind.rawValue ?? Resource.Kind.basic.rawValue),
            FormField(key: "Category", label: t(.fieldCategory), value: r?.category ?? ""),
        ]
        let domains = r?.domains ?? []
        fields += (1...3).map { n in
            FormField(key: "Domain\(n)", label: t(.fieldDomainN, String(n)),
                      kind: .choice(LifeDomain.self, { t(.domain($0)) }, none: "—"),
                      value: n <= domains.count ? domains[n - 1].rawValue : "")
        }
        fields += [
            FormField(key: "MinimumAge", label: t(.fieldMinimumAge), kind: .number, value: number(r?.minimumAge)),
            FormField(key: "MaximumAge", label: t(.fieldMaximumAge), kind: .number, value: number(r?.maximumAge)),
            FormField(key: "Audience", label: t(.fieldAudience), value: r?.audience ?? ""),
            FormField(key: "Address", label: t(.detailAddress), value: r?.address ?? ""),
            FormField(key: "Area", label: t(.fieldArea), value: r?.area ?? ""),
            FormField(key: "Contact", label: t(.fieldContact), value: r?.contact ?? ""),
            FormField(key: "Phone", label: t(.detailPhone), value: r?.phone ?? ""),
            FormField(key: "Email", label: t(.detailEmail), value: r?.email ?? ""),
            FormField(key: "Website", label: t(.fieldWebsite), value: r?.website ?? ""),
            FormField(key: "Hours", label: t(.detailHours), value: r?.hours ?? ""),
            FormField(key: "Costs", label: t(.fieldCosts), value: r?.costs ?? ""),
            FormField(key: "Route", label: t(.fieldRoute),
                      kind: .choice(Resource.Route.self, { t(.resourceRoute($0)) }, none: "—"), value: r?.route?.rawValue ?? ""),
            FormField(key: "WaitWeeks", label: t(.fieldWaitWeeks), kind: .number, value: number(r?.waitWeeks)),
            FormField(key: "CapacityNotes", label: t(.fieldCapacityNotes), value: r?.capacityNotes ?? ""),
            FormField(key: "Description", label: t(.fieldDescription), kind: .multiline(rows: 3), value: r?.description ?? ""),
        ]
        var form = Form(title: r.map { t(.editResourceTitle, $0.name) } ?? t(.newResourceTitle), fields: fields) { form, ws in
            guard let worker = ws.viewer else { return nil }
            let v = form.value
            let chosen = ["Domain1", "Domain2", "Domain3"].compactMap { LifeDomain(rawValue: v($0)) }
                .reduce(into: [LifeDomain]()) { if !$0.contains($1) { $0.append($1) } }
            let id = r?.id ?? Resource.newId(v("Name"), taken: Set(ws.snapshot.resources.map(\.id)))
            let saved = Resource(id: id, name: v("Name"), organisation: v("Organisation"),
                                 kind: Resource.Kind(rawValue: v("Kind")) ?? .basic, category: v("Category"), domains: chosen,
                                 minimumAge: Int(v("MinimumAge")), maximumAge: Int(v("MaximumAge")), audience: v("Audience"),
                                 address: v("Address"), area: v("Area"), contact: v("Contact"), phone: v("Phone"),
                                 email: v("Email"), website: v("Website"), hours: v("Hours"), costs: v("Costs"),
                                 route: Resource.Route(rawValue: v("Route")), waitWeeks: Int(v("WaitWeeks")),
                                 capacityNotes: v("CapacityNotes"), description: v("Description"), checked: ws.now.day,
                                 checkedBy: worker.id)
            let path = Workspace.resourcePath(id)
            guard let base = form.base else {
                return Submission([.newFile(path, [Schema.set("Resource", [StoreEncoder.resource(saved)])],
                                            recorded: .create, object: id)])
            }
            return Submission([.update(path, base: base, base.sets.updating("Resource") {
                StoreEncoder.resource(saved, updating: $0)
            })])
        }
        form.ranges = ["MinimumAge": 0...120, "MaximumAge": 0...120, "WaitWeeks": 0...104]
        form.rules = [ageRange]
        form.note = t(.resourceFormNote)
        return form
    }

    @Sendable static func ageRange(_ form: Form) -> (key: String, error: FieldError)? {
        guard let from = Int(form.value("MinimumAge")), let to = Int(form.value("MaximumAge")), from > to else { return nil }
        return ("MaximumAge", .range)
    }
}

extension Workspace {
    static func resourcePath(_ id: String) -> String { StoreLayout.resources + "/" + id + StoreLayout.recordExtension }
}
