import WijkDomain
import WijkStore

/// The regisseur's daily work in the plan: each key opens the form for it on the selected household.
extension PlanPane {
    static let bindings = BindingGroup<PlanPane>(.plan, [
        ListBindings.open(help: .helpOpenPlanRow),
        ListBindings.filter(help: .helpFilterPlan),
        Binding(.edit, [.character("e")], .helpEdit) { plan, ws in plan.editSelected(&ws) },
        Binding(.newJournal, [.character("n")], .helpNewJournal) { _, ws in
            guard let id = ws.selectedDossier?.id else { return }
            ws.present(JournalForm.make(household: id, corrects: nil, today: ws.now.day, ws.strings))
        },
        Binding(.newMember, [.character("m")], .helpNewMember) { _, ws in
            guard let id = ws.selectedDossier?.id else { return }
            ws.open(MemberForm.make(nil, household: id, ws.strings), on: Workspace.householdPath(id))
        },
        Binding(.removeMember, [.character("x")], .helpRemoveMember) { plan, ws in
            guard let dossier = ws.selectedDossier, case .member(let memberId)? = plan.selectedRow(ws)?.ref,
                  let member = dossier.members.first(where: { $0.id == memberId }) else { return }
            ws.present(Question(text: ws.strings(.confirmRemoveMember, member.name)) { ws in
                ws.changeHousehold(dossier.id, journalNote: ws.strings(.journalRemovedMember, member.name)) {
                    $0.removing("Member", id: memberId)
                }
            })
        },
        Binding(.score, [.character("z")], .helpScore) { _, ws in
            guard let dossier = ws.selectedDossier else { return }
            ws.present(AssessmentForm.make(dossier, today: ws.now.day, isFinal: false, ws.strings))
        },
        Binding(.newGoal, [.character("D")], .helpNewGoal) { _, ws in
            guard let id = ws.selectedDossier?.id else { return }
            ws.open(GoalForm.make(nil, household: id, ws.strings), on: Workspace.planPath(id))
        },
        Binding(.newAction, [.character("A")], .helpNewAction) { _, ws in
            guard let dossier = ws.selectedDossier else { return }
            ws.open(ActionForm.make(nil, dossier: dossier, resources: ws.snapshot.resources, ws.strings),
                    on: Workspace.planPath(dossier.id))
        },
        Binding(.newExpense, [.character("b")], .helpNewExpense) { _, ws in
            guard let id = ws.selectedDossier?.id else { return }
            ws.present(ExpenseForm.make(household: id, resources: ws.snapshot.resources, today: ws.now.day, ws.strings))
        },
        Binding(.setBudget, [.character("B")], .helpSetBudget) { _, ws in
            guard let dossier = ws.selectedDossier else { return }
            ws.open(BudgetForm.make(dossier.budget, household: dossier.id, today: ws.now.day, ws.strings),
                    on: Workspace.budgetPath(dossier.id))
        },
        Binding(.suggest, [.character("V")], .helpSuggest) { _, ws in
            guard let id = ws.selectedDossier?.id else { return }
            ws.present(SuggestionScreen(household: id, ws))
        },
        Binding(.meetingQuestion, [.character("T")], .helpMeetingQuestion) { _, ws in
            guard let dossier = ws.selectedDossier else { return }
            ws.present(MeetingForms.question(dossier, ws))
        },
        Binding(.closeOrReopen, [.character("s")], .helpCloseOrReopen) { _, ws in
            guard let dossier = ws.selectedDossier else { return }
            let id = dossier.id
            // A household merged into another lives on there: reopening this one would make it two again.
            if let keep = dossier.household.mergedInto {
                ws.notice = ws.strings(.mergedAway, keep)
                return
            }
            if dossier.household.status == .closed {
                ws.present(Question(text: ws.strings(.confirmReopen)) { ws in
                    ws.changeHousehold(id, journalNote: ws.strings(.journalReopened)) {
                        $0.updating("Household") {
                            $0.setting([("Status", Household.Status.active.rawValue), ("Closed", nil), ("CloseReason", nil), ("SelfReliant", nil)])
                        }
                    }
                })
            } else {
                ws.open(CloseForm.make(household: id, name: ws.dossier(id)?.household.name ?? "", goals: ws.dossier(id)?.goals ?? [],
                                       ws.strings), on: Workspace.householdPath(id))
            }
        },
        Binding(.merge, [.character("S")], .helpMerge) { _, ws in
            guard let dossier = ws.selectedDossier else { return }
            guard ws.viewer?.may(.triage) == true else { return ws.notice = ws.strings(.mergeNeedsCoordinator) }
            if let keep = dossier.household.mergedInto {
                return ws.notice = ws.strings(.mergedAway, keep)
            }
            ws.present(MergeForm.make(dossier, ws))
        },
        Binding(.avgExport, [.character("I")], .helpAvgExport) { _, ws in ws.exportSubjectAccess() },
        Binding(.handover, [.character("r")], .helpHandover) { _, ws in
            guard let dossier = ws.selectedDossier else { return }
            ws.open(HandoverForm.make(household: dossier.household, workers: ws.snapshot.workers, ws.strings),
                    on: Workspace.householdPath(dossier.id))
        },
    ])

