import WijkDomain

/// The reports: the screen's words, the tables' titles and columns, and how to read each report.
extension Text {
    public static let reportsTitle = Text("Rapportages", "Reports")
    public static let reportsPeriod = Text("{1} t/m {2} · stand {3}", "{1} to {2} · as of {3}")
    public static let reportsWithheld = Text("<5 = minder dan 5 huishoudens of hulpvragen, niet getoond",
                                             "<5 = fewer than 5 households or requests, not shown")
    public static let reportPeriodReversed = Text("wijk report: de periode begint op {1} en eindigt op {2}, dus eerder: --from moet vóór --to liggen; er is niets getoond",
                                                  "wijk report: the period begins on {1} and ends earlier, on {2}: --from must come before --to; nothing was shown")
    public static let dialectWithoutCSV = Text("wijk {1}: --csv-dialect alleen met --csv (zonder --csv komt er geen spreadsheet)",
                                               "wijk {1}: --csv-dialect only with --csv (without --csv no spreadsheet is written)")
    public static let reportsRule = Text(
        "Kleine aantallen: een cijfer op minder dan {1} huishoudens is <{1}; × weggelaten om terugrekenen te voorkomen; n<{1} berekend over minder dan {1}",
        "Small numbers: a figure on fewer than {1} households is <{1}; × withheld so none can be worked back; n<{1} worked out over fewer than {1}")
    public static let reportsTrendHighest = Text("hoogste {1} = {2}", "highest {1} = {2}")
    public static let reportsWithheldSecondary = Text(
        "× = niet getoond zodat een getal <5 er niet uit terug te rekenen is (een aantal onder × is 5 of meer)",
        "× = not shown so a figure <5 cannot be worked back from it (a count under × is 5 or more)")
    public static let reportsWithheldStatistic = Text(
        "n<5 = gemiddelde, mediaan of aandeel niet getoond: berekend over minder dan 5, of het zou een getal <5 prijsgeven",
        "n<5 = mean, median or share not shown: worked out over fewer than 5, or it would give away a figure <5")
    public static let reportsRetentionDueOne = Text("1 dossier over zijn bewaartermijn: wijk retention toont het",
                                                    "1 file past its retention period: wijk retention lists it")
    public static let reportsRetentionDue = Text("{1} dossiers over hun bewaartermijn: wijk retention toont ze",
                                                 "{1} files past their retention period: wijk retention lists them")
    public static let reportsLegendBlocks = Text("░ = <5 per maand", "░ = <5 in a month")
    public static let reportsLegendPlain = Text("? = <5 per maand", "? = <5 in a month")
    public static let reportHeading = Text("{1} — {2}", "{1} — {2}")

    public static let reportNoRegisseur = Text("zonder regisseur", "no regisseur")
    public static let reportOpenPerWorker = Text("Open huishoudens per medewerker", "Open households per worker")
    public static let columnWorker = Text("Medewerker", "Worker")
    public static let columnOpen = Text("Open", "Open")
    public static let columnCapacity = Text("Capaciteit", "Capacity")
    public static let columnLoad = Text("Bezetting", "Load")
    public static let reportPerMonth = Text("Per maand", "Per month")
    public static let columnPerMonth = Text("per maand", "per month")
    public static let reportStarted = Text("nieuw", "new")
    public static let reportClosed = Text("afgesloten", "closed")
    public static let caseloadNote = Text(
        "Open: huishoudens die niet zijn afgesloten, naar regisseur, nu. Nieuw: gestart in de maand; afgesloten: gesloten in de maand.",
        "Open: households not closed, by regisseur, now. New: started in the month; closed: closed in the month.")

    public static let reportWaitingTable = Text("Werkdagen tot het eerste antwoord", "Working days to the first answer")
    public static let columnAnsweredShort = Text("Beantw.", "Answ.")
    public static let columnWithdrawnShort = Text("Ingetr.", "Withdr.")
    public static let reportReceived = Text("binnengekomen", "received")

    public static let reportZRMTable = Text("Voortgang per levensdomein", "Progress per life domain")
    public static let columnDomain = Text("Domein", "Domain")
    public static let columnHouseholds = Text("Huish.", "Househ.")
    public static let columnFirst = Text("Eerst", "First")
    public static let columnLatest = Text("Laatst", "Latest")
    public static let columnImproved = Text("Beter", "Better")
    public static let columnSame = Text("Gelijk", "Same")
    public static let columnWorse = Text("Slechter", "Worse")
    public static let zrmNote = Text(
        "Huishoudens met twee of meer ZRM-metingen op het domein, de laatste in de periode; gemiddelde score (1–5) bij de eerste en de laatste meting.",
        "Households with two or more ZRM assessments on the domain, the latest in the period; mean score (1–5) at the first and the latest.")

