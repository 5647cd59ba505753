import WijkDomain

/// The inbox of requests for help, one request in full, and the steps of triage.
extension Text {
    public static let inboxTitle = Text("Hulpvragen", "Requests for help")
    public static let inboxOpen = Text("{1} open", "{1} open")
    public static let inboxAll = Text("alle {1}", "all {1}")
    public static let inboxEmpty = Text("Geen open hulpvragen.", "No open requests.")
    public static let inboxMarker = Text("{1} nieuw · {2} over norm", "{1} new · {2} past norm")
    public static let inboxMarkerLong = Text("{1} nieuwe hulpvragen, {2} over de norm", "{1} new requests, {2} past the norm")
    public static let inboxMarkerLongOne = Text("{1} nieuwe hulpvraag, {2} over de norm", "{1} new request, {2} past the norm")
    public static let columnUrgency = Text("Urgentie", "Urgency")
    public static let columnReceived = Text("Ontvangen", "Received")
    public static let columnSince = Text("Sinds", "Since")
    public static let columnWaiting = Text("Wachttijd", "Waiting")
    public static let waitingDays = Text("{1} wd", "{1} wd")
    public static let waitingOver = Text("⚠ +{1} wd over norm", "⚠ +{1} wd past norm")
    public static let dueLabel = Text("uiterlijk {1}", "due {1}")
    public static let requesterSelf = Text("de hulpvrager zelf", "the person themselves")
    public static let fieldRequester = Text("Aangemeld door", "Referred by")
    public static let fieldTakenBy = Text("Aangenomen", "Taken in by")
    public static let matchesHeading = Text("Mogelijk al bekend", "Possibly known already")
    public static let noMatchesFound = Text("Geen bestaand huishouden gevonden (adres, BSN, naam).",
                                            "No existing household found (address, BSN, name).")
    public static let historyHeading = Text("Verloop", "History")
    public static let requestGone = Text("Deze hulpvraag staat niet meer in de opslag.", "This request is no longer in the store.")
    public static let requestAnswered = Text("Deze hulpvraag is al afgehandeld.", "This request has been answered already.")
    public static let matchTitle = Text("Koppelen aan een bestaand huishouden", "Link to an existing household")
    public static let matchNote = Text("Eén huishouden, één plan: koppelen zet de vraag in het journaal van het huishouden en meldt hem bij de regisseur.",
                                       "One household, one plan: linking puts the question in the household's journal and tells its regisseur.")
    public static let assignTitle = Text("Nieuw huishouden: wie wordt regisseur?", "New household: who will be regisseur?")
    public static let assignNote = Text("Voorstel op volgorde van ruimte in de caseload, kennis van de domeinen en de straat; jij beslist.",
                                        "Suggested by room in the caseload, knowledge of the domains and the street; you decide.")
    public static let columnCaseload = Text("Caseload", "Caseload")
    public static let columnWhy = Text("Waarom", "Why")
    public static let roomLeft = Text("ruimte {1}", "room {1}")
    public static let roomNone = Text("vol (+{1})", "full (+{1})")
    public static let knowsHousehold = Text("kent het huishouden", "knows the household")
    public static let knowsStreet = Text("kent de straat", "knows the street")
    public static let crisisCases = Text("{1} crisis", "{1} crisis")
    public static let fromRequestNote = Text("Uit de hulpvraag overgenomen; de vraag komt in het eerste journaal.",
                                             "Taken over from the request; the question goes into the first journal entry.")
    public static let linkedNote = Text("Gekoppeld aan {1}.", "Linked to {1}.")
    public static let linkedNew = Text("Nieuw huishouden {1}.", "New household {1}.")
    public static let requestNowStatus = Text("Hulpvraag: {1}.", "Request: {1}.")
    public static let journalRequest = Text("Hulpvraag van {1} via {2}:", "Request of {1} through {2}:")
    public static let confirmWithdraw = Text("De hulpvraag van {1} intrekken? Dit komt in het verloop.",
                                             "Withdraw the request of {1}? This goes into its history.")
    public static let confirmReopenLink = Text("{1} is afgesloten. Heropenen en de hulpvraag koppelen? Dit komt in het journaal.",
                                               "{1} is closed. Reopen it and link the request? This goes into the journal.")
    public static let referTitle = Text("Doorverwijzen — {1}", "Refer — {1}")
    public static let notForTeamTitle = Text("Niet voor het wijkteam — {1}", "Not for the team — {1}")
    public static let newRequestTitle = Text("Nieuwe hulpvraag", "New request for help")
    public static let newRequestNote = Text("Noteer de vraag in de woorden van de aanvrager. Namens: leeg als de hulpvrager zelf belt.",
                                            "Write the question in the requester's words. On behalf of: empty when the person calls themselves.")
    public static let fieldChannel = Text("Kanaal", "Channel")
    public static let fieldHouseholdName = Text("Naam huishouden", "Household name")
    public static let fieldOnBehalf = Text("Namens (aanvrager)", "On behalf of (requester)")
    public static let fieldOrganisation = Text("Organisatie", "Organisation")
    public static let fieldRequesterPhone = Text("Telefoon aanvrager", "Requester's phone")
    public static let fieldQuestion = Text("Vraag", "Question")
    public static let fieldDomainN = Text("Domein {1}", "Domain {1}")
    public static let normsTitle = Text("Normen voor hulpvragen", "Norms for requests")
    public static let normsNote = Text("In werkdagen na de dag van binnenkomst; 0 is dezelfde werkdag. Weekenden en feestdagen tellen niet.",
                                       "In working days after the day it came in; 0 is the same working day. Weekends and holidays do not count.")
    public static let fieldNorm = Text("Norm {1} (wd)", "Norm {1} (wd)")
    public static let fieldGoodFriday = Text("Goede Vrijdag vrij", "Good Friday off")
    public static let fieldLiberationDay = Text("Bevrijdingsdag vrij", "Liberation Day off")

