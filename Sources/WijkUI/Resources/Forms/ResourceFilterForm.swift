import WijkDomain

/// `f` in the sociale kaart: narrow it to a life domain, a kind, someone's age and a village.
enum ResourceFilterForm {
    static func make(_ filter: ResourceFilter, areas: [String], _ t: Strings) -> Form {
        var form = Form(title: t(.resourceFilterTitle), fields: [
            FormField(key: "Domain", label: t(.detailDomains),
                      kind: .choice(LifeDomain.self, { t(.domain($0)) }, none: t(.everything)),
                      value: filter.domain?.rawValue ?? ""),
            FormField(key: "Kind", label: t(.detailKind),
                      kind: .choice(Resource.Kind.self, { t(.resourceKind($0)) }, none: t(.everything)),
                      value: filter.kind?.rawValue ?? ""),
            FormField(key: "Age", label: t(.fieldAge), kind: .number, value: filter.age.map(String.init) ?? ""),
            FormField(key: "Area", label: t(.fieldArea),
                      kind: .choice(codes: [""] + areas, labels: [t(.everything)] + areas), value: filter.area ?? ""),
        ]) { form, _ in
            let v = form.value
            let chosen = ResourceFilter(domain: LifeDomain(rawValue: v("Domain")), kind: Resource.Kind(rawValue: v("Kind")),
                                        age: Int(v("Age")), area: v("Area").isEmpty ? nil : v("Area"))
            return Submission([]) { ws in ws.resourceFilter = chosen }
        }
        form.ranges["Age"] = 0...120
        form.note = t(.resourceFilterNote)
        return form
    }
}
