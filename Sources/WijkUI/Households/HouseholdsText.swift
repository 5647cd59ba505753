/// The words of one household, one plan: the question before a second household, merging two into one.
extension Text {
    public static let knownTitle = Text("Is dit huishouden al bekend?", "Is this household known already?")
    public static let knownNote = Text(
        "Eén huishouden, één plan. Deze huishoudens lijken erop. Enter opent het gekozen huishouden in plaats van een nieuw; a houdt het nieuwe apart (met een reden); Esc gaat terug naar het formulier.",
        "One household, one plan. These households look alike. Enter opens the one selected instead of a new one; a keeps the new one apart (with a reason); Esc goes back to the form.")
    public static let knownNoteRequest = Text(
        "Eén huishouden, één plan. Deze huishoudens lijken erop. Enter koppelt de hulpvraag aan het gekozen huishouden; a maakt toch een apart huishouden (met een reden); Esc gaat terug naar het formulier.",
        "One household, one plan. These households look alike. Enter links the request to the one selected; a makes a separate household anyway (with a reason); Esc goes back to the form.")
    public static let knownNoteEdit = Text(
        "Eén huishouden, één plan. Met deze wijziging lijkt het huishouden op deze. Enter opent het gekozen huishouden (de wijziging wordt niet opgeslagen); a slaat haar toch op, met een reden; Esc gaat terug naar het formulier.",
        "One household, one plan. With this change the household looks like these. Enter opens the one selected (the change is not saved); a saves it anyway, with a reason; Esc goes back to the form.")
    public static let keepApartNeedsCoordinatorLong = Text(
        "Een open huishouden heeft dit adres of dit BSN al (of je mag het niet zien): een coördinator beslist of er een tweede bij komt.",
        "An open household already has this address or BSN (or you may not see it): a coordinator decides whether a second one is made.")
    public static let shieldedMatch = Text("een coördinator kan dit bekijken", "a coordinator can look at this")
    public static let contextKnownHousehold = Text("Bij een huishouden dat al bekend kan zijn",
                                                   "At a household that may be known already")
    public static let helpOpenKnownHousehold = Text("dit huishouden openen in plaats van een nieuw (bij een hulpvraag: koppelen)",
                                                    "open this household instead of a new one (from a request: link to it)")
    public static let helpKeepApart = Text("toch apart houden, met een reden (zelfde adres of BSN: alleen een coördinator)",
                                           "keep apart anyway, with a reason (same address or BSN: a coordinator only)")
    public static let helpBackToForm = Text("terug naar het formulier", "back to the form")
    public static let hintOpenKnown = Text("dit openen", "open this")
    public static let hintKeepApart = Text("apart houden", "keep apart")
    public static let hintBackToForm = Text("formulier", "form")
    public static let notSavedOpenedKnown = Text("Niet opgeslagen: bekend huishouden geopend.",
                                                 "Not saved: the known household is open.")
    public static let keepApartNeedsCoordinator = Text("Zelfde adres of BSN: alleen coördinator.",
                                                       "Same address or BSN: coordinator only.")
    public static let fieldApartReason = Text("Reden apart", "Reason apart")
    public static let apartNote = Text("Apart houden van {1}. Schrijf waarom dit een ander huishouden is; het komt in het journaal.",
                                       "Keeping apart from {1}. Say why this is another household; it goes into the journal.")
    public static let journalKeptApart = Text("Bewust apart gehouden van {1}. Reden: {2}",
                                              "Knowingly kept apart from {1}. Reason: {2}")
}

