import WijkDomain
import WijkStore

/// Scoring the ZRM: a score per life domain for the household or one adult, kept beside the earlier ones.
enum AssessmentForm {
    /// The latest scores filled in; `isFinal` for the score at closing.
    static func make(_ dossier: Dossier, today: Day, isFinal: Bool, _ t: Strings) -> Form {
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
            fields.append(FormField(key: domain.rawValue, label: t(.domain(domain)), kind: .score(t, none: "—"),
                                    value: current))
        }
        let household = dossier.id
        var form = Form(title: t(isFinal ? .finalAssessmentTitle : .assessmentTitle), fields: fields) { form, workspace in
            guard let worker = workspace.viewer else { return nil }
            var scores: [LifeDomain: ZRMScore] = [:]
            for domain in LifeDomain.allCases {
                if let n = Int(form.value(domain.rawValue)), let score = ZRMScore(rawValue: n) { scores[domain] = score }
            }
            let stamp = workspace.newStamp()
            let subject = form.value("Subject")
            let assessment = Assessment(id: stamp, date: form.day("Date") ?? workspace.now.day, assessor: worker.id,
                                        subject: subject.isEmpty ? Assessment.householdSubject : subject,
                                        scores: scores, isFinal: isFinal)
            return Submission([.entry(household: household, folder: StoreLayout.assessments, stamp: stamp,
                                      Schema.set("Assessment", [StoreEncoder.assessment(assessment)]),
                                      undo: .assessment(household: household, assessment: stamp))])
        }
        form.note = t(.assessmentNote)
        return form
    }
}
