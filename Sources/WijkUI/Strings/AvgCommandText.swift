import WijkDomain

/// What the AVG's commands and screens say: the inzage (`wijk avg export`, `I` in the plan), its report, and
/// the retention periods (`wijk retention`, the settings).
extension Text {
    // MARK: the report (inzage.md)

    public static let avgTitle = Text("Inzage: {1}", "Subject access: {1}")
    public static let avgIntro = Text(
        "Alles wat {1} over u vastlegt, zoals het op {2} in de opslag stond. De bestanden zelf staan onveranderd in {3}.",
        "Everything {1} records about you, as it was in the store on {2}. The files themselves are in {3}, unchanged.")
    public static let avgMemberScope = Text(
        "Dit is de inzage van één gezinslid: wat over dit gezinslid gaat en wat over het hele huishouden gaat. Teksten die alleen andere gezinsleden noemen, en hun gegevens, staan er niet in.",
        "This is the subject access of one member: what is about this member and what is about the whole household. Texts that name only other members, and their records, are left out.")
    public static let avgHousehold = Text("Huishouden", "Household")
    public static let avgMembers = Text("Gezinsleden", "Members")
    public static let avgPlan = Text("Plan: doelen en acties", "Plan: goals and actions")
    public static let avgAssessments = Text("ZRM-scores", "ZRM scores")
    public static let avgJournal = Text("Journaal", "Journal")
    public static let avgBudget = Text("Budget en uitgaven", "Budget and expenses")
    public static let avgReferrals = Text("Verwijzingen", "Referrals")
    public static let avgRequests = Text("Hulpvragen", "Requests for help")
    public static let avgAudit = Text("Wie heeft dit ingezien, gewijzigd of geëxporteerd", "Who looked at, changed or exported this")
    public static let avgAuditIntro = Text(
        "Uit de audit-trail: elke opening, wijziging en export van dit huishouden en zijn gegevens, in UTC.",
        "From the audit trail: every opening, change and export of this household and its records, in UTC.")
    public static let avgNone = Text("Niets vastgelegd.", "Nothing recorded.")
    public static let avgId = Text("Kenmerk", "Id")
    public static let avgAddress = Text("Adres", "Address")
    public static let avgPhone = Text("Telefoon", "Phone")
    public static let avgEmail = Text("E-mail", "E-mail")
    public static let avgRegisseur = Text("Regisseur", "Regisseur")
    public static let avgNetwork = Text("Netwerk", "Network")
    public static let avgStatus = Text("Status", "Status")
    public static let avgRestricted = Text("afgeschermd", "restricted")
    public static let avgNormal = Text("normaal", "normal")
    public static let avgYes = Text("ja", "yes")
    public static let avgNo = Text("nee", "no")
    public static let avgClosed = Text("Afgesloten", "Closed")
    public static let avgCloseReason = Text("Reden van afsluiten", "Reason for closing")
    public static let avgSatisfaction = Text("Tevredenheid (1–10)", "Satisfaction (1–10)")
    public static let avgMeetingQuestion = Text("Vraag voor het teamoverleg", "Question for the team meeting")
    public static let avgBorn = Text("Geboren", "Born")
    public static let avgRelation = Text("Relatie", "Relation")
    public static let avgGoal = Text("Doel", "Goal")
    public static let avgAction = Text("Actie", "Action")
    public static let avgOtherActions = Text("Acties", "Actions")
    public static let avgTarget = Text("streefscore {1}", "target score {1}")
    public static let avgDue = Text("uiterlijk {1}", "due {1}")
    public static let avgWholeHousehold = Text("het hele huishouden", "the whole household")
    public static let avgFinal = Text("bij afsluiten", "at closing")
    public static let avgBy = Text("Door {1}", "By {1}")
    public static let avgAuthor = Text("Door", "By")
    public static let avgDomain = Text("Leefdomein", "Life domain")
    public static let avgScore = Text("Score", "Score")
    public static let avgMinutes = Text("{1} min", "{1} min")
    public static let avgCorrection = Text("Correctie van {1} door {2}", "Correction of {1} by {2}")
    public static let avgCorrectsMissing = Text("Correctie op notitie {1}", "Correction of entry {1}")
    public static let avgBudgetAmount = Text("Budget: {1}", "Budget: {1}")
    public static let avgFrom = Text("vanaf {1}", "from {1}")
    public static let avgUntil = Text("tot en met {1}", "until {1}")
    public static let avgDate = Text("Datum", "Date")
    public static let avgKind = Text("Soort", "Kind")
    public static let avgResource = Text("Voorziening", "Resource")
    public static let avgReverses = Text("draait {1} terug", "reverses {1}")
    public static let avgForMember = Text("Voor", "For")
    public static let avgConsent = Text("Toestemming", "Consent")
    public static let avgDetailsShared = Text("Gegevens gedeeld", "Details shared")
    public static let avgOutcome = Text("Uitkomst", "Outcome")
    public static let avgRequester = Text("Aangevraagd door", "Requested by")
    public static let avgQuestion = Text("Vraag", "Question")
    public static let avgDomains = Text("Leefdomeinen", "Life domains")
    public static let avgTakenBy = Text("Aangenomen door", "Taken by")
    public static let avgTime = Text("Tijd", "Time")
    public static let avgWorker = Text("Medewerker", "Worker")
    public static let avgWorkstation = Text("Werkplek", "Workstation")
    public static let avgWhat = Text("Wat", "What")
    public static let avgObject = Text("Waarop", "Object")
    public static let avgOutcomeColumn = Text("Uitkomst", "Outcome")

