import WijkDomain
import WijkStore

/// The meeting's forms. Each saves the minutes with what it changed, and a decision also writes the plan:
/// the journal entry "besproken in teamoverleg", a new action, a new regisseur or evaluation date.
enum MeetingForms {
    static func path(_ meeting: Meeting) -> String { StoreLayout.meetings + "/" + meeting.date.iso + StoreLayout.recordExtension }

    /// The minutes after `change`, saved against the file as it is now; `undoable` for a decision, which `u`
    /// takes back whole.
    static func minutes(_ meeting: Meeting, _ workspace: Workspace, undoable: Bool = false,
                        _ change: (inout Meeting) -> Void) -> Change {
        var changed = meeting
        change(&changed)
        let path = path(meeting)
        return .update(path, base: try? workspace.writer?.read(path), StoreEncoder.meetingFile(changed), undoable: undoable)
    }

    /// `a`: who is present, one yes/no per active worker; the chair is.
    static func present(_ meeting: Meeting, _ workspace: Workspace) -> Form {
        let t = workspace.strings
        let workers = workspace.snapshot.workers.filter(\.active).sorted { $0.name < $1.name }
        let fields = workers.map { w in
            FormField(key: w.id, label: w.initials + " " + w.name, kind: .choice(codes: ["no", "yes"], labels: [t(.no), t(.yes)]),
                      value: meeting.present.contains(w.id) || w.id == meeting.chair ? "yes" : "no")
        }
        return Form(title: t(.meetingPresentTitle), fields: fields) { form, ws in
            // The chair is there, whatever the form says.
            let chosen = workers.map(\.id).filter { form.value($0) == "yes" || $0 == meeting.chair }
            return Submission([minutes(meeting, ws) { $0.present = chosen }])
        }
    }

    /// `+`: a household onto the agenda, found by typing its name or street; the room sees initials and
    /// streets only.
    static func add(_ meeting: Meeting, _ workspace: Workspace) -> Form {
        let t = workspace.strings
        let on = Set(meeting.items.map(\.subject))
        // Not a restricted one: typing its name would show the room that it is restricted (`T` in its plan puts it on).
        let households = workspace.snapshot.dossiers.filter {
            $0.household.status != .closed && !on.contains(.household($0.id)) && $0.household.confidentiality == .normal
        }.sorted { DutchName.sortKey($0.household.name) < DutchName.sortKey($1.household.name) }
        // Nothing chosen until something is typed: Enter at once must not put the first household on.
        var household = FormField(key: "Household", label: t(.fieldHousehold),
                                  kind: .choice(codes: [""] + households.map(\.id),
                                                labels: [t(.meetingAddType)] + households.map { MeetingView.household($0.household, workspace) }),
                                  required: true, value: "")
        household.searchTerms = [""] + households.map { $0.household.name + " " + $0.household.shortAddress }
        var form = Form(title: t(.meetingAddTitle), fields: [
            household,
            FormField(key: "Minutes", label: t(.fieldMeetingMinutes), kind: .number, value: "5"),
        ]) { form, ws in
            guard !form.value("Household").isEmpty else { return nil }
            let item = Meeting.Item(subject: .household(form.value("Household")), reasons: [.added],
                                    minutes: Int(form.value("Minutes")) ?? 5)
            return Submission([minutes(meeting, ws) { $0.items.append(item) }])
        }
        form.ranges["Minutes"] = 1...120
        return form
    }

    /// `L`: a longer idle lock for this meeting, in minutes (the team's own stays the shortest).
    static func idleLock(_ meeting: Meeting, _ workspace: Workspace) -> Form {
        let team = workspace.snapshot.info.idleLockSeconds / 60
        var form = Form(title: workspace.strings(.meetingIdleLockTitle), fields: [
            FormField(key: "Minutes", label: workspace.strings(.fieldMeetingMinutes), kind: .number, required: true,
                      value: String(meeting.idleLockMinutes ?? max(team, 1))),
        ]) { form, ws in
            Submission([minutes(meeting, ws) { $0.idleLockMinutes = Int(form.value("Minutes")) }])
        }
        form.ranges["Minutes"] = max(1, team)...240
        form.note = workspace.strings(.meetingIdleLockNote, String(team))
        return form
    }

