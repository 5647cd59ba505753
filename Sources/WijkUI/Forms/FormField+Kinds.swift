import WijkDomain

/// Kinds of choice fields the forms share: a value of an enumeration, a worker, a ZRM score.
extension FormField.Kind {
    /// One of the cases of `C`, labelled by `label`; with `none`, also no value at all.
    static func choice<C: CaseIterable & RawRepresentable>(_ type: C.Type, _ label: (C) -> String, none: String? = nil)
        -> FormField.Kind where C.RawValue == String {
        let codes = C.allCases.map(\.rawValue)
        let labels = C.allCases.map(label)
        guard let none else { return .choice(codes: codes, labels: labels) }
        return .choice(codes: [""] + codes, labels: [none] + labels)
    }

    /// Who can do an action: the regisseur, the network, each member (labelled by `member`), each resource of
    /// the sociale kaart, low-threshold ones first.
    static func actors(_ dossier: Dossier, resources: [Resource], _ t: Strings, member: (Member) -> String) -> FormField.Kind {
        var codes = [Actor.regisseur.code, Actor.network.code]
        var labels = [t(.regisseurLabel).lowercased(), t(.actorNetwork)]
        for m in dossier.members { codes.append(Actor.member(m.id).code); labels.append(member(m)) }
        for r in resources.sorted(by: Resource.inListOrder) { codes.append(Actor.resource(r.id).code); labels.append(r.name) }
        return .choice(codes: codes, labels: labels)
    }

    /// The active workers (and `including`, active or not) by name, shown with their initials.
    static func workers(_ workers: [Worker], including id: String?) -> FormField.Kind {
        let list = workers.filter { $0.active || $0.id == id }.sorted { $0.name < $1.name }
        return .choice(codes: list.map(\.id), labels: list.map { $0.name + " (" + $0.initials + ")" })
    }

    /// A ZRM score 1–5 with its label, or `none`.
    static func score(_ t: Strings, none: String) -> FormField.Kind {
        .choice(codes: [""] + ZRMScore.allCases.map { String($0.rawValue) },
                labels: [none] + ZRMScore.allCases.map { "\($0.rawValue) " + t(.score($0)) })
    }
}