    public static let reportNoReason = Text("onbekend (zonder code)", "unknown (no code)")
    public static let reportOutflowTable = Text("Afgesloten per reden", "Closed per reason")
    public static let columnReason = Text("Reden", "Reason")
    public static let columnClosed = Text("Afgesl.", "Closed")
    public static let columnMedianDays = Text("Duur (d)", "Days")
    public static let outflowNote = Text(
        "Huishoudens afgesloten in de periode, per reden beëindiging met de code van iWmo (WMO588) en iJw (JZ588), release 3.2. Onbekend: afgesloten met een reden van vóór de codelijsten. Duur: mediaan in dagen van de start tot het afsluiten.",
        "Households closed in the period, per reason for ending with its iWmo (WMO588) and iJw (JZ588) code, release 3.2. Unknown: closed with a reason from before the code lists. Days: median from the start of the case to its closing.")

    public static let reportOutcomesTable = Text("Uitkomsten bij het afsluiten", "Outcomes at closing")
    public static let columnIndicator = Text("Indicator", "Indicator")
    public static let columnYes = Text("Ja", "Yes")
    public static let columnNo = Text("Nee", "No")
    public static let columnUnknown = Text("Onbek.", "Unkn.")
    public static let columnShareYes = Text("Ja van bekend", "Yes of known")
    public static let reportClosedInPeriod = Text("afgesloten in de periode", "closed in the period")
    public static func outcomeIndicator(_ indicator: OutcomesReport.Indicator) -> Text {
        switch indicator {
        case .selfReliant: return Text("verder zonder hulp", "carries on alone")
        case .noNewStart: return Text("geen nieuwe start in een jaar", "no new start within a year")
        case .problemsReduced: return Text("problemen verminderd (ZRM)", "problems reduced (ZRM)")
        case .goalsMet: return Text("doelen behaald", "goals met")
        }
    }
    public static let reportReferrerTable = Text("Hulpvragen per verwijzer (iJw COD327)", "Requests per referrer (iJw COD327)")
    public static let columnReferrer = Text("Verwijzer", "Referrer")
    public static let columnCode = Text("Code", "Code")
    public static let columnRequests = Text("Hulpvr.", "Requ.")
    public static let reportUnknownReferrer = Text("onbekend", "unknown")
    public static func referrer(_ referrer: OutcomesReport.Referrer) -> Text {
        switch referrer {
        case .municipality: return Text("gemeente (wijkteam, partners)", "municipality (team, partners)")
        case .gp: return Text("huisarts", "GP")
        case .youthDoctor: return Text("jeugdarts", "youth doctor")
        case .certifiedInstitution: return Text("gecertificeerde instelling", "certified institution")
        case .specialist: return Text("medisch specialist", "medical specialist")
        case .selfReferral: return Text("zelf, geen verwijzer", "self, no referrer")
        case .justice: return Text("rechter, OvJ, JJI", "court, prosecutor, JJI")
        }
    }
    public static let outcomesNote = Text(
        "Uitkomsten over de huishoudens afgesloten in de periode (samengevoegde niet). Verder zonder hulp: zoals de regisseur het bij het afsluiten invulde. Geen nieuwe start: geen hulpvraag voor het huishouden binnen een jaar na het afsluiten; onbekend tot dat jaar om is. Problemen verminderd: de laatste ZRM tot het afsluiten scoort hoger dan de eerste, opgeteld over de domeinen die in beide zijn gescoord. Doelen behaald: minstens de helft van de doelen van het plan behaald. Ja van bekend: ja gedeeld door ja en nee. Verwijzer: hulpvragen ontvangen in de periode, naar iJw COD327 (release 3.2) vertaald uit het kanaal: huisarts is 02; telefoon, balie, e-mail en zelf zijn 06 (zelfverwijzer); school, wijkverpleging, woningcorporatie en politie zijn 01 (gemeente: het wijkteam is de toegang); anders is onbekend.",
        "Outcomes over the households closed in the period (merged ones not). Carries on without help: as the regisseur answered at closing. No new start: no request for the household within a year after closing; unknown until that year is over. Problems reduced: the latest ZRM up to closing scores higher than the first, summed over the domains scored in both. Goals met: at least half of the plan's goals achieved. Yes of known: yes divided by yes and no. Referrer: requests received in the period, translated from the channel to iJw COD327 (release 3.2): GP is 02; phone, desk, e-mail and self are 06 (self-referral); school, district nurse, housing and police are 01 (municipality: the team is its access to help); other is unknown.")

