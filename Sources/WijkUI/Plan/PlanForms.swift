import WijkDomain
import WijkStore

/// The forms of the household plan: a new household, members, closing, hand-over, ZRM, goals, actions,
/// journal entries, budget and expenses.
enum PlanForms {
    static func choice<C: CaseIterable & RawRepresentable>(_ type: C.Type, _ label: (C) -> String, none: String? = nil)
        -> FormField.Kind where C.RawValue == String {
        let codes = C.allCases.map(\.rawValue)
        let labels = C.allCases.map(label)
        guard let none else { return .choice(codes: codes, labels: labels) }
        return .choice(codes: [""] + codes, labels: [none] + labels)
    }

    static func workers(_ workers: [Worker], including id: String?) -> FormField.Kind {
        let list = workers.filter { $0.active || $0.id == id }.sorted { $0.name < $1.name }
        return .choice(codes: list.map(\.id), labels: list.map { $0.name + " (" + $0.initials + ")" })
    }

    static func scoreKind(_ t: Strings, none: String) -> FormField.Kind {
        .choice(codes: [""] + ZRMScore.allCases.map { String($0.rawValue) },
                labels: [none] + ZRMScore.allCases.map { "\($0.rawValue) " + t(.score($0)) })
    }

    static func newHousehold(workers: [Worker], viewer: Worker?, today: Day, _ t: Strings) -> Form {
        let fields = [
            FormField(key: "Name", label: t(.fieldName), required: true, value: ""),
            FormField(key: "Street", label: t(.fieldStreet), value: ""),
            FormField(key: "Postcode", label: t(.fieldPostcode), kind: .postcode, value: ""),
            FormField(key: "City", label: t(.fieldCity), value: ""),
            FormField(key: "Phone", label: t(.detailPhone), value: ""),
            FormField(key: "Email", label: t(.detailEmail), value: ""),
            FormField(key: "PreferredContact", label: t(.fieldPreferredContact),
                      kind: choice(Household.Contact.self, { t(.contact($0)) }, none: "—"), value: ""),
            FormField(key: "Regisseur", label: t(.regisseurLabel), kind: PlanForms.workers(workers, including: nil),
                      required: true, value: viewer?.id ?? workers.first?.id ?? ""),
            FormField(key: "Status", label: t(.columnStatus),
                      kind: choice(Household.Status.self, { t(.householdStatus($0)) }), value: Household.Status.registered.rawValue),
            FormField(key: "Confidentiality", label: t(.fieldConfidentiality),
                      kind: .choice(codes: Household.Confidentiality.allCases.map(\.rawValue),
                                    labels: [t(.confidentialityNormal), t(.restrictedName)]), value: "normal"),
            FormField(key: "Start", label: t(.fieldStart), kind: .date, value: today.dutch),
            FormField(key: "Evaluation", label: t(.fieldEvaluation), kind: .date, value: today.adding(days: 91).dutch),
        ]
        return Form(title: t(.newHouseholdTitle), fields: fields, purpose: .newHousehold)
    }

    static func member(_ m: Member?, household: String, _ t: Strings) -> Form {
        Form(title: m.map { t(.editMemberTitle, $0.name) } ?? t(.newMemberTitle), fields: [
            FormField(key: "Name", label: t(.fieldName), required: true, value: m?.name ?? ""),
            FormField(key: "Born", label: t(.detailBorn), kind: .date, value: m?.born?.dutch ?? ""),
            FormField(key: "Relation", label: t(.detailRelation), value: m?.relation ?? ""),
            FormField(key: "BSN", label: t(.detailBSN), kind: .bsn, value: m?.bsn ?? ""),
            FormField(key: "Phone", label: t(.detailPhone), value: m?.phone ?? ""),
            FormField(key: "Notes", label: t(.fieldNotes), kind: .multiline(rows: 3), value: m?.notes ?? ""),
        ], purpose: .member(household: household, member: m?.id))
    }

