import WijkDomain

/// The domain's words as every screen shows them: statuses, life domains, ZRM scores, roles, kinds.
extension Text {
    public static let appName = Text("Wijkdesk", "Wijkdesk")
    public static func householdStatus(_ status: Household.Status) -> Text {
        switch status {
        case .registered: return Text("aangemeld", "registered")
        case .active: return Text("actief", "active")
        case .closed: return Text("afgesloten", "closed")
        }
    }
    public static func signal(_ signal: Signal) -> Text {
        switch signal {
        case .crisis: return Text("crisis", "crisis")
        case .evaluationOverdue: return Text("evaluatiedatum verstreken", "evaluation date passed")
        case .noRecentContact: return Text("30 dagen of langer geen contact", "no contact for 30 days or more")
        case .actionOverdue: return Text("actie over de datum", "action past its due date")
        case .referralStuck: return Text("verwijzing staat 4 weken stil", "referral not moved for 4 weeks")
        case .newRequest: return Text("nieuwe hulpvraag gekoppeld", "new request for help linked")
        }
    }
    public static func signalLetter(_ signal: Signal) -> Text {
        switch signal {
        case .crisis: return Text("!", "!")
        case .evaluationOverdue: return Text("E", "E")
        case .noRecentContact: return Text("C", "C")
        case .actionOverdue: return Text("A", "A")
        case .referralStuck: return Text("V", "R")
        case .newRequest: return Text("H", "H")
        }
    }
    public static func domain(_ domain: LifeDomain) -> Text {
        switch domain {
        case .finances: return Text("Financiën", "Finances")
        case .work: return Text("Werk & opleiding", "Work & education")
        case .timeUse: return Text("Tijdsbesteding", "Time use")
        case .housing: return Text("Huisvesting", "Housing")
        case .relations: return Text("Huiselijke relaties", "Domestic relations")
        case .mentalHealth: return Text("Geestelijke gezondheid", "Mental health")
        case .physicalHealth: return Text("Lichamelijke gezondheid", "Physical health")
        case .substances: return Text("Middelengebruik", "Substance use")
        case .basicADL: return Text("Basale ADL", "Basic ADL")
        case .instrumentalADL: return Text("Instrumentele ADL", "Instrumental ADL")
        case .network: return Text("Sociaal netwerk", "Social network")
        case .participation: return Text("Maatschappelijke participatie", "Social participation")
        case .justice: return Text("Justitie", "Justice")
        }
    }
    public static func score(_ score: ZRMScore) -> Text {
        switch score {
        case .acute: return Text("acute problematiek", "acute problems")
        case .notSelfReliant: return Text("niet zelfredzaam", "not self-reliant")
        case .limitedSelfReliant: return Text("beperkt zelfredzaam", "limited self-reliance")
        case .sufficientlySelfReliant: return Text("voldoende zelfredzaam", "sufficiently self-reliant")
        case .fullySelfReliant: return Text("volledig zelfredzaam", "fully self-reliant")
        }
    }
    public static func journalKind(_ kind: JournalEntry.Kind) -> Text {
        switch kind {
        case .homevisit: return Text("huisbezoek", "home visit")
        case .phone: return Text("telefoon", "phone")
        case .office: return Text("gesprek op kantoor", "office meeting")
        case .partner: return Text("overleg ketenpartner", "chain partner meeting")
        case .email: return Text("e-mail", "e-mail")
        case .note: return Text("notitie", "note")
        }
    }
    public static func goalStatus(_ status: Goal.Status) -> Text {
        switch status {
        case .open: return Text("open", "open")
        case .achieved: return Text("bereikt", "achieved")
        case .stopped: return Text("gestopt", "stopped")
        }
    }
    public static func actionStatus(_ status: Action.Status) -> Text {
        switch status {
        case .open: return Text("open", "open")
        case .done: return Text("gedaan", "done")
        case .cancelled: return Text("geannuleerd", "cancelled")
        }
    }
    public static func resourceKind(_ kind: Resource.Kind) -> Text {
        switch kind {
        case .basic: return Text("basisvoorziening", "basic service")
        case .informalCare: return Text("informele zorg", "informal care")
        case .volunteers: return Text("vrijwilligers", "volunteers")
        case .citizenInitiative: return Text("burgerinitiatief", "citizens' initiative")
        case .tailored: return Text("maatwerkvoorziening", "specialised service")
        }
    }
    /// The kind in a list column: a word of at most 11 letters.
    public static func resourceKindShort(_ kind: Resource.Kind) -> Text {
        switch kind {
        case .basic: return Text("basis", "basic")
        case .informalCare: return Text("informeel", "informal")
        case .volunteers: return Text("vrijwillig", "volunteers")
        case .citizenInitiative: return Text("burgers", "citizens")
        case .tailored: return Text("maatwerk", "specialised")
        }
    }
    public static func resourceRoute(_ route: Resource.Route) -> Text {
        switch route {
        case .selfReferral: return Text("zelf aanmelden", "self-referral")
        case .team: return Text("via het wijkteam", "through the team")
        case .gp: return Text("via de huisarts", "through the GP")
        case .decision: return Text("beschikking nodig", "needs a decision")
        }
    }
    public static func role(_ role: Worker.Role) -> Text {
        switch role {
        case .worker: return Text("medewerker", "worker")
        case .coordinator: return Text("coördinator", "coordinator")
        case .admin: return Text("beheerder", "administrator")
        }
    }
    public static func weekday(_ day: Int) -> Text {
        let nl = ["ma", "di", "wo", "do", "vr", "za", "zo"]
        let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let i = min(max(day, 1), 7) - 1
        return Text(nl[i], en[i])
    }
    public static func contact(_ c: Household.Contact) -> Text {
        switch c {
        case .phone: return Text("telefoon", "phone")
        case .email: return Text("e-mail", "e-mail")
        case .letter: return Text("brief", "letter")
        case .visit: return Text("huisbezoek", "home visit")
        }
    }
    public static func closeReason(_ r: Household.CloseReason) -> Text {
        switch r {
        case .perPlan: return Text("volgens plan", "as planned")
        case .byAgreement: return Text("voortijdig, in overleg", "early, by agreement")
        case .byClient: return Text("voortijdig, door cliënt", "early, by the client")
        case .byTeam: return Text("voortijdig, door wijkteam", "early, by the team")
        case .moved: return Text("verhuisd uit de gemeente", "moved away")
        case .otherProvider: return Text("naar andere aanbieder", "to another provider")
        case .otherDomain: return Text("naar Wlz of Zvw", "to Wlz or Zvw")
        case .goalsAchieved: return Text("doelen bereikt", "goals achieved")
        case .referred: return Text("doorverwezen", "referred")
        case .noLongerWanted: return Text("geen hulp meer gewenst", "no more help wanted")
        case .deceased: return Text("overleden", "deceased")
        case .other: return Text("anders", "other")
        case .merged: return Text("samengevoegd", "merged")
        }
    }
    public static func expenseKind(_ k: Expense.Kind) -> Text {
        switch k {
        case .expense: return Text("uitgave", "expense")
        case .commitment: return Text("toezegging", "commitment")
        }
    }
    public static let yes = Text("ja", "yes")
    public static let no = Text("nee", "no")
    public static let confidentialityNormal = Text("normaal", "normal")
    public static let restrictedName = Text("Afgeschermd huishouden", "Restricted household")
    public static let regisseurLabel = Text("Regisseur", "Regisseur")
    public static let unknownWorker = Text("onbekend", "unknown")
    public static let years = Text("{1} jr", "{1} yrs")
    public static let actorNetwork = Text("netwerk", "network")
    public static let overdue = Text("te laat", "overdue")
}