    public static let reportPerArea = Text("Per postcodegebied", "Per postcode area")
    public static let columnPostcodeArea = Text("Gebied", "Area")
    public static let reportNoPostcode = Text("zonder postcode", "no postcode")
    public static let columnRequestsShort = Text("Hulpvr.", "Requ.")
    public static let columnLowThresholdShort = Text("Laagdr.", "Low-thr.")
    public static let columnTailoredShort = Text("Maatw.", "Spec.")
    public static let reportLowDomains = Text("Vaakst gescoord 1–2 (ZRM)", "Most often scored 1–2 (ZRM)")
    public static let wijkbeeldNote = Text(
        "Per postcodegebied (vier cijfers) en de plaats die de meeste adressen noemen. Huishoudens met een lopende zaak in de periode, naar hun adres nu; hulpvragen ontvangen in de periode, naar het adres waarmee ze kwamen; verwijzingen gemaakt in de periode, laagdrempelig tegen maatwerk. Vaakst 1–2: de drie levensdomeinen die de laatste ZRM tot het eind van de periode het vaakst 1 of 2 gaf, per maand zoals het er aan het eind van die maand voor stond; alleen in een gebied met 5 of meer huishoudens, en alleen een domein van 5 of meer.",
        "Per postcode area (four digits) and the place most of its addresses name. Households with a case running in the period, by their address now; requests received in the period, by the address they came with; referrals made in the period, low-threshold against specialised. Most often 1–2: the three life domains the latest ZRM up to the end of the period most often scored 1 or 2, per month as it stood at the end of that month; only in an area of 5 or more households, and only a domain of 5 or more.")

    public static let reportSatisfactionTable = Text("Rapportcijfer bij het afsluiten", "Score at closing")
    public static let reportScored = Text("afgesloten met cijfer", "closed with a score")
    public static let reportMean = Text("gemiddeld", "mean")
    public static let reportMedian = Text("mediaan", "median")
    public static let reportUnscored = Text("zonder cijfer", "without a score")
    public static let reportDistribution = Text("Verdeling", "Distribution")
    public static let columnScore = Text("Cijfer", "Score")
    public static let satisfactionNote = Text(
        "Het cijfer (1–10) dat het huishouden gaf bij het afsluiten, over de huishoudens afgesloten in de periode.",
        "The score (1–10) the household gave at closing, over the households closed in the period.")

    public static let reportBudgetsTable = Text("Budgetten", "Budgets")
    public static let reportBudgeted = Text("huishoudens met budget", "households with a budget")
    public static let reportBudgetsTotal = Text("budgetten samen", "budgets together")
    public static let reportBudgetsUsed = Text("besteed en toegezegd", "spent and committed")
    public static let reportBudgetsShare = Text("deel van de budgetten", "share of the budgets")
    public static let reportOverBudget = Text("over het budget", "over budget")
    public static let reportPerDomain = Text("Per levensdomein (in de periode)", "Per life domain (in the period)")
    public static let reportNoDomain = Text("zonder domein", "no domain")
    public static let columnSpent = Text("besteed", "spent")
    public static let columnCommitted = Text("toegezegd", "committed")
    public static let columnShare = Text("Aandeel", "Share")
    public static let columnAmount = Text("Bedrag", "Amount")
    public static let budgetNote = Text(
        "Budgetten van huishoudens met een lopende zaak in de periode, tegen alles wat erop is besteed en toegezegd. Het domein is alleen voor analyse: het budget is niet geoormerkt. Teruggedraaide boekingen tellen niet mee.",
        "Budgets of households with a case running in the period, against everything spent and committed on them. The domain is for analysis only: the budget is not earmarked. Reversed entries do not count.")

    public static let reportUnknownResource = Text("niet meer op de kaart", "no longer on the map")
    public static let reportPerKind = Text("Verwijzingen per soort voorziening", "Referrals per kind of resource")
    public static let columnReferrals = Text("Verw.", "Ref.")
    public static let columnCompleted = Text("Afger.", "Compl.")
    public static let columnRejected = Text("Afgew.", "Rej.")
    public static let columnStopped = Text("Gest.", "Stop.")
    public static let reportLowThresholdFirst = Text("Laagdrempelig eerst", "Low-threshold first")
    public static let reportLowThreshold = Text("laagdrempelig", "low-threshold")
    public static let reportTailored = Text("maatwerk", "specialised")
    public static let resourcesNote = Text(
        "Verwijzingen gemaakt in de periode, met hoe ze er nu voor staan. Laagdrempelig: alles behalve maatwerkvoorzieningen.",
        "Referrals made in the period, with how they stand now. Low-threshold: everything but specialised services.")
}

extension Text {
    public static let reportWritten = Text("Rapport naar {1}", "Report to {1}")
}

/// The reports screen's keys and its period form.
extension Text {
    public static let contextReports = Text("In de rapportages", "In the reports")
    public static let helpReports = Text("rapportages (coördinator, beheerder)", "reports (coordinator, administrator)")
    public static let helpNextReport = Text("volgend rapport", "next report")
    public static let helpPreviousReport = Text("vorig rapport", "previous report")
    public static let helpReportPeriod = Text("periode kiezen", "choose the period")
    public static let hintNextReport = Text("rapport", "report")
    public static let hintReportPeriod = Text("periode", "period")
    public static let periodTitle = Text("Periode van de rapportages", "Period of the reports")
    public static let periodBackwards = Text("ligt voor de eerste dag", "is before the first day")
    public static let periodNote = Text("Beide dagen tellen mee. Zonder keuze: deze maand en de elf ervoor, tot en met vandaag.",
                                        "Both days count. Without a choice: this month and the eleven before it, up to today.")
}