/// The words of merging two households, on the screen and on the command line.
extension Text {
    public static let journalMergedHere = Text(
        "{1} (regisseur {2}) is samengevoegd met dit huishouden door {3}. Reden: {4}\nGezinsleden, plan, journaal, ZRM, uitgaven, verwijzingen en hulpvragen staan nu hier; regisseur blijft {5}.",
        "{1} (regisseur {2}) was merged into this household by {3}. Reason: {4}\nMembers, plan, journal, ZRM, expenses, referrals and requests are here now; the regisseur stays {5}.")
    public static let journalMergedThere = Text(
        "Samengevoegd met {1} (regisseur {2}) door {3}. Reden: {4}\nAlles van dit huishouden staat nu daar; het was van regisseur {5}.",
        "Merged into {1} (regisseur {2}) by {3}. Reason: {4}\nEverything of this household is there now; its regisseur was {5}.")
    public static let mergeSameHousehold = Text("een huishouden kan niet met zichzelf worden samengevoegd",
                                                "a household cannot be merged with itself")
    public static let mergeUnknownHousehold = Text("geen huishouden ‘{1}’ in deze opslag", "no household ‘{1}’ in this store")
    public static let mergeAlreadyMerged = Text("{1} is al samengevoegd", "{1} was merged already")
    public static let mergeKeepClosed = Text("{1} is afgesloten: eerst heropenen (s)", "{1} is closed: reopen it first (s)")
    public static let mergeNameTaken = Text("{1} bestaat al; er is niets veranderd", "{1} exists already; nothing was changed")
    public static let mergeUnknownWorker = Text("wijk households merge: geen actieve medewerker met id {1}",
                                                "wijk households merge: no active worker with id {1}")
    public static let mergeNotCoordinator = Text("wijk households merge: {1} is geen coördinator; alleen een coördinator voegt huishoudens samen",
                                                 "wijk households merge: {1} is not a coordinator; only a coordinator merges households")
    public static let mergeWrongPin = Text("wijk households merge: verkeerde pincode voor {1}; er is niets veranderd",
                                           "wijk households merge: wrong PIN for {1}; nothing was changed")
    public static let mergeRefused = Text("wijk households merge: {1}; er is niets veranderd", "wijk households merge: {1}; nothing was changed")
    public static let mergeFailed = Text("wijk households merge: niet samengevoegd: {1}", "wijk households merge: not merged: {1}")
    public static let mergeDone = Text("{1} samengevoegd met {2}: {3} bestanden verplaatst, {4} hulpvragen gekoppeld. {1} is afgesloten met een verwijzing naar {2}.",
                                       "{1} merged into {2}: {3} files moved, {4} requests linked. {1} is closed with a pointer to {2}.")
    public static let unknownHouseholdsAction = Text("wijk households: kent alleen merge, niet ‘{1}’ (zie wijk households --help)",
                                                     "wijk households: knows only merge, not ‘{1}’ (see wijk households --help)")
    public static let missingHouseholdsAction = Text("wijk households: bedoel je wijk households merge? (zie wijk households --help)",
                                                     "wijk households: did you mean wijk households merge? (see wijk households --help)")
    public static let usageHouseholds = Text("""
        Gebruik: wijk households merge MAP BEHOUDEN SAMENVOEGEN --as ID --reason TEKST [--pin-stdin]

        Twee huishoudens die één blijken te zijn, worden één (zoals S in het plan): alles van SAMENVOEGEN
        gaat naar BEHOUDEN. Gezinsleden worden op BSN, of op naam en geboortedatum, herkend en anders
        toegevoegd; doelen en acties komen in het plan van BEHOUDEN; journaal, ZRM, uitgaven, verwijzingen
        en gekoppelde hulpvragen verhuizen mee. Er wordt niets gewist: SAMENVOEGEN blijft bestaan, afgesloten
        met reden ‘samengevoegd’ en een verwijzing naar BEHOUDEN, en beide journaals vermelden het, met de
        reden en beide regisseurs. Alles of niets: een bestand dat intussen elders veranderde houdt het geheel
        tegen, en een onderbroken samenvoeging wordt bij het volgende openen teruggezet.

        Alleen een coördinator, met zijn pincode (gevraagd in de terminal, of één regel op standaardinvoer
        met --pin-stdin). In de audit-trail: beide huishoudens en elk verplaatst bestand.
        Afsluitstatus: 0 samengevoegd, 1 niet samengevoegd (de reden op standaardfout), 2 geen pincode.
        """, """
        Usage: wijk households merge DIR KEEP OTHER --as ID --reason TEXT [--pin-stdin]

        Two households that turn out to be one are made one (as S on the plan does): everything of OTHER
        goes to KEEP. Members are recognised by BSN, or by name and date of birth, and added otherwise;
        goals and actions join KEEP's plan; journal, ZRM, expenses, referrals and linked requests move along.
        Nothing is deleted: OTHER stays, closed with reason ‘merged’ and a pointer to KEEP, and both journals
        say so, with the reason and both regisseurs. All or nothing: a file changed elsewhere meanwhile stops
        the whole, and a merge cut short is put back the next time the store is opened.

        A coordinator only, with their PIN (asked on the terminal, or one line on standard input with
        --pin-stdin). In the audit trail: both households and every file moved.
        Exit status: 0 merged, 1 not merged (why on standard error), 2 no PIN.
        """)
}

/// The words of `S`, merging on the screen.
extension Text {
    public static let undoMerge = Text("samenvoegen {1}", "merging {1}")
    public static let mergeNeedsCoordinator = Text("Alleen een coördinator voegt samen.",
                                                   "Only a coordinator merges.")
    public static let mergeNotDone = Text("Niet samengevoegd: {1}", "Not merged: {1}")
    public static let mergedNotice = Text("Samengevoegd; u maakt het ongedaan.", "Merged; u undoes it.")
    public static let mergeNotAudited = Text("Samengevoegd, niet in de audit-trail!", "Merged, not in the audit trail!")
    public static let mergeUndone = Text("Samenvoegen ongedaan: weer twee huishoudens.",
                                         "Merge undone: two households again.")
}

/// The words of the merge form.
extension Text {
    public static let mergeTitle = Text("{1} samenvoegen", "Merge {1}")
    public static let looksAlikeLegend = Text("≈ lijkt erop.", "≈ looks alike.")
    public static let mergeNote = Text(
        "Voor twee huishoudens die één blijken te zijn. Alles van het ene gaat naar het andere: gezinsleden, plan, journaal, ZRM, uitgaven, verwijzingen en hulpvragen. Het andere blijft bestaan, afgesloten met een verwijzing; u maakt het direct erna ongedaan.",
        "For two households that turn out to be one. Everything of one goes to the other: members, plan, journal, ZRM, expenses, referrals and requests. The other stays, closed with a pointer; u right after undoes it.")
    public static let fieldMergeWith = Text("Samen met", "Merge with")
    public static let fieldMergeKeep = Text("Behouden", "Keep")
    public static let fieldMergeReason = Text("Reden", "Reason")
    public static let keepThis = Text("dit huishouden ({1})", "this household ({1})")
    public static let keepOther = Text("het huishouden hierboven", "the household above")
    public static let looksAlike = Text("lijkt erop", "looks alike")
    public static let helpMerge = Text("samenvoegen met een huishouden dat hetzelfde blijkt (coördinator)",
                                       "merge with a household that turns out to be the same (coordinator)")
    public static let mergedInto = Text("Samengevoegd met {1} op {2}: alles staat daar.",
                                        "Merged into {1} on {2}: everything is there.")
    public static let mergedAway = Text("Samengevoegd met {1}: open dat.", "Merged into {1}: open that one.")
    public static let mergedFrom = Text("Samengevoegd: {1} ({2}) op {3}", "Merged: {1} ({2}) on {3}")
}
