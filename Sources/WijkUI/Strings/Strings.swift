import Foundation
import WijkDomain
import WijkStore

/// The string table: every text shown to users, Dutch first, English second.
///
/// `{1}`, `{2}` … in a text are filled from the arguments, in order.
public struct Strings: Sendable {
    public var language: Language

    public init(_ language: Language = .nl) { self.language = language }

    public func callAsFunction(_ text: Text, _ arguments: String...) -> String {
        let pair = Strings.table(text)
        var result = language == .nl ? pair.nl : pair.en
        for (i, argument) in arguments.enumerated() {
            result = result.replacingOccurrences(of: "{\(i + 1)}", with: argument)
        }
        return result
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    static func table(_ text: Text) -> (nl: String, en: String) {
        switch text {
        case .appName: return ("Wijkdesk", "Wijkdesk")
        case .paneCaseload: return ("Caseload", "Caseload")
        case .panePlan: return ("Huishoudplan", "Household plan")
        case .paneResources: return ("Sociale kaart", "Neighbourhood resources")
        case .householdsCount: return ("{1} huishoudens", "{1} households")
        case .householdsFiltered: return ("{1} van {2}", "{1} of {2}")
        case .resourcesCount: return ("{1} voorzieningen", "{1} resources")
        case .columnName: return ("Naam", "Name")
        case .columnAddress: return ("Adres", "Address")
        case .columnRegisseur: return ("Reg", "Reg")
        case .columnStatus: return ("Status", "Status")
        case .columnEvaluation: return ("Evaluatie", "Evaluation")
        case .columnSignals: return ("Let op", "Alert")
        case .columnKind: return ("Soort", "Kind")
        case .columnDomains: return ("Domeinen", "Domains")
        case .columnContact: return ("Contact", "Contact")
        case .columnHours: return ("Open", "Hours")
        case .scope(let scope):
            switch scope {
            case .team: return ("team", "team")
            case .mine: return ("mijn caseload", "my caseload")
            case .closed: return ("afgesloten", "closed")
            }
        case .householdStatus(let status):
            switch status {
            case .registered: return ("aangemeld", "registered")
            case .active: return ("actief", "active")
            case .closed: return ("afgesloten", "closed")
            }
        case .signal(let signal):
            switch signal {
            case .crisis: return ("crisis", "crisis")
            case .evaluationOverdue: return ("evaluatiedatum verstreken", "evaluation date passed")
            case .noRecentContact: return ("30 dagen of langer geen contact", "no contact for 30 days or more")
            case .actionOverdue: return ("actie over de datum", "action past its due date")
            }
        case .signalLetter(let signal):
            switch signal {
            case .crisis: return ("!", "!")
            case .evaluationOverdue: return ("E", "E")
            case .noRecentContact: return ("C", "C")
            case .actionOverdue: return ("A", "A")
            }
        case .domain(let domain):
            switch domain {
            case .finances: return ("Financiën", "Finances")
            case .work: return ("Werk & opleiding", "Work & education")
            case .timeUse: return ("Tijdsbesteding", "Time use")
            case .housing: return ("Huisvesting", "Housing")
            case .relations: return ("Huiselijke relaties", "Domestic relations")
            case .mentalHealth: return ("Geestelijke gezondheid", "Mental health")
            case .physicalHealth: return ("Lichamelijke gezondheid", "Physical health")
            case .substances: return ("Middelengebruik", "Substance use")
            case .basicADL: return ("Basale ADL", "Basic ADL")
            case .instrumentalADL: return ("Instrumentele ADL", "Instrumental ADL")
            case .network: return ("Sociaal netwerk", "Social network")
            case .participation: return ("Maatschappelijke participatie", "Social participation")
            case .justice: return ("Justitie", "Justice")
            }
        case .score(let score):
            switch score {
            case .acute: return ("acute problematiek", "acute problems")
            case .notSelfReliant: return ("niet zelfredzaam", "not self-reliant")
            case .limitedSelfReliant: return ("beperkt zelfredzaam", "limited self-reliance")
            case .sufficientlySelfReliant: return ("voldoende zelfredzaam", "sufficiently self-reliant")
            case .fullySelfReliant: return ("volledig zelfredzaam", "fully self-reliant")
            }
        case .journalKind(let kind):
            switch kind {
            case .homevisit: return ("huisbezoek", "home visit")
            case .phone: return ("telefoon", "phone")
            case .office: return ("gesprek op kantoor", "office meeting")
            case .partner: return ("overleg ketenpartner", "chain partner meeting")
            case .email: return ("e-mail", "e-mail")
            case .note: return ("notitie", "note")
            }
        case .goalStatus(let status):
            switch status {
            case .open: return ("open", "open")
            case .achieved: return ("bereikt", "achieved")
            case .stopped: return ("gestopt", "stopped")
            }
        case .actionStatus(let status):
            switch status {
            case .open: return ("open", "open")
            case .done: return ("gedaan", "done")
            case .cancelled: return ("geannuleerd", "cancelled")
            }
        case .resourceLevel(let level):
            switch level {
            case .basic: return ("laagdrempelig", "low-threshold")
            case .specialised: return ("maatwerk", "specialised")
            }
        case .role(let role):
            switch role {
            case .worker: return ("medewerker", "worker")
            case .coordinator: return ("coördinator", "coordinator")
            case .admin: return ("beheerder", "administrator")
            }
        case .weekday(let day):
            let nl = ["ma", "di", "wo", "do", "vr", "za", "zo"]
            let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
            let i = min(max(day, 1), 7) - 1
            return (nl[i], en[i])
        case .sectionMembers: return ("Gezinsleden", "Members")
        case .sectionZRM: return ("ZRM", "ZRM")
        case .sectionGoals: return ("Doelen en acties", "Goals and actions")
        case .sectionJournal: return ("Journaal", "Journal")
        case .sectionBudget: return ("Budget", "Budget")
        case .years: return ("{1} jr", "{1} yrs")
        case .regisseurLabel: return ("Regisseur", "Regisseur")
        case .evaluationLabel: return ("evaluatie", "evaluation")
        case .startLabel: return ("start", "start")
        case .crisisLabel: return ("CRISIS", "CRISIS")
        case .noAssessment: return ("Nog geen ZRM-score.", "No ZRM score yet.")
        case .noGoals: return ("Nog geen doelen.", "No goals yet.")
        case .noJournal: return ("Nog geen journaal.", "No journal entries yet.")
        case .noBudget: return ("Geen budget vastgesteld.", "No budget set.")
        case .noMembers: return ("Geen gezinsleden.", "No members.")
        case .zrmSubjectHousehold: return ("huishouden", "household")
        case .zrmHeading: return ("{1} · {2} → {3}", "{1} · {2} → {3}")
        case .budgetAmount: return ("Budget", "Budget")
        case .budgetSpent: return ("Besteed en toegezegd", "Spent and committed")
        case .budgetBalance: return ("Saldo", "Balance")
        case .overBudget: return ("OVER BUDGET", "OVER BUDGET")
        case .overdue: return ("te laat", "overdue")
        case .due: return ("uiterlijk {1}", "due {1}")
        case .targetLabel: return ("doel {1}", "target {1}")
        case .correctedBy: return ("gecorrigeerd", "corrected")
        case .correction: return ("correctie", "correction")
        case .minutesShort: return ("{1} min", "{1} min")
        case .goalOfAction: return ("bij doel: {1}", "for goal: {1}")
        case .moreEntries: return ("… nog {1} eerdere", "… {1} earlier")
        case .noHouseholdSelected: return ("Geen huishouden gekozen.", "No household selected.")
        case .noMatches: return ("Niets gevonden voor dit filter.", "Nothing matches this filter.")
        case .emptyList: return ("Geen huishoudens.", "No households.")
        case .noResources: return ("Nog geen voorzieningen.", "No resources yet.")
        case .restrictedName: return ("Afgeschermd huishouden", "Restricted household")
        case .restrictedExplanation:
            return ("Afgeschermd: alleen de regisseur en de coördinatoren openen dit huishouden. Enter: noodtoegang.",
                    "Restricted: only its regisseur and the coordinators open this household. Enter: emergency access.")
        case .filterPrompt: return ("Filter: ", "Filter: ")
        case .filterLabel: return ("filter “{1}”", "filter “{1}”")
        case .demoMarker: return ("demo", "demo")
        case .problemsMarker: return ("⚠ {1} problemen", "⚠ {1} problems")
        case .noProblems: return ("Geen problemen in de opslag.", "No problems in the store.")
        case .problemsTitle: return ("Problemen in de opslag", "Problems in the store")
        case .hintOpen: return ("openen", "open")
        case .hintFilter: return ("filter", "filter")
        case .hintPane: return ("paneel", "pane")
        case .hintHelp: return ("help", "help")
        case .hintQuit: return ("stoppen", "quit")
        case .hintBack: return ("terug", "back")
        case .hintScope: return ("weergave", "view")
        case .hintFilterDone: return ("klaar", "done")
        case .hintClose: return ("sluiten", "close")
        case .hintScroll: return ("scrollen", "scroll")
        case .helpTitle: return ("Help — toetsen", "Help — keys")
        case .helpContext(let context):
            switch context {
            case .global: return ("Overal", "Everywhere")
            case .list: return ("In een lijst", "In a list")
            case .caseload: return ("In de caseload", "In the caseload")
            case .filter: return ("Tijdens het filteren (typ om te filteren)", "While filtering (type to filter)")
            case .overlay: return ("In een venster als dit", "In a window like this one")
            case .plan: return ("In het huishoudplan", "In the household plan")
            case .form: return ("In een formulier (typ om te bewerken)", "In a form (type to edit)")
            case .conflict: return ("Bij een conflict", "In a conflict")
            case .team: return ("In het teamscherm", "In the team screen")
            }
        case .helpSignals: return ("Tekens in de kolom Let op", "Markers in the Alert column")
        case .command(let command):
            switch command {
            case .moveUp: return ("regel omhoog", "move up")
            case .moveDown: return ("regel omlaag", "move down")
            case .pageUp: return ("pagina omhoog", "page up")
            case .pageDown: return ("pagina omlaag", "page down")
            case .first: return ("naar de eerste regel", "go to the first row")
            case .last: return ("naar de laatste regel", "go to the last row")
            case .nextPane: return ("volgend paneel", "next pane")
            case .previousPane: return ("vorig paneel", "previous pane")
            case .focusCaseload: return ("naar de caseload", "go to the caseload")
            case .focusPlan: return ("naar het huishoudplan", "go to the household plan")
            case .focusResources: return ("naar de sociale kaart", "go to the neighbourhood resources")
            case .open: return ("openen", "open")
            case .back: return ("terug (sluiten, filter wissen)", "back (close, clear filter)")
            case .filter: return ("filteren terwijl je typt", "filter as you type")
            case .cycleScope: return ("weergave: team / mijn caseload / afgesloten",
                                      "view: team / my caseload / closed")
            case .showProblems: return ("problemen in de opslag tonen", "show problems in the store")
            case .help: return ("deze help", "this help")
            case .quit: return ("stoppen", "quit")
            case .acceptFilter: return ("filter houden, terug naar de lijst", "keep the filter, back to the list")
            case .clearFilter: return ("filter wissen", "clear the filter")
            case .close: return ("sluiten", "close")
            case .edit: return ("bewerken wat geselecteerd is (huishouden, lid, doel, actie, budget; journaal: correctie)",
                                "edit what is selected (household, member, goal, action, budget; journal: correction)")
            case .newHousehold: return ("nieuw huishouden", "new household")
            case .newJournal: return ("nieuw contactmoment of notitie in het journaal", "new journal entry")
            case .newMember: return ("nieuw gezinslid", "new member")
            case .removeMember: return ("geselecteerd gezinslid verwijderen (vraagt eerst)", "remove the selected member (asks first)")
            case .score: return ("ZRM scoren", "score the ZRM")
            case .newGoal: return ("nieuw doel", "new goal")
            case .newAction: return ("nieuwe actie", "new action")
            case .newExpense: return ("uitgave of toezegging boeken", "record an expense or commitment")
            case .setBudget: return ("budget vaststellen", "set the budget")
            case .closeOrReopen: return ("huishouden afsluiten of heropenen", "close or reopen the household")
            case .handover: return ("overdragen aan een andere regisseur", "hand over to another regisseur")
            case .undo: return ("laatste wijziging ongedaan maken (als nieuwe wijziging)", "undo the last change (as a new change)")
            case .resolveConflicts: return ("conflicten oplossen (kies per veld)", "resolve conflicts (choose per field)")
            case .save: return ("opslaan", "save")
            case .cancel: return ("annuleren (vraagt bij wijzigingen)", "cancel (asks when something changed)")
            case .nextField: return ("volgend veld", "next field")
            case .previousField: return ("vorig veld", "previous field")
            case .chooseOurs: return ("eerste waarde kiezen", "choose the first value")
            case .chooseTheirs: return ("tweede waarde kiezen", "choose the second value")
            case .typeOwn: return ("zelf een waarde typen", "type a value of your own")
            case .lock: return ("scherm nu vergrendelen", "lock the screen now")
            case .signOut: return ("afmelden / wisselen van medewerker", "sign out / switch worker")
            case .team: return ("team: medewerkers, rollen, pincodes (coördinator, beheerder)",
                                "team: workers, roles, PINs (coordinator, administrator)")
            case .auditTrail: return ("audit-trail bekijken (beheerder)", "view the audit trail (administrator)")
            case .settings: return ("instellingen (beheerder)", "settings (administrator)")
            case .newWorker: return ("nieuwe medewerker", "new worker")
            case .toggleActive: return ("medewerker (de)activeren", "deactivate / activate worker")
            case .resetPin: return ("pincode opnieuw instellen", "reset PIN")
            }
        case .tooSmall:
            return ("Het venster is te klein ({1}×{2}). Wijkdesk heeft minstens 80×24 nodig.",
                    "The window is too small ({1}×{2}). Wijkdesk needs at least 80×24.")
        case .problem(let kind):
            switch kind {
            case .binary: return ("binair bestand, geen tekst", "binary file, not text")
            case .notUTF8: return ("geen geldige UTF-8-tekst", "not valid UTF-8 text")
            case .tooLarge(let limit):
                return ("bestand groter dan \(limit / 1_048_576) MiB", "file larger than \(limit / 1_048_576) MiB")
            case .expectedField: return ("verwacht een veld ‘Naam: waarde’", "expected a field ‘Name: value’")
            case .badFieldName(let name): return ("ongeldige veldnaam ‘\(name)’", "invalid field name ‘\(name)’")
            case .continuationWithoutField:
                return ("vervolgregel ‘+’ zonder veld ervoor", "continuation line ‘+’ without a field before it")
            case .missingField(let name): return ("veld \(name) ontbreekt of is leeg", "field \(name) is missing or empty")
            case .duplicateField(let name): return ("veld \(name) staat er twee keer", "field \(name) appears twice")
            case .badValue(let field, let expected):
                let format = table(.valueFormat(expected))
                return ("veld \(field): verwacht \(format.nl)", "field \(field): expected \(format.en)")
            case .missingRecord(let type): return ("geen record \(type) in dit bestand", "no \(type) record in this file")
            case .unreadable(let reason): return ("niet te lezen: \(reason)", "cannot be read: \(reason)")
            case .conflictCopy:
                return ("conflictkopie van een synchronisatieprogramma, nog niet samengevoegd",
                        "conflict copy from a sync tool, not merged yet")
            case .unknownReference(let field, let id):
                return ("veld \(field): ‘\(id)’ bestaat niet", "field \(field): ‘\(id)’ does not exist")
            case .invalidBSN(let field):
                return ("veld \(field): geen geldig BSN (elfproef)", "field \(field): not a valid BSN (elfproef)")
            case .invalidPostcode(let field):
                return ("veld \(field): geen postcode als 1234 AB", "field \(field): not a postcode like 1234 AB")
            }
        case .valueFormat(let format):
            switch format {
            case .isoDate: return ("een datum jjjj-mm-dd", "a date yyyy-mm-dd")
            case .integer: return ("een geheel getal", "a whole number")
            case .money: return ("een bedrag zoals 1234.50", "an amount like 1234.50")
            case .yesNo: return ("yes of no", "yes or no")
            case .oneOf(let codes):
                let list = codes.joined(separator: ", ")
                return ("een van: \(list)", "one of: \(list)")
            case .score: return ("een score 1–5", "a score 1–5")
            case .actor: return ("regisseur, netwerk, member:ID of resource:ID",
                                 "regisseur, netwerk, member:ID or resource:ID")
            }
        case .detailPhone: return ("Telefoon", "Phone")
        case .detailEmail: return ("E-mail", "E-mail")
        case .detailAddress: return ("Adres", "Address")
        case .detailHours: return ("Open", "Hours")
        case .detailDomains: return ("Domeinen", "Domains")
        case .detailLevel: return ("Niveau", "Level")
        case .detailKind: return ("Soort", "Kind")
        case .detailDate: return ("Datum", "Date")
        case .detailType: return ("Soort", "Type")
        case .detailAuthor: return ("Door", "By")
        case .detailDuration: return ("Duur", "Duration")
        case .detailBorn: return ("Geboren", "Born")
        case .detailRelation: return ("Relatie", "Relation")
        case .detailBSN: return ("BSN", "BSN")
        case .detailWho: return ("Wie", "Who")
        case .detailDue: return ("Uiterlijk", "Due")
        case .detailGoal: return ("Doel", "Goal")
        case .detailTarget: return ("Doelscore", "Target score")
        case .actorNetwork: return ("netwerk", "network")
        case .auditFailed: return ("Let op: de audit-trail kon niet worden bijgewerkt.", "Warning: the audit trail could not be written.")
        case .notAllowed: return ("Dat mag jouw rol niet.", "Your role may not do that.")
        case .commitmentShort: return ("toegezegd", "committed")
        case .fieldPreferredContact: return ("Contact bij voorkeur", "Preferred contact")
        case .contact(let c):
            switch c {
            case .phone: return ("telefoon", "phone")
            case .email: return ("e-mail", "e-mail")
            case .letter: return ("brief", "letter")
            case .visit: return ("huisbezoek", "home visit")
            }
        case .newHouseholdTitle: return ("Nieuw huishouden", "New household")
        case .editMemberTitle: return ("Gezinslid bewerken — {1}", "Edit member — {1}")
        case .newMemberTitle: return ("Nieuw gezinslid", "New member")
        case .fieldNotes: return ("Notities", "Notes")
        case .closeTitle: return ("Huishouden afsluiten", "Close the household")
        case .fieldCloseReason: return ("Reden", "Reason")
        case .closeReason(let r):
            switch r {
            case .goalsAchieved: return ("doelen bereikt", "goals achieved")
            case .moved: return ("verhuisd", "moved")
            case .referred: return ("doorverwezen", "referred")
            case .noLongerWanted: return ("geen hulp meer gewenst", "no more help wanted")
            case .deceased: return ("overleden", "deceased")
            case .other: return ("anders", "other")
            }
        case .fieldSatisfaction: return ("Tevredenheid 1–10", "Satisfaction 1–10")
        case .fieldExplanation: return ("Toelichting", "Explanation")
        case .closeNote: return ("Na het afsluiten volgt de eind-ZRM. Een afgesloten huishouden staat onder weergave ‘afgesloten’ (v) en kan worden heropend.",
                                 "The final ZRM follows. A closed household is under the ‘closed’ view (v) and can be reopened.")
        case .handoverTitle: return ("Overdragen aan een andere regisseur", "Hand over to another regisseur")
        case .fieldNewRegisseur: return ("Nieuwe regisseur", "New regisseur")
        case .fieldSubject: return ("Voor", "For")
        case .assessmentTitle: return ("ZRM scoren", "Score the ZRM")
        case .finalAssessmentTitle: return ("Eind-ZRM", "Final ZRM")
        case .assessmentNote: return ("Per domein 1 acute problematiek … 5 volledig zelfredzaam; — als het domein niet gescoord wordt. ←→ of spatie kiest.",
                                      "Per domain 1 acute problems … 5 fully self-reliant; — when not scored. ←→ or space chooses.")
        case .newGoalTitle: return ("Nieuw doel", "New goal")
        case .editGoalTitle: return ("Doel bewerken", "Edit goal")
        case .fieldGoal: return ("Doel", "Goal")
        case .newActionTitle: return ("Nieuwe actie", "New action")
        case .editActionTitle: return ("Actie bewerken", "Edit action")
        case .fieldWhat: return ("Wat", "What")
        case .correctionTitle: return ("Correctie op het journaal van {1}", "Correction of the journal entry of {1}")
        case .newJournalTitle: return ("Nieuw contactmoment of notitie", "New contact or note")
        case .fieldMinutes: return ("Duur (min)", "Duration (min)")
        case .fieldText: return ("Tekst", "Text")
        case .correctionNote: return ("Het journaal verandert nooit: deze correctie komt erbij en staat onder de oorspronkelijke notitie.",
                                      "The journal never changes: this correction is added and shows under the original entry.")
        case .journalNote: return ("Enter maakt een nieuwe regel; Ctrl-S slaat op.", "Enter starts a new line; Ctrl-S saves.")
        case .budgetTitle: return ("Budget voor de planperiode", "Budget for the plan period")
        case .fieldFrom: return ("Van", "From")
        case .fieldUntil: return ("Tot en met", "Until")
        case .expenseTitle: return ("Uitgave of toezegging", "Expense or commitment")
        case .expenseKind(let k):
            switch k {
            case .expense: return ("uitgave", "expense")
            case .commitment: return ("toezegging", "commitment")
            }
        case .fieldAmount: return ("Bedrag", "Amount")
        case .fieldDescription: return ("Omschrijving", "Description")
        case .fieldDomainTag: return ("Domein (analyse)", "Domain (analysis)")
        case .fieldResource: return ("Voorziening", "Resource")
        case .journalRemovedMember: return ("Gezinslid verwijderd: {1}.", "Member removed: {1}.")
        case .journalClosed: return ("Huishouden afgesloten. Reden: {1}. Tevredenheid: {2}. {3}",
                                     "Household closed. Reason: {1}. Satisfaction: {2}. {3}")
        case .journalReopened: return ("Huishouden heropend.", "Household reopened.")
        case .journalHandover: return ("Overgedragen van {1} aan {2}. Reden: {3}", "Handed over from {1} to {2}. Reason: {3}")
        case .journalWithdrawn: return ("Ingetrokken: deze notitie is ongedaan gemaakt.", "Withdrawn: this entry was undone.")
        case .reversalOf: return ("Storno: {1}", "Reversal: {1}")
        case .confirmRemoveMember: return ("{1} uit het huishouden verwijderen? Dit komt in het journaal.",
                                           "Remove {1} from the household? This goes into the journal.")
        case .confirmReopen: return ("Dit huishouden heropenen? Dit komt in het journaal.",
                                     "Reopen this household? This goes into the journal.")
        case .confirmHint: return ("j = ja · andere toets = nee", "y = yes · any other key = no")
        case .nothingToUndo: return ("Niets om ongedaan te maken.", "Nothing to undo.")
        case .undone: return ("Ongedaan gemaakt (als nieuwe wijziging).", "Undone (as a new change).")
        case .closedLabel: return ("afgesloten {1}: {2}", "closed {1}: {2}")
        case .satisfactionLabel: return ("tevredenheid {1}/10", "satisfaction {1}/10")
        case .notYourself: return ("Je kunt jezelf niet deactiveren.", "You cannot deactivate yourself.")
        case .fieldInitials: return ("Initialen", "Initials")
        case .fieldRole: return ("Rol", "Role")
        case .fieldCapacity: return ("Capaciteit", "Capacity")
        case .fieldPin: return ("Pincode", "PIN")
        case .fieldPinAgain: return ("Nog een keer", "Once more")
        case .fieldTeam: return ("Team", "Team")
        case .fieldIdleLock: return ("Vergrendel na (min)", "Lock after (min)")
        case .fieldReason: return ("Reden", "Reason")
        case .editWorker: return ("Medewerker bewerken — {1}", "Edit worker — {1}")
        case .newWorkerTitle: return ("Nieuwe medewerker", "New worker")
        case .resetPinTitle: return ("Nieuwe pincode — {1}", "New PIN — {1}")
        case .settingsTitle: return ("Instellingen", "Settings")
        case .emergencyTitle: return ("Noodtoegang (doorbreekglas)", "Emergency access (break the glass)")
        case .emergencyExplanation:
            return ("Dit huishouden is afgeschermd. Met een reden kun je het toch openen; dat wordt vastgelegd "
                    + "en de regisseur ziet wie het deed.",
                    "This household is restricted. With a reason you can open it anyway; that is recorded and "
                    + "its regisseur sees who did so.")
        case .teamTitle: return ("Team", "Team")
        case .teamHint: return ("n nieuw · e bewerken · d (de)activeren · p pincode · Esc sluiten",
                                "n new · e edit · d (de)activate · p PIN · Esc close")
        case .inactive: return ("niet actief", "inactive")
        case .auditTitle: return ("Audit-trail", "Audit trail")
        case .auditIntact: return ("Keten heel: {1} gebeurtenissen.", "Chain whole: {1} events.")
        case .auditBroken: return ("KETEN GEBROKEN: {1}", "CHAIN BROKEN: {1}")
        case .emergencySection: return ("Noodtoegang", "Emergency access")
        case .emergencyLine: return ("{1} door {2}: {3}", "{1} by {2}: {3}")
        case .signInTitle: return ("Aanmelden", "Sign in")
        case .signInChoose: return ("Wie ben je? Typ je naam of initialen:", "Who are you? Type your name or initials:")
        case .signInPin: return ("Pincode voor {1}:", "PIN for {1}:")
        case .signInHint: return ("↑↓ kiezen · Enter verder · Ctrl-C stoppen", "↑↓ choose · Enter next · Ctrl-C quit")
        case .signInPinHint: return ("Enter aanmelden · Esc terug", "Enter sign in · Esc back")
        case .lockedTitle: return ("Vergrendeld", "Locked")
        case .lockedBy: return ("Vergrendeld door {1}.", "Locked by {1}.")
        case .lockedHint: return ("Pincode en Enter om verder te gaan · Tab: een ander meldt zich aan",
                                  "PIN and Enter to continue · Tab: someone else signs in")
        case .signInMessage(let message):
            switch message {
            case .wrongPin(let left): return ("Onjuiste pincode. Nog \(left) pogingen voor een wachttijd.",
                                              "Wrong PIN. \(left) attempts left before a wait.")
            case .lockedOut(let until): return ("Te veel onjuiste pincodes: wacht tot \(until.iso.dropFirst(11).prefix(5)) UTC.",
                                                "Too many wrong PINs: wait until \(until.iso.dropFirst(11).prefix(5)) UTC.")
            case .noPin: return ("Voor jou is nog geen pincode ingesteld: vraag een coördinator.",
                                 "No PIN has been set for you yet: ask a coordinator.")
            case .signedOut: return ("Afgemeld.", "Signed out.")
            }
        case .noWorkers: return ("Niemand gevonden.", "Nobody found.")
        case .demoSignedIn: return ("demo: aangemeld als {1}", "demo: signed in as {1}")
        case .storeReadableByOthers:
            return ("Let op: de opslag is leesbaar voor anderen op deze computer (chmod 700 {1}).",
                    "Warning: the store is readable by others on this computer (chmod 700 {1}).")
        case .alsoOpenBy: return ("ook geopend door {1} op {2}", "also open by {1} on {2}")
        case .fieldName: return ("Naam", "Name")
        case .fieldStreet: return ("Straat en nr.", "Street and no.")
        case .fieldPostcode: return ("Postcode", "Postcode")
        case .fieldCity: return ("Plaats", "Town")
        case .fieldConfidentiality: return ("Afscherming", "Confidentiality")
        case .fieldCrisis: return ("Crisis", "Crisis")
        case .fieldStart: return ("Start", "Start")
        case .fieldEvaluation: return ("Evaluatie", "Evaluation")
        case .confidentialityNormal: return ("normaal", "normal")
        case .yes: return ("ja", "yes")
        case .no: return ("nee", "no")
        case .editHousehold: return ("Huishouden bewerken — {1}", "Edit household — {1}")
        case .fieldError(let error):
            switch error {
            case .required: return ("verplicht", "required")
            case .date: return ("datum als dd-mm-jjjj", "date as dd-mm-yyyy")
            case .postcode: return ("postcode als 1234 AB", "postcode like 1234 AB")
            case .pin: return ("4 tot 12 cijfers", "4 to 12 digits")
            case .pinsDiffer: return ("niet dezelfde pincode", "not the same PIN")
            case .number: return ("een getal", "a number")
            case .amount: return ("bedrag als 1.234,50", "amount like 1.234,50")
            case .bsn: return ("geen geldig BSN (elfproef)", "not a valid BSN (elfproef)")
            case .range: return ("buiten het bereik", "out of range")
            }
        case .requiredMark: return ("* verplicht", "* required")
        case .formHint: return ("Tab volgend veld · Enter/Ctrl-S opslaan · Esc annuleren",
                                "Tab next field · Enter/Ctrl-S save · Esc cancel")
        case .discardQuestion: return ("Wijzigingen weggooien? j = ja, andere toets = nee",
                                       "Discard changes? y = yes, any other key = no")
        case .saved: return ("Opgeslagen.", "Saved.")
        case .notSaved: return ("Niet opgeslagen.", "Not saved.")
        case .saveFailed: return ("Niet opgeslagen: {1}", "Not saved: {1}")
        case .conflictTitle: return ("Ook elders gewijzigd — kies per veld", "Also changed elsewhere — choose per field")
        case .conflictCopyTitle: return ("Conflictkopie — kies per veld", "Conflict copy — choose per field")
        case .conflictExplanation:
            return ("Terwijl je bewerkte, is {1} op een andere werkplek gewijzigd. Je andere wijzigingen zijn samengevoegd; "
                    + "voor deze velden kies jij. Er is nog niets overschreven.",
                    "While you were editing, {1} was changed on another workstation. Your other changes were merged; "
                    + "for these fields you choose. Nothing has been overwritten yet.")
        case .conflictCopyExplanation:
            return ("Een synchronisatieprogramma vond twee versies van {1}. Alles wat samen kon, is samengevoegd; "
                    + "voor deze velden kies jij. Er is nog niets overschreven.",
                    "A sync tool found two versions of {1}. Everything that could be combined was merged; "
                    + "for these fields you choose. Nothing has been overwritten yet.")
        case .conflictOurs: return ("jouw wijziging", "your change")
        case .conflictTheirs: return ("op schijf (andere werkplek)", "on disk (other workstation)")
        case .conflictCopyOurs: return ("in de conflictkopie", "in the conflict copy")
        case .conflictCopyTheirs: return ("in het bestand", "in the file")
        case .conflictRemoved: return ("(verwijderd)", "(removed)")
        case .conflictWholeRecord: return ("hele record {1}", "whole record {1}")
        case .conflictHint: return ("↑↓ veld · ←→/1/2 kiezen · e zelf invullen · Enter opslaan · Esc later",
                                    "↑↓ field · ←→/1/2 choose · e type your own · Enter save · Esc later")
        case .conflictEditing: return ("eigen waarde", "own value")
        case .conflictsMarker: return ("⚠ {1} conflicten", "⚠ {1} conflicts")
        case .conflictsMerged: return ("{1} conflictkopieën samengevoegd en gearchiveerd", "{1} conflict copies merged and archived")
        case .hintEdit: return ("bewerken", "edit")
        case .unknownWorker: return ("onbekend", "unknown")
        case .usage:
            return ("""
                Wijkdesk {1} — werkplek voor sociale wijkteams

                Gebruik:
                  wijk MAP                  open de opslag in MAP
                  wijk demo [--store MAP]   open een eigen kopie van de demo-opslag
                                            (standaard in {2})
                  wijk check MAP            controleer elk bestand in MAP; één regel per probleem
                  wijk merge MAP            voeg conflictkopieën van synchronisatie samen (zonder scherm)
                  wijk init MAP --team NAAM --coordinator NAAM --initials AB [--pin-stdin]
                                            maak een nieuwe, lege opslag met een eerste coördinator
                  wijk audit MAP [--household ID] [--worker ID] [--since DATUM] [--until DATUM]
                                            toon de audit-trail op tijdsvolgorde
                  wijk audit --verify MAP   controleer elke keten van de audit-trail
                  wijk generate MAP [--households N]
                                            maak een grote fictieve opslag om te meten (standaard 10000)
                  wijk --help | --version

                Opties:
                  --theme NAAM   kleurthema: {3}
                  --lang nl|en   taal van de schermen (standaard nl)
                  --as ID        werk als deze medewerker (tot er aanmelden is)

                Omgeving: NO_COLOR (geen kleur), WIJK_THEME, WIJK_LANG, XDG_DATA_HOME,
                XDG_CONFIG_HOME (toetsen: wijkdesk/keys.conf).
                """, """
                Wijkdesk {1} — workstation for neighbourhood social teams

                Usage:
                  wijk DIR                  open the store in DIR
                  wijk demo [--store DIR]   open a private copy of the demo store
                                            (by default in {2})
                  wijk check DIR            check every file in DIR; one line per problem
                  wijk merge DIR            merge the conflict copies of sync tools (without a screen)
                  wijk init DIR --team NAME --coordinator NAME --initials AB [--pin-stdin]
                                            make a new, empty store with a first coordinator
                  wijk audit DIR [--household ID] [--worker ID] [--since DATE] [--until DATE]
                                            print the audit trail in time order
                  wijk audit --verify DIR   check every chain of the audit trail
                  wijk generate DIR [--households N]
                                            make a large fictional store for measuring (default 10000)
                  wijk --help | --version

                Options:
                  --theme NAME   colour theme: {3}
                  --lang nl|en   language of the screens (default nl)
                  --as ID        work as this worker (until sign-in exists)

                Environment: NO_COLOR (no colour), WIJK_THEME, WIJK_LANG, XDG_DATA_HOME,
                XDG_CONFIG_HOME (keys: wijkdesk/keys.conf).
                """)
        case .notATerminal:
            return ("wijk: geen terminal: start wijk in een terminalvenster (voor een controle zonder scherm: wijk check MAP)",
                    "wijk: not a terminal: run wijk in a terminal window (to check without a screen: wijk check DIR)")
        case .storeNotFound: return ("wijk: {1}: map bestaat niet", "wijk: {1}: no such folder")
        case .notAStore: return ("wijk: {1}: geen Wijkdesk-opslag (wijkdesk.rec ontbreekt)",
                                 "wijk: {1}: not a Wijkdesk store (wijkdesk.rec is missing)")
        case .badInfoFile: return ("wijk: {1}: {2}", "wijk: {1}: {2}")
        case .demoCreated: return ("Demo-opslag gemaakt in {1}", "Demo store made in {1}")
        case .demoReused: return ("Bestaande demo-opslag in {1}", "Existing demo store in {1}")
        case .seedsMissing: return ("wijk: demo-opslag niet gevonden (gezocht: {1}); zet WIJK_SEEDS op de map seeds/",
                                    "wijk: demo store not found (looked in: {1}); set WIJK_SEEDS to the seeds/ folder")
        case .targetNotAStore: return ("wijk: {1} bestaat al en is geen Wijkdesk-opslag: niets overschreven",
                                       "wijk: {1} exists and is not a Wijkdesk store: nothing overwritten")
        case .ioError: return ("wijk: {1}: {2}", "wijk: {1}: {2}")
        case .unknownOption: return ("wijk: onbekende optie of te veel argumenten: {1} (zie wijk --help)",
                                     "wijk: unknown option or too many arguments: {1} (see wijk --help)")
        case .missingArgument: return ("wijk: {1} heeft een waarde nodig (zie wijk --help)",
                                       "wijk: {1} needs a value (see wijk --help)")
        case .checkClean: return ("{1}: {2} bestanden gecontroleerd, geen problemen", "{1}: {2} files checked, no problems")
        case .checkProblems: return ("{1} problemen", "{1} problems")
        case .themeNotFound: return ("thema ‘{1}’ niet gevonden; zwart-wit gebruikt", "theme ‘{1}’ not found; using monochrome")
        case .themeBad: return ("thema {1}:{2}: niet te lezen; zwart-wit gebruikt", "theme {1}:{2}: cannot be read; using monochrome")
        case .keyConfigBad: return ("toetsen {1}: regel {2} niet te lezen", "keys {1}: line {2} cannot be read")
        case .noWorkerInTeam: return ("wijk: {1}: het team heeft geen actieve medewerker", "wijk: {1}: the team has no active worker")
        case .unknownWorkerId: return ("wijk: geen actieve medewerker met id {1}", "wijk: no active worker with id {1}")
        case .initDone:
            return ("Opslag gemaakt in {1} met coördinator {2} ({3}). Open hem met: wijk {1}",
                    "Store made in {1} with coordinator {2} ({3}). Open it with: wijk {1}")
        case .badInitials: return ("wijk: --initials: 1 tot 4 letters, bijvoorbeeld AB", "wijk: --initials: 1 to 4 letters, for example AB")
        case .folderNotEmpty: return ("wijk: {1} bestaat al en is niet leeg: niets overschreven",
                                      "wijk: {1} exists and is not empty: nothing overwritten")
        case .mergedCopy: return ("{1}: samengevoegd in {2} en gearchiveerd", "{1}: merged into {2} and archived")
        case .pendingCopy: return ("{1}: kies zelf voor {2} (open wijk en druk op c)",
                                   "{1}: choose yourself for {2} (open wijk and press c)")
        case .nothingToMerge: return ("{1}: geen conflictkopieën", "{1}: no conflict copies")
        case .auditBreak(let reason):
            switch reason {
            case .unreadable: return ("auditregel niet te lezen", "audit record cannot be read")
            case .chainBroken: return ("keten gebroken: een regel ervoor is verwijderd of verplaatst",
                                       "chain broken: a record before it was removed or moved")
            case .hashMismatch: return ("regel gewijzigd: de hash klopt niet", "record changed: its hash does not match")
            }
        case .auditWhole: return ("audit-trail is heel: {1} gebeurtenissen", "audit trail is whole: {1} events")
        case .onBehalfOf: return ("namens {1}", "on behalf of {1}")
        case .reasonLabel: return ("reden: {1}", "reason: {1}")
        case .pinPrompt: return ("Pincode voor de coördinator (4 tot 12 cijfers): ", "PIN for the coordinator (4 to 12 digits): ")
        case .pinAgain: return ("Nog een keer: ", "Once more: ")
        case .pinsDiffer: return ("wijk: de pincodes verschillen", "wijk: the PINs differ")
        case .pinRule: return ("wijk: een pincode is 4 tot 12 cijfers", "wijk: a PIN is 4 to 12 digits")
        case .pinNeedsTerminal: return ("wijk: geen terminal om de pincode te vragen; gebruik --pin-stdin",
                                        "wijk: no terminal to ask for the PIN; use --pin-stdin")
        case .generateDone: return ("{1}: {2} huishoudens gemaakt, {3} bestanden", "{1}: {2} households made, {3} files")
        }
    }
}