    static func close(household: String, _ t: Strings) -> Form {
        var form = Form(title: t(.closeTitle), fields: [
            FormField(key: "CloseReason", label: t(.fieldCloseReason),
                      kind: choice(Household.CloseReason.self, { t(.closeReason($0)) }), required: true,
                      value: Household.CloseReason.goalsAchieved.rawValue),
            FormField(key: "Satisfaction", label: t(.fieldSatisfaction), kind: .number, value: ""),
            FormField(key: "Note", label: t(.fieldExplanation), kind: .multiline(rows: 4), value: ""),
        ], purpose: .close(household: household))
        form.ranges["Satisfaction"] = 1...10
        form.note = t(.closeNote)
        return form
    }

    static func handover(household: Household, workers: [Worker], _ t: Strings) -> Form {
        let others = workers.filter { $0.active && $0.id != household.regisseur }.sorted { $0.name < $1.name }
        return Form(title: t(.handoverTitle), fields: [
            FormField(key: "Regisseur", label: t(.fieldNewRegisseur),
                      kind: .choice(codes: others.map(\.id), labels: others.map { $0.name + " (" + $0.initials + ")" }),
                      required: true, value: others.first?.id ?? ""),
            FormField(key: "Reason", label: t(.fieldReason), required: true, value: ""),
        ], purpose: .handover(household: household.id))
    }

    static func assessment(_ dossier: Dossier, today: Day, isFinal: Bool, _ t: Strings) -> Form {
        let adults = dossier.members.filter { ($0.age(on: today) ?? 18) >= 18 }
        var fields = [
            FormField(key: "Subject", label: t(.fieldSubject),
                      kind: .choice(codes: [Assessment.householdSubject] + adults.map(\.id),
                                    labels: [t(.zrmSubjectHousehold)] + adults.map(\.name)),
                      value: Assessment.householdSubject),
            FormField(key: "Date", label: t(.detailDate), kind: .date, required: true, value: today.dutch),
        ]
        let latest = dossier.progress
        for domain in LifeDomain.allCases {
            let current = latest.first { $0.domain == domain }.map { String($0.latest.rawValue) } ?? ""
            fields.append(FormField(key: domain.rawValue, label: t(.domain(domain)), kind: scoreKind(t, none: "—"),
                                    value: current))
        }
        var form = Form(title: t(isFinal ? .finalAssessmentTitle : .assessmentTitle), fields: fields,
                        purpose: .assessment(household: dossier.id, isFinal: isFinal))
        form.note = t(.assessmentNote)
        return form
    }

    static func goal(_ g: Goal?, household: String, _ t: Strings) -> Form {
        Form(title: t(g == nil ? .newGoalTitle : .editGoalTitle), fields: [
            FormField(key: "Domain", label: t(.detailDomains), kind: choice(LifeDomain.self, { t(.domain($0)) }),
                      value: g?.domain.rawValue ?? LifeDomain.finances.rawValue),
            FormField(key: "Text", label: t(.fieldGoal), required: true, value: g?.text ?? ""),
            FormField(key: "Target", label: t(.detailTarget), kind: scoreKind(t, none: "—"),
                      value: g?.target.map { String($0.rawValue) } ?? ""),
            FormField(key: "Due", label: t(.detailDue), kind: .date, value: g?.due?.dutch ?? ""),
            FormField(key: "Status", label: t(.columnStatus), kind: choice(Goal.Status.self, { t(.goalStatus($0)) }),
                      value: g?.status.rawValue ?? Goal.Status.open.rawValue),
        ], purpose: .goal(household: household, goal: g?.id))
    }