    /// `e`: the form for what is selected — a member, goal, action, the budget or the ZRM; for a journal entry
    /// a correction; for the household's own lines the household form.
    private func editSelected(_ workspace: inout Workspace) {
        guard let dossier = workspace.selectedDossier else { return }
        let t = workspace.strings
        let id = dossier.id
        switch selectedRow(workspace)?.ref {
        case .member(let memberId)?:
            workspace.open(MemberForm.make(dossier.members.first { $0.id == memberId }, household: id, t),
                           on: Workspace.householdPath(id))
        case .goal(let goalId)?:
            workspace.open(GoalForm.make(dossier.goals.first { $0.id == goalId }, household: id, t),
                           on: Workspace.planPath(id))
        case .action(let actionId)?:
            workspace.open(ActionForm.make(dossier.actions.first { $0.id == actionId }, dossier: dossier,
                                           resources: workspace.snapshot.resources, t), on: Workspace.planPath(id))
        case .journal(let entryId)?:
            workspace.present(JournalForm.make(household: id, corrects: dossier.journal.first { $0.id == entryId },
                                               today: workspace.now.day, t))
        case .referral(let referralId)?:
            guard let referral = dossier.referrals.first(where: { $0.id == referralId }) else { return }
            let name = workspace.resource(referral.resource)?.name ?? referral.resource
            guard referral.status.isOpen else {
                workspace.notice = t(.referralEnded, t(.referralStatus(referral.status)))
                return
            }
            workspace.open(ReferralStepForm.make(referral, resource: name, today: workspace.now.day, t),
                           on: Workspace.referralPath(household: id, id: referralId))
        case .budget?:
            workspace.open(BudgetForm.make(dossier.budget, household: id, today: workspace.now.day, t),
                           on: Workspace.budgetPath(id))
        case .assessment?:
            workspace.present(AssessmentForm.make(dossier, today: workspace.now.day, isFinal: false, t))
        case .household?, nil:
            if let form = HouseholdForm.edit(dossier.household, &workspace) { workspace.present(form) }
        }
    }
}

extension Workspace {
    /// Changes household `id`'s file as it is now on disk and notes it in the journal (a member removed, the
    /// household reopened): for a question answered with yes.
    mutating func changeHousehold(_ id: String, journalNote: String, _ change: ([RecordSet]) -> [RecordSet]) {
        let path = Workspace.householdPath(id)
        guard viewer != nil, let base = readForChange(path) else { return }
        var submission = Submission([.update(path, base: base, change(base.sets), journalNote: journalNote)])
        submission.label = journalNote.hasSuffix(".") ? String(journalNote.dropLast()) : journalNote
        _ = submit(submission)
    }
}

extension Command {
    static let edit = Command("edit")
    static let newJournal = Command("new-journal")
    static let newMember = Command("new-member")
    static let removeMember = Command("remove-member")
    static let score = Command("score")
    static let newGoal = Command("new-goal")
    static let newAction = Command("new-action")
    static let newExpense = Command("new-expense")
    static let setBudget = Command("set-budget")
    static let closeOrReopen = Command("close-or-reopen")
    static let merge = Command("merge")
    static let handover = Command("handover")
    static let suggest = Command("suggest")
    static let avgExport = Command("avg-export")
}