    public static func liberationDay(_ rule: WorkCalendar.LiberationDay) -> Text {
        switch rule {
        case .lustrum: return Text("elke vijf jaar (2025, 2030 …)", "every five years (2025, 2030 …)")
        case .everyYear: return Text("elk jaar", "every year")
        case .never: return Text("nooit", "never")
        }
    }

    public static func urgency(_ urgency: HelpRequest.Urgency) -> Text {
        switch urgency {
        case .crisis: return Text("crisis", "crisis")
        case .urgent: return Text("urgent", "urgent")
        case .regular: return Text("regulier", "regular")
        }
    }

    /// The urgency with a symbol, so it shows without colour.
    public static func urgencyMark(_ urgency: HelpRequest.Urgency) -> Text {
        switch urgency {
        case .crisis: return Text("‼ crisis", "‼ crisis")
        case .urgent: return Text("! urgent", "! urgent")
        case .regular: return Text("· regulier", "· regular")
        }
    }

    public static func requestStatus(_ status: HelpRequest.Status) -> Text {
        switch status {
        case .new: return Text("nieuw", "new")
        case .inProgress: return Text("in behandeling", "in progress")
        case .linked: return Text("gekoppeld", "linked")
        case .referred: return Text("doorverwezen", "referred")
        case .notForTeam: return Text("niet voor het wijkteam", "not for the team")
        case .withdrawn: return Text("ingetrokken", "withdrawn")
        }
    }

    public static func channel(_ channel: HelpRequest.Channel) -> Text {
        switch channel {
        case .phone: return Text("telefoon", "phone")
        case .walkIn: return Text("inloop", "walk-in")
        case .email: return Text("e-mail", "e-mail")
        case .gp: return Text("huisarts", "GP")
        case .school: return Text("school", "school")
        case .districtNurse: return Text("wijkverpleging", "district nurse")
        case .housing: return Text("woningcorporatie", "housing corporation")
        case .police: return Text("wijkagent/politie", "police")
        case .selfReferral: return Text("zelfmelding", "self-referral")
        case .other: return Text("anders", "other")
        }
    }

    public static func matchReason(_ reason: HouseholdMatcher.Reason) -> Text {
        switch reason {
        case .address: return Text("zelfde adres", "same address")
        case .bsn: return Text("zelfde BSN", "same BSN")
        case .sameName: return Text("zelfde naam", "same name")
        case .similarName: return Text("naam lijkt erop, zelfde straat", "similar name, same street")
        }
    }
}

/// The inbox's and a request's keys, as the `?` help and the windows' bottom lines name them.
extension Text {
    public static let contextInbox = Text("In de hulpvragen", "In the requests for help")
    public static let contextRequest = Text("Bij een hulpvraag (coördinator)", "In a request (coordinator)")
    public static let helpInbox = Text("hulpvragen: de inbox (medewerkers kijken, coördinatoren triëren)",
                                       "requests for help: the inbox (workers look, coordinators triage)")
    public static let helpOpenRequest = Text("de hulpvraag openen: vraag, aanvrager, wachttijd, mogelijke huishoudens",
                                             "open the request: question, requester, waiting time, possible households")
    public static let helpFilterInbox = Text("zoeken op naam, adres, vraag, kanaal of status",
                                             "search by name, address, question, channel or status")
    public static let helpNewRequest = Text("nieuwe hulpvraag invoeren (aan de telefoon, aan de balie)",
                                            "enter a new request (on the phone, at the desk)")
    public static let helpAllRequests = Text("alle hulpvragen / alleen de open", "all requests / only the open ones")
    public static let helpNorms = Text("normen en werkdagen (coördinator, beheerder)", "norms and working days (coordinator, administrator)")
    public static let helpLinkRequest = Text("koppelen aan een bestaand huishouden (één huishouden, één plan)",
                                             "link to an existing household (one household, one plan)")
    public static let helpHouseholdFromRequest = Text("nieuw huishouden en plan maken, met een regisseur",
                                                      "make a new household and plan, with a regisseur")
    public static let helpReferRequest = Text("doorverwijzen naar een voorziening, zonder plan", "refer to a resource, without a plan")
    public static let helpNotForTeam = Text("niet voor het wijkteam (met reden)", "not for the team (with a reason)")
    public static let helpWithdrawRequest = Text("ingetrokken door de aanvrager", "withdrawn by the requester")
    public static let helpTakeOn = Text("in behandeling nemen", "take on")
    public static let hintNewRequest = Text("nieuw", "new")
    public static let hintAll = Text("alle/open", "all/open")
    public static let hintLink = Text("koppelen", "link")
    public static let hintHouseholdFromRequest = Text("nieuw huishouden", "new household")
    public static let hintRefer = Text("doorverwijzen", "refer")
    public static let hintNotForTeam = Text("niet voor ons", "not for us")
    public static let hintChoose = Text("kiezen", "choose")
    public static let contextMatch = Text("Bij koppelen aan een huishouden", "Linking to a household")
    public static let contextAssign = Text("Bij het kiezen van een regisseur", "Choosing a regisseur")
    public static let helpLinkHousehold = Text("de hulpvraag aan dit huishouden koppelen (afgesloten: eerst heropenen)",
                                               "link the request to this household (closed: reopen first)")
    public static let helpChooseRegisseur = Text("deze medewerker wordt regisseur; daarna het nieuwe huishouden invullen",
                                                 "this worker becomes regisseur; then fill in the new household")
}
