import WijkDomain

/// The words of the team meeting.
extension Text {
    public static let meetingTitle = Text("Teamoverleg {1}", "Team meeting {1}")
    public static let meetingAgendaHeading = Text("Agenda · {1} punten · {2} min gepland", "Agenda · {1} items · {2} min planned")
    public static let meetingChair = Text("Voorzitter {1} · aanwezig: {2}", "Chair {1} · present: {2}")
    public static let meetingNobody = Text("(a: wie er nog meer zijn)", "(a: who else is present)")
    public static let meetingEmptyAgenda = Text("Niets voor het team: geen hulpvragen, vragen of signalen. + voegt een huishouden toe.",
                                                "Nothing for the team: no requests, questions or signals. + adds a household.")
    public static let meetingItemOf = Text("Punt {1} van {2}", "Item {1} of {2}")
    public static let meetingItemTime = Text("{1} van {2} min", "{1} of {2} min")
    public static let meetingOverTime = Text("⚠ over de tijd", "⚠ over time")
    public static let meetingTotal = Text("overleg {1}", "meeting {1}")
    public static let meetingPrivacy = Text("Scherm voor de hele kamer: initialen en straat. r toont meer van dit punt, ook zo (komt in de audit-trail).",
                                            "Screen for the whole room: initials and street. r shows more of this item, the same way (goes into the audit trail).")
    public static let meetingDetailsShown = Text("Details van dit punt, voor de hele kamer: initialen en straat (in de audit-trail). r toont minder.",
                                                 "This item's details, for the whole room: initials and street (in the audit trail). r shows less.")
    public static let meetingRequestQuestion = Text("De hulpvraag", "The request")
    public static let meetingRequestFrom = Text("Gemeld door {1}", "Reported by {1}")
    public static let meetingJournal = Text("Laatste journaalregels", "Latest journal lines")
    public static let meetingCorrected = Text("(gecorrigeerd)", "(corrected)")
    public static let meetingEndQuestion = Text("Het overleg afsluiten? De besluiten staan al in de plannen; daarna toont het scherm de samenvatting.",
                                                "End the meeting? The decisions are already in the plans; the screen then shows the summary.")
    public static let meetingNothingToUndo = Text("Niets om ongedaan te maken in dit overleg.", "Nothing to undo in this meeting.")
    public static let meetingBreakGlassQuestion = Text(
        "Dit huishouden is afgeschermd en het scherm wordt geprojecteerd: iedereen in de kamer ziet de details (met initialen). "
            + "Doorbreekglas: je geeft een reden, die wordt vastgelegd en de regisseur ziet wie het deed. Doorgaan?",
        "This household is restricted and the screen is projected: everyone in the room sees its details (with initials). "
            + "Break the glass: you give a reason, which is recorded, and its regisseur sees who did it. Go on?")
    public static let meetingAddType = Text("— typ een naam of straat —", "— type a name or street —")
    public static let meetingExitTitle = Text("Het overleg verlaten", "Leave the meeting")
    public static let meetingExitExplanation = Text("Het scherm wordt geprojecteerd: Wijkdesk gaat niet terug naar de caseload. Hoe ga je verder?",
                                                    "The screen is projected: Wijkdesk does not go back to the caseload. How do you go on?")
    public static let contextMeetingExit = Text("Het overleg verlaten", "Leaving the team meeting")
    public static let contextMeetingNote = Text(
        "Projectiemodus: vanaf het openen van het overleg tot je het verlaat toont elk scherm cliënten met initialen, leeftijden en "
            + "straten zonder huisnummer, ook in formulieren en meldingen; namen in wat je typt worden initialen. Esc of q op de "
            + "agenda vraagt hoe je verdergaat: afmelden, doorwerken na je pincode, of afsluiten. Ctrl-L vergrendelt; je pincode "
            + "brengt je terug in het overleg.",
        "Projector mode: from opening the meeting until you leave it, every screen shows clients by initials, ages and streets "
            + "without house numbers, in forms and notices too; names in what you type become initials. Esc or q on the agenda "
            + "asks how to go on: sign out, go on working after your PIN, or quit. Ctrl-L locks; your PIN brings you back to the meeting.")
    public static let helpMeetingLeaveSignOut = Text("afmelden: terug naar het aanmeldscherm", "sign out: back to the sign-in screen")
    public static let helpMeetingLeavePin = Text("doorwerken: eerst je pincode, dan je eigen werk", "go on working: your PIN first, then your own work")
    public static let helpMeetingLeaveQuit = Text("Wijkdesk afsluiten", "quit Wijkdesk")
    public static let helpMeetingStay = Text("in het overleg blijven", "stay in the meeting")
    public static let helpMeetingLeave = Text("het overleg verlaten: afmelden, doorwerken met je pincode of afsluiten",
                                              "leave the meeting: sign out, go on with your PIN, or quit")
    public static let helpMeetingBack = Text("tijdens een punt: terug naar de agenda; op de agenda: het overleg verlaten",
                                             "during an item: back to the agenda; on the agenda: leave the meeting")
    public static let helpMeetingUndo = Text("het laatste besluit van dit overleg ongedaan maken: journaal, plan en notulen samen",
                                             "undo this meeting's last decision: journal, plan and minutes together")
    public static let hintMeetingLeave = Text("verlaten", "leave")
    public static let hintMeetingOpen = Text("punt bekijken", "view item")
    public static let hintMeetingPrevious = Text("vorig", "previous")
    public static let hintMeetingHide = Text("minder", "less")
    public static let hintMeetingAgenda = Text("agenda", "agenda")
    public static let meetingRestricted = Text("afgeschermd huishouden · regisseur {1}", "restricted household · regisseur {1}")
    public static let meetingDecided = Text("Besluit: {1}", "Decision: {1}")
    public static let meetingPostponedMark = Text("uitgesteld", "postponed")
    public static let meetingRemovedMark = Text("eraf", "removed")
    public static let meetingDiscussedMark = Text("besproken", "discussed")
    public static let meetingSummaryTitle = Text("Teamoverleg {1} · afgelopen", "Team meeting {1} · ended")
    public static let meetingSummaryCounts = Text("{1} besproken · {2} uitgesteld · {3} eraf · {4}", "{1} discussed · {2} postponed · {3} removed · {4}")
    public static let meetingSummaryNote = Text("De notulen staan in meetings/{1}.rec; wijk meeting export maakt er een verslag van.",
                                                "The minutes are in meetings/{1}.rec; wijk meeting export makes a report of them.")
    public static let meetingRequestLine = Text("Hulpvraag van {1} via {2}", "Request of {1} via {2}")
    public static let meetingMembers = Text("Gezinsleden", "Members")
    public static let meetingDomains = Text("ZRM", "ZRM")
    public static let meetingGoals = Text("Open doelen en acties", "Open goals and actions")
    public static let meetingContacts = Text("Laatste contacten", "Last contacts")
    public static let meetingReferrals = Text("Verwijzingen", "Referrals")
    public static let meetingBudget = Text("Budget: {1} van {2} besteed", "Budget: {1} of {2} spent")
    public static let meetingQuestionHeading = Text("Vraag aan het team", "Question for the team")
    public static func meetingReason(_ reason: Meeting.Reason, _ t: Strings, initials: (String) -> String = { $0 },
                                     resource: (String) -> String = { $0 }) -> String {
        switch reason {
        case .postponed(let day): return t(Text("uitgesteld op {1}", "postponed on {1}"), day.dutch)
        case .actionsDue(let n):
            return n == 1 ? t(Text("1 actie uit het vorige overleg is nu aan de beurt", "1 action from the last meeting is due"))
                : t(Text("{1} acties uit het vorige overleg zijn nu aan de beurt", "{1} actions from the last meeting are due"), String(n))
        case .newRequest: return t(Text("hulpvraag nog niet toegewezen", "request not yet assigned"))
        case .crisis: return t(Text("crisis", "crisis"))
        case .question(_, let by): return t(Text("vraag van {1}", "question from {1}"), initials(by))
        case .evaluationOverdue(let day): return t(Text("evaluatie verstreken ({1})", "evaluation passed ({1})"), day.dutch)
        case .actionsOverdue(let n):
            return n == 1 ? t(Text("1 actie over de datum", "1 action past its date"))
                : t(Text("{1} acties over de datum", "{1} actions past their date"), String(n))
        case .referralStuck(let id): return t(Text("verwijzing {1} staat 4 weken stil", "referral {1} stuck for 4 weeks"), resource(id))
        case .noProgress: return t(Text("ZRM niet vooruit in 6 maanden", "ZRM no better in 6 months"))
        case .noContact(let days): return t(Text("{1} dagen geen contact", "{1} days without contact"), String(days))
        case .added: return t(Text("toegevoegd door de voorzitter", "added by the chair"))
        }
    }
    public static let journalMeeting = Text("Besproken in teamoverleg {1}: {2}", "Discussed in the team meeting {1}: {2}")
    public static let meetingDecisionTitle = Text("Besluit · {1}", "Decision · {1}")
    public static let fieldDecision = Text("Besluit", "Decision")
    public static let fieldNewAction = Text("Nieuwe actie", "New action")
    public static let fieldActionWho = Text("Door wie", "By whom")
    public static let fieldActionDue = Text("Uiterlijk", "By")
    public static let fieldMeetingRegisseur = Text("Nieuwe regisseur", "New regisseur")
    public static let fieldNewEvaluation = Text("Nieuwe evaluatie", "New evaluation")
    public static let unchanged = Text("— (blijft)", "— (stays)")
    public static let meetingPresentTitle = Text("Aanwezig", "Present")
    public static let meetingAddTitle = Text("Punt toevoegen", "Add an item")
    public static let fieldHousehold = Text("Huishouden", "Household")
    public static let meetingTimeTitle = Text("Tijd voor dit punt", "Time for this item")
    public static let fieldMeetingMinutes = Text("Minuten", "Minutes")
    public static let meetingQuestionTitle = Text("Bespreken in teamoverleg", "Discuss in the team meeting")
    public static let meetingQuestionNote = Text("De vraag komt op de agenda van het volgende teamoverleg. Leeg laten haalt hem eraf.",
                                                 "The question goes on the next team meeting's agenda. Leave it empty to take it off.")
    public static let fieldTeamQuestion = Text("Vraag aan het team", "Question for the team")
    public static let contextMeeting = Text("In het teamoverleg", "In the team meeting")
    public static let helpMeeting = Text("teamoverleg: agenda, punten, besluiten, notulen", "team meeting: agenda, items, decisions, minutes")
    public static let helpMeetingQuestion = Text("bespreken in teamoverleg (met de vraag voor het team)", "discuss in the team meeting (with the question)")
    public static let helpMeetingNext = Text("volgend punt", "next item")
    public static let helpMeetingPrevious = Text("vorig punt", "previous item")
    public static let helpMeetingStart = Text("agenda: het overleg beginnen bij dit punt; tijdens: terug naar de agenda", "agenda: start at this item; during: back to the agenda")
    public static let helpMeetingUp = Text("punt omhoog op de agenda", "item up the agenda")
    public static let helpMeetingDown = Text("punt omlaag op de agenda", "item down the agenda")
    public static let helpMeetingRemove = Text("punt van de agenda halen; nog eens: terugzetten", "take the item off the agenda; again: put it back")
    public static let helpMeetingAdd = Text("huishouden op de agenda zetten", "put a household on the agenda")
    public static let helpMeetingTime = Text("tijd voor dit punt", "time for this item")
    public static let helpMeetingPresent = Text("wie er aanwezig zijn", "who is present")
    public static let helpMeetingReveal = Text("details van dit punt: ZRM, doelen met acties, journaal; ook met initialen (audit-trail, afgeschermd: doorbreekglas)",
                                               "this item's details: ZRM, goals with actions, journal; with initials too (audit trail; restricted: break the glass)")
    public static let helpMeetingDecide = Text("besluit vastleggen: journaal, actie, regisseur, evaluatie", "record the decision: journal, action, regisseur, evaluation")
    public static let helpMeetingPostpone = Text("uitstellen naar het volgende overleg", "postpone to the next meeting")
    public static let helpMeetingEnd = Text("overleg afsluiten en notulen bewaren", "end the meeting and keep the minutes")
    public static let hintMeetingStart = Text("beginnen", "start")
    public static let hintMeetingDecide = Text("besluit", "decision")
    public static let hintMeetingPostpone = Text("uitstellen", "postpone")
    public static let hintMeetingReveal = Text("details", "details")
    public static let hintMeetingNext = Text("volgend", "next")
    public static let hintMeetingEnd = Text("afsluiten", "end")
    public static let hintMeetingPresent = Text("aanwezig", "present")
    public static let hintMeetingAdd = Text("toevoegen", "add")
    public static let meetingRestrictedReveal = Text("Afgeschermd: de details alleen met doorbreekglas (r), met een reden die wordt vastgelegd.",
                                                     "Restricted: its details only by breaking the glass (r), with a reason that is recorded.")
    public static let meetingFollowing = Text("Meekijken: het overleg loopt op {2} ({1}).", "Following: the meeting runs on {2} ({1}).")
    public static let meetingFollowingTitle = Text("Teamoverleg {1} · meekijken", "Team meeting {1} · following")
    public static let meetingReadOnly = Text("Meekijken: wijzigen kan op de werkplek van het overleg.",
                                             "Following: changes are made at the meeting's workstation.")
    public static let meetingIdleLockTitle = Text("Vergrendelen tijdens dit overleg", "Lock during this meeting")
    public static let meetingIdleLockNote = Text("Na hoeveel minuten zonder toets het scherm vergrendelt tijdens dit overleg (het team heeft {1}).",
                                                 "After how many minutes without a key the screen locks during this meeting (the team has {1}).")
    public static let helpMeetingIdleLock = Text("langere vergrendeltijd voor dit overleg", "a longer idle lock for this meeting")
    public static let reportChair = Text("Voorzitter", "Chair")
    public static let reportPresent = Text("Aanwezig", "Present")
    public static let reportWhy = Text("Waarom", "Why")
    public static let reportSpent = Text("Tijd", "Time")
    public static let reportChanges = Text("Vastgelegd", "Recorded")
    public static let reportNotDiscussed = Text("niet besproken", "not discussed")
    public static let reportPseudonymised = Text("Gepseudonimiseerd: initialen, straten zonder huisnummer (--full voor het volledige verslag).",
                                                 "Pseudonymised: initials, streets without house numbers (--full for the full report).")
    public static let noMeeting = Text("wijk meeting export: geen teamoverleg op {1} in deze opslag", "wijk meeting export: no team meeting on {1} in this store")
    public static let meetingQuestionSaved = Text("Op de agenda van het teamoverleg.", "On the team meeting's agenda.")
}

