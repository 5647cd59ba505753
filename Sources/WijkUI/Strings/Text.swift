import WijkDomain
import WijkStore

/// Every string Wijkdesk shows, as a case; `Strings` gives its Dutch and English wording.
public enum Text: Sendable {
    case appName
    case paneCaseload, panePlan, paneResources
    case householdsCount, householdsFiltered
    case resourcesCount
    case columnName, columnAddress, columnRegisseur, columnStatus, columnEvaluation, columnSignals
    case columnKind, columnDomains, columnContact, columnHours
    case scope(CaseloadScope)
    case householdStatus(Household.Status)
    case signal(Signal), signalLetter(Signal)
    case domain(LifeDomain), score(ZRMScore)
    case journalKind(JournalEntry.Kind)
    case goalStatus(Goal.Status), actionStatus(Action.Status)
    case resourceLevel(Resource.Level)
    case role(Worker.Role)
    case weekday(Int)
    case sectionMembers, sectionZRM, sectionGoals, sectionJournal, sectionBudget
    case years, regisseurLabel, evaluationLabel, startLabel, crisisLabel, noAssessment, noGoals, noJournal
    case noBudget, noMembers, zrmSubjectHousehold, zrmHeading, budgetAmount, budgetSpent, budgetBalance, overBudget, overdue, due
    case targetLabel, correctedBy, correction, minutesShort, goalOfAction, moreEntries
    case noHouseholdSelected, noMatches, emptyList, noResources
    case restrictedName, restrictedExplanation
    case filterPrompt, filterLabel
    case demoMarker, problemsMarker, noProblems, problemsTitle
    case hintOpen, hintFilter, hintPane, hintHelp, hintQuit, hintBack, hintScope, hintFilterDone, hintClose
    case hintScroll
    case helpTitle, helpContext(KeyContext)
    case helpSignals
    case command(Command)
    case tooSmall
    case problem(ProblemKind)
    case valueFormat(ValueFormat)
    case detailPhone, detailEmail, detailAddress, detailHours, detailDomains, detailLevel, detailKind
    case detailDate, detailType, detailAuthor, detailDuration
    case detailBorn, detailRelation, detailBSN, detailWho, detailDue, detailGoal, detailTarget, actorNetwork
    case alsoOpenBy, auditFailed, notAllowed, notYourself, commitmentShort
    // The household plan's forms.
    case fieldPreferredContact, contact(Household.Contact), newHouseholdTitle, editMemberTitle, newMemberTitle, fieldNotes
    case closeTitle, fieldCloseReason, closeReason(Household.CloseReason), fieldSatisfaction, fieldExplanation, closeNote
    case handoverTitle, fieldNewRegisseur, fieldSubject, assessmentTitle, finalAssessmentTitle, assessmentNote
    case newGoalTitle, editGoalTitle, fieldGoal, newActionTitle, editActionTitle, fieldWhat, correctionTitle
    case newJournalTitle, fieldMinutes, fieldText, correctionNote, journalNote, budgetTitle, fieldFrom, fieldUntil
    case expenseTitle, expenseKind(Expense.Kind), fieldAmount, fieldDescription, fieldDomainTag, fieldResource
    case journalRemovedMember, journalClosed, journalReopened, journalHandover, journalWithdrawn, reversalOf
    case confirmRemoveMember, confirmReopen, confirmHint, nothingToUndo, undone, closedLabel, satisfactionLabel
    case fieldInitials, fieldRole, fieldCapacity, fieldPin, fieldPinAgain, fieldTeam, fieldIdleLock, fieldReason
    case editWorker, newWorkerTitle, resetPinTitle, settingsTitle, emergencyTitle, emergencyExplanation
    case teamTitle, teamHint, inactive, auditTitle, auditIntact, auditBroken, emergencySection, emergencyLine
    case signInTitle, signInChoose, signInPin, signInHint, signInPinHint, lockedTitle, lockedBy, lockedHint
    case signInMessage(SignInState.Message), noWorkers, demoSignedIn, storeReadableByOthers
    // Forms and conflicts.
    case fieldName, fieldStreet, fieldPostcode, fieldCity, fieldConfidentiality, fieldCrisis, fieldStart, fieldEvaluation
    case confidentialityNormal, yes, no, editHousehold, fieldError(FieldError), requiredMark
    case formHint, discardQuestion, saved, notSaved, saveFailed
    case conflictTitle, conflictCopyTitle, conflictExplanation, conflictCopyExplanation, conflictOurs, conflictTheirs
    case conflictCopyOurs, conflictCopyTheirs, conflictRemoved, conflictWholeRecord, conflictHint, conflictEditing
    case conflictsMarker, conflictsMerged, hintEdit
    case unknownWorker
    // The command line.
    case usage, notATerminal, storeNotFound, notAStore, badInfoFile, demoCreated, demoReused, seedsMissing
    case targetNotAStore, ioError, unknownOption, missingArgument, checkClean, checkProblems, themeNotFound
    case themeBad, keyConfigBad, noWorkerInTeam, unknownWorkerId, initDone, badInitials, generateDone, folderNotEmpty, mergedCopy, pendingCopy, nothingToMerge
    case auditBreak(AuditLog.Break.Reason), auditWhole, onBehalfOf, reasonLabel, pinPrompt, pinAgain, pinsDiffer, pinRule
    case pinNeedsTerminal
}