    // MARK: the inzage, from the command line and the plan

    public static let unknownAvgAction = Text("wijk avg: ‘{1}’ is geen export (zie wijk avg --help)",
                                              "wijk avg: ‘{1}’ is not export (see wijk avg --help)")
    public static let missingAvgAction = Text("wijk avg: bedoel je wijk avg export? (zie wijk avg --help)",
                                              "wijk avg: did you mean wijk avg export? (see wijk avg --help)")

    public static let avgUnknownHousehold = Text("wijk avg export: geen huishouden ‘{1}’ in deze opslag; er is niets geschreven",
                                                 "wijk avg export: no household ‘{1}’ in this store; nothing was written")
    public static let avgUnknownMember = Text("wijk avg export: huishouden {1} heeft geen gezinslid ‘{2}’; er is niets geschreven",
                                              "wijk avg export: household {1} has no member ‘{2}’; nothing was written")
    public static let avgTargetNotEmpty = Text("wijk avg export: {1} bestaat al en is niet leeg; kies een andere map met -o",
                                               "wijk avg export: {1} exists and is not empty; choose another folder with -o")
    public static let avgNotWritten = Text("wijk avg export: niet geschreven: {1}", "wijk avg export: not written: {1}")
    public static let avgWritten = Text("Inzage geschreven in {1}: {2} en {3} bestanden in {4}/.",
                                        "Subject access written to {1}: {2} and {3} files in {4}/.")
    public static let helpAvgExport = Text("inzage (AVG): alles over dit huishouden naar een map buiten de opslag (coördinator)",
                                           "subject access (GDPR): everything about this household to a folder outside the store (coordinator)")
    public static let avgExportedNotice = Text("Inzage geschreven in {1} (buiten de opslag; geef hem veilig door en verwijder hem daarna).",
                                               "Subject access written to {1} (outside the store; hand it over safely, then delete it).")
    public static let avgExportFailed = Text("Inzage niet geschreven: {1}", "Subject access not written: {1}")
    public static let avgNoExportFolder = Text("Geen map voor de inzage: HOME is niet bekend.", "No folder for the subject access: HOME is unknown.")

    // MARK: retention