extension Text {
    public static let usageMeeting = Text("""
        Gebruik: wijk meeting MAP [--date DATUM] [--theme NAAM] [--as ID]
               wijk meeting export MAP DATUM [--format md|txt] [--full]

        Het teamoverleg. Zonder export opent Wijkdesk meteen in het overleg van vandaag, na het aanmelden
        (voor een beamer: --theme high-contrast). export maakt een verslag van de notulen van DATUM
        (jjjj-mm-dd of dd-mm-jjjj): gepseudonimiseerd (initialen, straten zonder huisnummer, namen in de
        besluiten als initialen), of met --full volledig. Elke export staat in de audit-trail.

        Opties:
          --date DATUM      het overleg van die dag voorbereiden of voortzetten (standaard vandaag)
          --format md|txt   Markdown (standaard) of platte tekst
          --full            met volledige namen en adressen

        Afsluitstatus: 0 gedaan, 1 geen overleg op die dag of de opslag is niet te openen, 2 verkeerd gebruik.

        Voorbeeld:
          wijk meeting export ~/wijkteam 2026-11-23 --format txt > overleg.txt
        """, """
        Usage: wijk meeting DIR [--date DATE] [--theme NAME] [--as ID]
               wijk meeting export DIR DATE [--format md|txt] [--full]

        The team meeting. Without export, Wijkdesk opens straight into today's meeting after signing in
        (for a projector: --theme high-contrast). export makes a report of the minutes of DATE
        (yyyy-mm-dd or dd-mm-yyyy): pseudonymised (initials, streets without house numbers, names in the
        decisions as initials), or with --full in full. Every export is in the audit trail.

        Options:
          --date DATE       prepare or go on with the meeting of that day (default today)
          --format md|txt   Markdown (default) or plain text
          --full            with full names and addresses

        Exit status: 0 done, 1 no meeting that day or the store cannot be opened, 2 wrong use.

        Example:
          wijk meeting export ~/wijkteam 2026-11-23 --format txt > meeting.txt
        """)
}
