import WijkDomain

/// The words of suggestions and referrals.
extension Text {
    public static func referralStatus(_ status: Referral.Status) -> Text {
        switch status {
        case .proposed: return Text("voorgesteld", "proposed")
        case .registered: return Text("aangemeld", "registered")
        case .started: return Text("gestart", "started")
        case .completed: return Text("afgerond", "completed")
        case .rejected: return Text("afgewezen", "rejected")
        case .stopped: return Text("gestopt", "stopped")
        }
    }
    public static func consentForm(_ form: Referral.ConsentForm) -> Text {
        switch form {
        case .oral: return Text("mondeling", "oral")
        case .written: return Text("schriftelijk", "written")
        case .digital: return Text("digitaal", "digital")
        }
    }
    public static let sectionReferrals = Text("Verwijzingen", "Referrals")
    public static let noReferrals = Text("Nog geen verwijzingen (V: wat past bij dit plan).",
                                         "No referrals yet (V: what fits this plan).")
    public static let adviceOnly = Text("advies", "advice")
    public static let stuckMark = Text("⚠ 4 weken stil", "⚠ 4 weeks still")
    public static let suggestionsTitle = Text("Wat past bij {1}", "What fits {1}")
    public static let suggestionsNote = Text("Laagdrempelig eerst, dan maatwerk. Op de domeinen met een lage ZRM-score of een open doel, "
                                             + "de leeftijden en het dorp. Enter: verwijzen.",
                                             "Low-threshold first, then specialised care. By the domains with a low ZRM score or an open goal, "
                                             + "the ages and the village. Enter: refer.")
    public static let noSuggestions = Text("Niets op de sociale kaart past bij de domeinen van dit plan (ZRM 1–3 of een open doel).",
                                           "Nothing on the sociale kaart fits the domains of this plan (ZRM 1–3 or an open goal).")
    public static let groupLowThreshold = Text("Laagdrempelig", "Low-threshold")
    public static let groupTailored = Text("Maatwerk", "Specialised")
    public static let goalReason = Text("doel: {1}", "goal: {1}")
    public static let inArea = Text("in {1}", "in {1}")
    public static let wholeMunicipality = Text("hele gemeente", "whole municipality")
    public static let noWait = Text("geen wachttijd", "no waiting time")
    public static let waitWeeks = Text("{1} weken wachttijd", "{1} weeks' wait")
    public static let checkDetails = Text("controleren", "to check")
    public static let hintReferHere = Text("verwijzen", "refer")
    public static let helpSuggest = Text("wat past: voorzieningen voor dit plan, laagdrempelig eerst; verwijzen",
                                         "what fits: resources for this plan, low-threshold first; refer")
    public static let helpReferHere = Text("naar deze voorziening verwijzen (met of zonder toestemming)",
                                           "refer to this resource (with or without consent)")
    public static let contextSuggestions = Text("In wat past bij het plan", "In what fits the plan")
    public static let newReferralTitle = Text("Verwijzen naar {1}", "Refer to {1}")
    public static let referralNote = Text("Zonder toestemming van de cliënt is het een advies: het team meldt niemand aan en deelt geen gegevens.",
                                          "Without the client's consent it is advice: the team registers no one and shares no details.")
    public static let referralStepTitle = Text("Verwijzing {1}: volgende stap", "Referral {1}: next step")
    public static let referralEnded = Text("Deze verwijzing is afgesloten ({1}).", "This referral has ended ({1}).")
    public static let fieldMember = Text("Voor wie", "For whom")
    public static let wholeHousehold = Text("het huishouden", "the household")
    public static let fieldGoalLink = Text("Doel", "Goal")
    public static let fieldReferralReason = Text("Waarom", "Why")
    public static let fieldConsent = Text("Toestemming", "Consent")
    public static let fieldConsentDate = Text("Toestemming op", "Consent on")
    public static let fieldConsentForm = Text("Hoe gegeven", "How given")
    public static let fieldDetailsShared = Text("Gegevens gedeeld", "Details shared")
    public static let fieldNextStatus = Text("Nieuwe status", "New status")
    public static let fieldOutcome = Text("Uitkomst of reden", "Outcome or reason")
    public static let ruleSharedNeedsConsent = Text("alleen met toestemming", "only with consent")
    public static let ruleConsentDate = Text("wanneer gegeven?", "given when?")
    public static let ruleConsentForm = Text("hoe gegeven?", "given how?")
    public static let ruleOutcome = Text("nodig bij het einde", "needed at the end")
    public static let journalReferral = Text("Verwijzing {1}: {2}.", "Referral {1}: {2}.")
    public static let journalReferralAdvice = Text("Advies (zonder toestemming): {1}.", "Advice (without consent): {1}.")
}