    /// `t`: the minutes planned for one item.
    static func time(_ meeting: Meeting, item index: Int, _ workspace: Workspace) -> Form {
        var form = Form(title: workspace.strings(.meetingTimeTitle), fields: [
            FormField(key: "Minutes", label: workspace.strings(.fieldMeetingMinutes), kind: .number, required: true,
                      value: String(meeting.items[index].minutes)),
        ]) { form, ws in
            Submission([minutes(meeting, ws) { $0.items[index].minutes = Int(form.value("Minutes")) ?? 5 }])
        }
        form.ranges["Minutes"] = 1...120
        return form
    }

    /// `b`: the decision on one item. For a household: the journal entry with the decision, and what it
    /// decides (a new action, another regisseur, a new evaluation date); the question for the team is answered.
    /// For a request: the decision, then the new household's form with the regisseur chosen.
    static func decision(_ meeting: Meeting, item index: Int, _ workspace: Workspace) -> Form? {
        let t = workspace.strings
        let item = meeting.items[index]
        let workerKind: FormField.Kind = {
            let list = workspace.snapshot.workers.filter(\.active).sorted { $0.name < $1.name }
            return .choice(codes: [""] + list.map(\.id), labels: [t(.unchanged)] + list.map { $0.name + " (" + $0.initials + ")" })
        }()
        switch item.subject {
        case .request(let id):
            guard let request = workspace.request(id) else { return nil }
            return Form(title: t(.meetingDecisionTitle, MeetingView.title(item, workspace)), fields: [
                FormField(key: "Decision", label: t(.fieldDecision), kind: .multiline(rows: 3), required: true, value: item.decision),
                FormField(key: "Regisseur", label: t(.fieldMeetingRegisseur), kind: workerKind, value: ""),
            ]) { form, ws in
                let regisseur = form.value("Regisseur")
                let change = minutes(meeting, ws, undoable: true) {
                    $0.items[index].decision = form.value("Decision")
                    $0.items[index].status = .discussed
                }
                return Submission([change]) { ws in
                    if !regisseur.isEmpty { ws.present(HouseholdForm.fromRequest(request, regisseur: regisseur, ws)) }
                }
            }
        case .household(let id):
            guard let dossier = workspace.dossier(id), Access.canOpen(dossier.household, as: workspace.viewer) else { return nil }
            // Read as the form opens: a change made elsewhere while the team talks is merged field by field, and
            // the same field changed there and here is a question, not an overwrite.
            let planBase = (try? workspace.writer?.read(Workspace.planPath(id))) ?? nil
            let householdBase = (try? workspace.writer?.read(Workspace.householdPath(id))) ?? nil
            // Members show as initials and are found by name too.
            var who = FormField(key: "Who", label: t(.fieldActionWho),
                                kind: .actors(dossier, resources: workspace.snapshot.resources, t) { Pseudonym.initials($0.name) },
                                value: Actor.regisseur.code)
            if case .choice(let codes, let labels) = who.kind {
                let names = Dictionary(dossier.members.map { (Actor.member($0.id).code, $0.name) }, uniquingKeysWith: { a, _ in a })
                who.searchTerms = zip(codes, labels).map { code, label in names[code].map { $0 + " " + label } ?? label }
            }
            var form = Form(title: t(.meetingDecisionTitle, MeetingView.title(item, workspace)), fields: [
                FormField(key: "Decision", label: t(.fieldDecision), kind: .multiline(rows: 3), required: true, value: item.decision),
                FormField(key: "Action", label: t(.fieldNewAction), value: ""),
                who,
                FormField(key: "Due", label: t(.fieldActionDue), kind: .date, value: ""),
                FormField(key: "Regisseur", label: t(.fieldMeetingRegisseur), kind: workerKind, value: ""),
                FormField(key: "Evaluation", label: t(.fieldNewEvaluation), kind: .date, value: ""),
            ]) { form, ws in
                guard let chair = ws.viewer else { return nil }
                let v = form.value
                var changes: [Change] = []
                var made: [String] = []
                var text = t(.journalMeeting, meeting.date.dutch, v("Decision"))
                if !v("Action").isEmpty {
                    let action = Action(id: "a-" + Workspace.randomSuffix(4), goal: "", text: v("Action"),
                                        who: Actor(code: v("Who")) ?? .regisseur, due: form.day("Due"))
                    let sets = (planBase?.sets ?? []).ensuring("Goal").upserting("Action", id: action.id) {
                        StoreEncoder.action(action, updating: $0)
                    }
                    changes.append(.update(Workspace.planPath(id), base: planBase, sets))
                    made.append(action.id)
                    text += "\n" + t(.fieldNewAction) + ": " + action.text + (action.due.map { " (" + $0.dutch + ")" } ?? "")
                }
                var household: [(String, String?)] = []
                if !v("Regisseur").isEmpty, v("Regisseur") != dossier.household.regisseur {
                    household.append(("Regisseur", v("Regisseur")))
                    made.append("regisseur:" + v("Regisseur"))
                    text += "\n" + t(.fieldMeetingRegisseur) + ": " + (ws.snapshot.worker(v("Regisseur"))?.name ?? v("Regisseur"))
                }
                if let evaluation = form.day("Evaluation") {
                    household.append(("Evaluation", evaluation.iso))
                    made.append("evaluation:" + evaluation.iso)
                    text += "\n" + t(.fieldNewEvaluation) + ": " + evaluation.dutch
                }
                if dossier.household.meetingQuestion != nil {
                    household += [("Discuss", nil), ("DiscussBy", nil), ("DiscussSince", nil)]
                }
                if !household.isEmpty {
                    changes.append(.update(Workspace.householdPath(id), base: householdBase,
                                           (householdBase?.sets ?? []).updating("Household") { $0.setting(household) }))
                }
                let stamp = ws.newStamp()
                let entry = JournalEntry(id: stamp, date: ws.now.day, kind: .partner, author: chair.id, text: text)
                changes.insert(.entry(household: id, folder: StoreLayout.journal, stamp: stamp,
                                      Schema.set("JournalEntry", [StoreEncoder.journalEntry(entry)]),
                                      undo: .journal(household: id, entry: stamp)), at: 0)
                made.insert(stamp, at: 0)
                changes.append(minutes(meeting, ws, undoable: true) {
                    $0.items[index].decision = v("Decision")
                    $0.items[index].status = .discussed
                    $0.items[index].changes += made
                })
                return Submission(changes)
            }
            // The form is on the projector too: the question's names as initials.
            form.note = dossier.household.meetingQuestion.map {
                t(.meetingQuestionHeading) + ": " + Pseudonym.scrub($0.text, names: Pseudonym.names(in: dossier))
            }
            return form
        }
    }

    /// `T` in the plan: the household onto the next meeting's agenda with a question for the team, or off it.
    static func question(_ dossier: Dossier, _ workspace: Workspace) -> Form {
        let t = workspace.strings
        var form = Form(title: t(.meetingQuestionTitle), fields: [
            FormField(key: "Question", label: t(.fieldTeamQuestion), kind: .multiline(rows: 3),
                      value: dossier.household.meetingQuestion?.text ?? ""),
        ]) { form, ws in
            guard let worker = ws.viewer else { return nil }
            let path = Workspace.householdPath(dossier.id)
            let base = try? ws.writer?.read(path)
            let question = form.value("Question")
            let fields: [(String, String?)] = question.isEmpty
                ? [("Discuss", nil), ("DiscussBy", nil), ("DiscussSince", nil)]
                : [("Discuss", question), ("DiscussBy", worker.id), ("DiscussSince", ws.now.day.iso)]
            return Submission([.update(path, base: base ?? nil, (base?.sets ?? []).updating("Household") { $0.setting(fields) })]) { ws in
                if !question.isEmpty { ws.notice = t(.meetingQuestionSaved) }
            }
        }
        form.note = t(.meetingQuestionNote)
        return form
    }
}