    static func action(_ a: Action?, dossier: Dossier, resources: [Resource], regisseurLabel: String, _ t: Strings) -> Form {
        var whoCodes = [Actor.regisseur.code, Actor.network.code]
        var whoLabels = [regisseurLabel, t(.actorNetwork)]
        for m in dossier.members { whoCodes.append(Actor.member(m.id).code); whoLabels.append(m.name) }
        let ordered = resources.sorted { ($0.level == .basic ? 0 : 1, $0.name) < ($1.level == .basic ? 0 : 1, $1.name) }
        for r in ordered { whoCodes.append(Actor.resource(r.id).code); whoLabels.append(r.name) }
        return Form(title: t(a == nil ? .newActionTitle : .editActionTitle), fields: [
            FormField(key: "Text", label: t(.fieldWhat), required: true, value: a?.text ?? ""),
            FormField(key: "Who", label: t(.detailWho), kind: .choice(codes: whoCodes, labels: whoLabels),
                      value: a?.who.code ?? Actor.regisseur.code),
            FormField(key: "Goal", label: t(.detailGoal),
                      kind: .choice(codes: [""] + dossier.goals.map(\.id), labels: ["—"] + dossier.goals.map(\.text)),
                      value: a?.goal ?? dossier.goals.first?.id ?? ""),
            FormField(key: "Due", label: t(.detailDue), kind: .date, value: a?.due?.dutch ?? ""),
            FormField(key: "Status", label: t(.columnStatus), kind: choice(Action.Status.self, { t(.actionStatus($0)) }),
                      value: a?.status.rawValue ?? Action.Status.open.rawValue),
        ], purpose: .action(household: dossier.id, action: a?.id))
    }

    static func journal(household: String, corrects: JournalEntry?, today: Day, _ t: Strings) -> Form {
        var form = Form(title: corrects.map { t(.correctionTitle, $0.date.dutch) } ?? t(.newJournalTitle), fields: [
            FormField(key: "Type", label: t(.detailType), kind: choice(JournalEntry.Kind.self, { t(.journalKind($0)) }),
                      value: corrects == nil ? JournalEntry.Kind.homevisit.rawValue : JournalEntry.Kind.note.rawValue),
            FormField(key: "Date", label: t(.detailDate), kind: .date, required: true, value: today.dutch),
            FormField(key: "Minutes", label: t(.fieldMinutes), kind: .number, value: ""),
            FormField(key: "Text", label: t(.fieldText), kind: .multiline(rows: 8), required: true, value: ""),
        ], purpose: .journal(household: household, corrects: corrects?.id))
        form.note = corrects.map { _ in t(.correctionNote) } ?? t(.journalNote)
        return form
    }

    static func budget(_ b: Budget?, household: String, today: Day, _ t: Strings) -> Form {
        Form(title: t(.budgetTitle), fields: [
            FormField(key: "Amount", label: t(.budgetAmount), kind: .money, required: true, value: b?.amount.dutch ?? ""),
            FormField(key: "From", label: t(.fieldFrom), kind: .date, value: b?.from?.dutch ?? today.dutch),
            FormField(key: "Until", label: t(.fieldUntil), kind: .date, value: b?.until?.dutch ?? today.adding(days: 364).dutch),
        ], purpose: .budget(household: household))
    }

    static func expense(household: String, resources: [Resource], today: Day, _ t: Strings) -> Form {
        let sorted = resources.sorted { $0.name < $1.name }
        return Form(title: t(.expenseTitle), fields: [
            FormField(key: "Date", label: t(.detailDate), kind: .date, required: true, value: today.dutch),
            FormField(key: "Kind", label: t(.detailKind), kind: choice(Expense.Kind.self, { t(.expenseKind($0)) }),
                      value: Expense.Kind.expense.rawValue),
            FormField(key: "Amount", label: t(.fieldAmount), kind: .money, required: true, value: ""),
            FormField(key: "Description", label: t(.fieldDescription), required: true, value: ""),
            FormField(key: "Domain", label: t(.fieldDomainTag), kind: choice(LifeDomain.self, { t(.domain($0)) }, none: "—"),
                      value: ""),
            FormField(key: "Resource", label: t(.fieldResource),
                      kind: .choice(codes: [""] + sorted.map(\.id), labels: ["—"] + sorted.map(\.name)), value: ""),
        ], purpose: .expense(household: household))
    }
}