    public static func law(_ law: RetentionPolicy.Law) -> Text {
        switch law {
        case .wmo: return Text("Wmo", "Wmo")
        case .youth: return Text("Jeugdwet", "Jeugdwet")
        }
    }
    public static let fieldRetentionWmo = Text("Bewaren na afsluiten, Wmo (jaren)", "Keep after closing, Wmo (years)")
    public static let fieldRetentionYouth = Text("Bewaren na afsluiten, Jeugdwet (jaren)", "Keep after closing, Jeugdwet (years)")
    public static let retentionColumnHousehold = Text("Huishouden", "Household")
    public static let retentionColumnClosed = Text("Afgesloten", "Closed")
    public static let retentionColumnLaw = Text("Wet", "Law")
    public static let retentionColumnEnd = Text("Bewaren tot", "Keep until")
    public static let retentionColumnFiles = Text("Bestanden", "Files")
    public static let retentionNoneDue = Text("Geen huishoudens over hun bewaartermijn (Wmo {1} jaar, Jeugdwet {2} jaar na afsluiten).",
                                              "No households past their retention period (Wmo {1} years, Jeugdwet {2} years after closing).")
    public static let retentionSummaryOne = Text("1 huishouden over zijn bewaartermijn (Wmo {2} jaar, Jeugdwet {3} jaar na afsluiten); vernietigen met --purge ID.",
                                                 "1 household past its retention period (Wmo {2} years, Jeugdwet {3} years after closing); destroy with --purge ID.")
    public static let retentionSummary = Text("{1} huishoudens over hun bewaartermijn (Wmo {2} jaar, Jeugdwet {3} jaar na afsluiten); vernietigen met --purge ID.",
                                              "{1} households past their retention period (Wmo {2} years, Jeugdwet {3} years after closing); destroy with --purge ID.")
    public static let retentionNeedsAdmin = Text("wijk retention: --purge vraagt welke beheerder het doet: --as ID",
                                                 "wijk retention: --purge asks which beheerder does it: --as ID")
    public static let retentionUnknownWorker = Text("wijk retention: --as: geen actieve medewerker ‘{1}’; er is niets verwijderd",
                                                    "wijk retention: --as: no active worker ‘{1}’; nothing was removed")
    public static let retentionNotAdmin = Text("wijk retention: --as: {1} is geen beheerder; alleen een beheerder mag vernietigen. Er is niets verwijderd.",
                                               "wijk retention: --as: {1} is not a beheerder; only a beheerder may destroy. Nothing was removed.")
    public static let retentionPinPrompt = Text("Pincode van {1}: ", "PIN of {1}: ")
    public static let retentionWrongPin = Text("wijk retention: verkeerde pincode voor {1}; er is niets verwijderd",
                                               "wijk retention: wrong PIN for {1}; nothing was removed")
    public static let retentionUnknownHousehold = Text("wijk retention: --purge: geen huishouden ‘{1}’ in deze opslag; er is niets verwijderd",
                                                       "wijk retention: --purge: no household ‘{1}’ in this store; nothing was removed")
    public static let retentionNotClosed = Text("wijk retention: --purge: huishouden {1} is niet afgesloten; er is niets verwijderd",
                                                "wijk retention: --purge: household {1} is not closed; nothing was removed")
    public static let retentionNotDue = Text("wijk retention: --purge: huishouden {1} wordt bewaard tot {2} ({3}); er is niets verwijderd",
                                             "wijk retention: --purge: household {1} is kept until {2} ({3}); nothing was removed")
    public static let retentionNotAudited = Text("wijk retention: de audit-trail is niet te schrijven ({1}); er is niets verwijderd",
                                                 "wijk retention: the audit trail cannot be written ({1}); nothing was removed")
    public static let retentionPurgeFailed = Text("wijk retention: niet alles is verwijderd: {1}", "wijk retention: not everything was removed: {1}")
    public static let retentionPurged = Text("Huishouden {1} vernietigd: {2} bestanden verwijderd. In de audit-trail staat alleen dat het is vernietigd.",
                                             "Household {1} destroyed: {2} files removed. The audit trail keeps only that it was destroyed.")
    /// The reason of the audit record a purge leaves: always in Dutch, being part of the store, not of a screen.
    public static let retentionAuditReason = Text("vernietigd na bewaartermijn: {1} bestanden",
                                                  "destroyed after the retention period: {1} files")

    // MARK: --help

    public static let usageAvg = Text("""
        Gebruik: wijk avg export MAP --household ID [--member ID] [-o MAP]

        Een inzageverzoek (AVG artikel 15): schrijft alles wat de opslag over één huishouden bewaart
        naar een eigen map: inzage.md, leesbaar (huishouden en gezinsleden, plan, ZRM, journaal met
        elke correctie naast wat ze corrigeert, budget en uitgaven, verwijzingen met hun stappen,
        hulpvragen, en wie het wanneer heeft ingezien, gewijzigd of geëxporteerd), en de bestanden
        zelf onveranderd onder bestanden/. Met --member alleen wat over dat gezinslid gaat en wat over
        het hele huishouden gaat. De export staat in de audit-trail voordat er iets wordt geschreven.
        Alle bestanden zijn alleen voor de eigenaar leesbaar (0600, mappen 0700). Een verzoek om
        correctie (artikel 16) is een correctie in het journaal (e op een notitie, in het plan).

        Opties:
          --household ID   het huishouden (h-0001), verplicht
          --member ID      alleen dit gezinslid (m-1)
          -o MAP           waar de inzage komt; moet leeg zijn of nog niet bestaan
                           (standaard ./inzage-ID-JJJJMMDD)

        Afsluitstatus: 0 geschreven, 1 onbekend huishouden of gezinslid, de map is niet leeg, de opslag
        is niet te openen of de audit-trail niet te schrijven (er is dan niets geschreven),
        2 verkeerd gebruik.

        Voorbeeld:
          wijk avg export ~/wijkteam --household h-0001 -o /media/usb/inzage-h-0001
        """, """
        Usage: wijk avg export DIR --household ID [--member ID] [-o DIR]

        A subject access request (GDPR article 15): writes everything the store holds about one
        household to a folder of its own: inzage.md, readable (household and members, plan, ZRM, the
        journal with each correction beside what it corrects, budget and expenses, referrals with
        their steps, requests for help, and who looked at, changed or exported it when), and the files
        themselves, unchanged, under bestanden/. With --member only what is about that member and
        what is about the whole household. The export is in the audit trail before anything is
        written. Every file is readable by its owner only (0600, folders 0700). A request for
        rectification (article 16) is a correction in the journal (e on an entry, in the plan).

        Options:
          --household ID   the household (h-0001), required
          --member ID      only this member (m-1)
          -o DIR           where the subject access goes; must be empty or not exist yet
                           (default ./inzage-ID-YYYYMMDD)

        Exit status: 0 written, 1 unknown household or member, the folder is not empty, the store
        cannot be opened or the audit trail not written (nothing was written then), 2 wrong use.

        Example:
          wijk avg export ~/wijkteam --household h-0001 -o /media/usb/inzage-h-0001
        """)

    public static let usageRetention = Text("""
        Gebruik: wijk retention MAP
               wijk retention MAP --purge ID --as ID [--pin-stdin]

        Bewaartermijnen: een afgesloten huishouden wordt bewaard tot 15 jaar na afsluiten (Wmo), of 20
        jaar (Jeugdwet) als een gezinslid bij de start nog geen 18 was (RetentionWmoYears en
        RetentionYouthYears in wijkdesk.rec; i in het scherm, beheerder). Zonder --purge: de
        huishoudens over hun termijn, met kenmerk, datum van afsluiten, wet, einddatum en aantal
        bestanden; nooit namen, zodat de lijst naar de privacyfunctionaris kan.

        Met --purge vernietigt een beheerder één huishouden over zijn termijn: de map households/ID/,
        de hulpvragen die eraan gekoppeld zijn en hun gearchiveerde conflictkopieën. Eerst komt in de
        audit-trail dat het is vernietigd en hoeveel bestanden (lukt dat niet, dan wordt niets
        verwijderd); daarna blijft alleen dat record over.

        Opties:
          --purge ID     vernietig dit huishouden
          --as ID        de beheerder die het doet; de pincode wordt gevraagd (zonder echo)
          --pin-stdin    lees de pincode van de standaardinvoer (scripts)

        Afsluitstatus: 0 getoond of vernietigd, 1 onbekend huishouden, nog niet over de termijn,
        geen beheerder, verkeerde pincode, de opslag is niet te openen of de audit-trail niet te
        schrijven (er is dan niets verwijderd), 2 verkeerd gebruik.

        Voorbeeld:
          wijk retention ~/wijkteam
          wijk retention ~/wijkteam --purge h-0031 --as w-fd
        """, """
        Usage: wijk retention DIR
               wijk retention DIR --purge ID --as ID [--pin-stdin]

        Retention periods: a closed household is kept until 15 years after closing (Wmo), or 20 years
        (Jeugdwet) when a member was under 18 at the start (RetentionWmoYears and RetentionYouthYears
        in wijkdesk.rec; i on the screen, beheerder). Without --purge: the households past their
        period, with id, closing date, law, end date and number of files; never names, so the list
        can go to the privacy officer.

        With --purge a beheerder destroys one household past its period: the folder households/ID/,
        the requests for help linked to it and their archived conflict copies. First the audit trail
        records that it was destroyed and how many files (if that fails, nothing is removed); after
        that only that record remains.

        Options:
          --purge ID     destroy this household
          --as ID        the beheerder doing it; the PIN is asked (without echo)
          --pin-stdin    read the PIN from standard input (scripts)

        Exit status: 0 listed or destroyed, 1 unknown household, not past its period yet, not a
        beheerder, wrong PIN, the store cannot be opened or the audit trail not written (nothing was
        removed then), 2 wrong use.

        Example:
          wijk retention ~/wijkteam
          wijk retention ~/wijkteam --purge h-0031 --as w-fd
        """)
}
