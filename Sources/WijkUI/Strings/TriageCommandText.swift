/// What `wijk intake`, `wijk inbox` and `wijk report` say, and their `--help`.
extension Text {
    public static let intakeNeedsInput = Text(
        "wijk intake: geef de hulpvraag met opties (--name, --question, --by …) of als recfile op de standaardinvoer (zie wijk intake --help)",
        "wijk intake: give the request as options (--name, --question, --by …) or as a recfile on standard input (see wijk intake --help)")
    public static let intakeDone = Text("Hulpvraag opgeslagen in {1} ({2}, uiterlijk {3}).", "Request saved in {1} ({2}, due {3}).")
    public static let intakeMatches = Text("Mogelijk al bekend: {1}", "Possibly known already: {1}")
    public static let auditNotWritten = Text("wijk: let op: de audit-trail kon {1} niet vastleggen",
                                             "wijk: warning: the audit trail could not record {1}")
    public static let exportNotAudited = Text("wijk: de audit-trail is niet te schrijven ({1}); er is niets getoond",
                                              "wijk: the audit trail cannot be written ({1}); nothing was shown")
    public static let inboxSummary = Text("{1} open, waarvan {2} nieuw · {3} over de norm",
                                          "{1} open, {2} of them new · {3} past the norm")
    public static let columnDue = Text("Uiterlijk", "Due")
    public static let unknownReport = Text("wijk report: geen rapport ‘{1}’; er zijn: {2} (zie wijk report --help)",
                                           "wijk report: no report ‘{1}’; there are: {2} (see wijk report --help)")
    public static let missingReport = Text("wijk report: noem het rapport: {1} (zie wijk report --help)",
                                           "wijk report: name the report: {1} (see wijk report --help)")
    public static let reportTotal = Text("totaal", "total")
    public static let columnNorm = Text("Norm", "Norm")
    public static let columnCount = Text("Aantal", "Count")
    public static let columnMedian = Text("Mediaan", "Median")
    public static let columnP90 = Text("P90", "P90")
    public static let columnOverNorm = Text("Over norm", "Past norm")
    public static let columnStillOpen = Text("Open", "Open")
    public static let waitingReportNote = Text("""
        Beantwoord: een regisseur toegewezen, doorverwezen of niet voor het wijkteam; de
        klok stopt bij het eerste antwoord. Mediaan en P90 over de beantwoorde vragen.
        Over norm: te laat beantwoord, of nog open en al over de norm. Ingetrokken
        vragen tellen niet mee in de wachttijd.
        """, """
        Answered: a regisseur assigned, referred, or not for the team; the clock stops at
        the first answer. Median and P90 over the answered requests. Past norm: answered
        late, or still open and past the norm already. Withdrawn requests do not count
        in the waiting time.
        """)

    public static let usageIntake = Text("""
        Gebruik: wijk intake MAP --name NAAM --question TEKST --by ID [opties]
               wijk intake MAP < hulpvraag.rec

        Neemt een nieuwe hulpvraag op, als de balie aan de telefoon: uit opties, of uit één record op de
        standaardinvoer met de velden hieronder (Veld: waarde, + voor een volgende regel). Alles wordt
        eerst gecontroleerd; bij een fout staat er per probleem een regel Veld: wat er mis is, en wordt
        er niets geschreven. Daarna staat de vraag in één keer in requests/ en in de audit-trail, en
        zegt wijk of het huishouden mogelijk al bekend is (ids, geen namen).

        Opties (veld in de recfile):
          --name NAAM              naam van het huishouden (Name, verplicht)
          --question TEKST         de vraag in de woorden van de aanvrager (Question, verplicht)
          --by ID                  wie de vraag aannam, een medewerker (TakenBy, verplicht)
          --channel KANAAL         telefoon, inloop, e-mail, huisarts, school, wijkverpleging,
                                   woningcorporatie, politie, zelfmelding, anders (Channel)
          --urgency URGENTIE       crisis, urgent of regulier (Urgency, standaard regulier)
          --domain DOMEIN          een ZRM-domein, zoals Financiën of Huisvesting; mag vaker (Domain)
          --street, --postcode, --city, --phone, --email, --bsn
                                   adres en contact van het huishouden (Street, Postcode, City, Phone,
                                   Email, BSN; de BSN met de elfproef)
          --requester NAAM, --organisation NAAM, --requester-phone NR, --requester-email ADRES
                                   wie namens het huishouden belt (Requester, RequesterOrganisation,
                                   RequesterPhone, RequesterEmail)
          --received DATUM         wanneer de vraag binnenkwam (Received, standaard vandaag)
          --time UU:MM             hoe laat (Time, standaard nu als de vraag van vandaag is)

        Afsluitstatus: 0 opgeslagen, 1 een veld klopt niet of de opslag is niet te openen of te
        schrijven, 2 verkeerd gebruik.

        Voorbeeld:
          wijk intake ~/wijkteam --name "Fam. Bosma" --question "Geen geld voor de boodschappen." \\
            --channel huisarts --urgency urgent --domain Financiën --by w-ab
        """, """
        Usage: wijk intake DIR --name NAME --question TEXT --by ID [options]
               wijk intake DIR < request.rec

        Takes in a new request for help, as the front desk does on the phone: from options, or from one
        record on standard input with the fields below (Field: value, + for a next line). Everything is
        checked first; on a problem there is one line Field: what is wrong per problem, and nothing is
        written. Then the request is in requests/ and in the audit trail in one step, and wijk says
        whether the household may be known already (ids, no names).

        Options (field in the recfile):
          --name NAME              the household's name (Name, required)
          --question TEXT          the question in the requester's words (Question, required)
          --by ID                  who took the request in, a worker (TakenBy, required)
          --channel CHANNEL        phone, walk-in, e-mail, GP, school, district nurse, housing
                                   corporation, police, self-referral, other (Channel)
          --urgency URGENCY        crisis, urgent or regular (Urgency, default regular)
          --domain DOMAIN          a ZRM domain, such as Finances or Housing; may repeat (Domain)
          --street, --postcode, --city, --phone, --email, --bsn
                                   the household's address and contact (Street, Postcode, City, Phone,
                                   Email, BSN; the BSN with the elfproef)
          --requester NAME, --organisation NAME, --requester-phone NO, --requester-email ADDRESS
                                   who calls on the household's behalf (Requester,
                                   RequesterOrganisation, RequesterPhone, RequesterEmail)
          --received DATE          when the request came in (Received, default today)
          --time HH:MM             at what time (Time, default now for a request of today)

        Exit status: 0 saved, 1 a field is wrong or the store cannot be opened or written, 2 wrong use.

        Example:
          wijk intake ~/wijkteam --name "Fam. Bosma" --question "No money for groceries." \\
            --channel gp --urgency urgent --domain Finances --by w-ab
        """)
    public static let usageInbox = Text("""
        Gebruik: wijk inbox MAP [--all] [--csv [--names]]

        Toont de open hulpvragen zoals de inbox ze toont: op urgentie en hoe dicht ze bij of over hun
        norm zijn, met de wachttijd in werkdagen (wd) en de dag waarop ze uiterlijk beantwoord moeten
        zijn. Elke keer staat in de audit-trail.

        Opties:
          --all     ook de beantwoorde, doorverwezen en ingetrokken vragen
          --csv     voor Excel (UTF-8 met BOM, ; tussen velden): id, received, time, channel,
                    urgency, status, waiting_wd, due, over_norm_wd, taken_by; zonder namen
          --csv-dialect rfc4180
                    met --csv: komma's zonder BOM, voor scripts (standaard: excel)
          --names   met --csv: ook de naam van het huishouden

        Afsluitstatus: 0 getoond, 1 de opslag is niet te openen of de audit-trail niet te schrijven,
        2 verkeerd gebruik.

        Voorbeeld:
          wijk inbox ~/wijkteam --csv > hulpvragen.csv
        """, """
        Usage: wijk inbox DIR [--all] [--csv [--names]]

        Prints the open requests as the inbox lists them: by urgency and how close they are to or past
        their norm, with the waiting time in working days (wd) and the day they are due. Each run is in
        the audit trail.

        Options:
          --all     also the answered, referred and withdrawn requests
          --csv     for Excel (UTF-8 with BOM, ; between fields): id, received, time, channel, urgency,
                    status, waiting_wd, due, over_norm_wd, taken_by; without names
          --csv-dialect rfc4180
                    with --csv: commas without a BOM, for scripts (default: excel)
          --names   with --csv: the household's name as well

        Exit status: 0 printed, 1 the store cannot be opened or the audit trail not written, 2 wrong use.

        Example:
          wijk inbox ~/wijkteam --csv > requests.csv
        """)
    public static let usageReport = Text("""
        Gebruik: wijk report RAPPORT MAP [--from DATUM] [--to DATUM] [--csv] [-o BESTAND]

        Rapporten voor het team en de gemeente: alleen aantallen en gemiddelden, nooit namen, adressen,
        BSN's of vrije tekst. Een cijfer dat op minder dan 5 huishoudens rust staat er als <5 (en als
        het dan uit het totaal terug te rekenen is, ook het kleinste getal ernaast). Elke keer staat in
        de audit-trail, voordat er iets getoond wordt. Zonder --from en --to: deze maand en de elf ervoor.

          caseload       open huishoudens per medewerker tegen de capaciteit; nieuw en afgesloten per maand
          waiting        per urgentie: binnengekomen, beantwoord, mediaan en 90e percentiel van de
                         werkdagen tot het eerste antwoord, over de norm, open en ingetrokken
          zrm            per levensdomein, voor huishoudens met minstens twee metingen: aantal,
                         gemiddelde eerste en laatste score, deel beter, gelijk en slechter
          outflow        afgesloten per reden (met de iWmo- en iJw-code) en per maand, mediane duur
          outcomes       bij het afsluiten: verder zonder hulp, geen nieuwe start binnen een jaar,
                         problemen verminderd (ZRM), doelen behaald; hulpvragen per verwijzer (COD327)
          budget         besteed en toegezegd per maand en per levensdomein, tegen de budgetten;
                         huishoudens over hun budget
          satisfaction   rapportcijfer bij het afsluiten: aantal, gemiddelde, verdeling
          resources      verwijzingen per soort voorziening: basis tegen maatwerk, en hoe ze afliepen
          wijkbeeld      per postcodegebied: huishoudens, hulpvragen, verwijzingen laagdrempelig en
                         maatwerk, de levensdomeinen die het vaakst 1–2 scoren

        Opties:
          --from DATUM    vanaf deze dag (jjjj-mm-dd of dd-mm-jjjj)
          --to DATUM      tot en met deze dag (standaard vandaag)
          --csv           voor Excel: UTF-8 met BOM, ; tussen velden, decimale komma, bedragen in euro's
          --csv-dialect rfc4180   met --csv: komma's zonder BOM, voor scripts
          -o BESTAND      naar een bestand (alleen voor de eigenaar leesbaar) in plaats van het scherm

        Afsluitstatus: 0 gemaakt, 1 de opslag is niet te openen, de audit-trail of het bestand niet te
        schrijven, 2 verkeerd gebruik, een onbekend rapport of een periode die eindigt voor ze begint.

        Voorbeeld:
          wijk report outflow ~/wijkteam --from 2026-01-01 --to 2026-06-30 --csv -o uitstroom.csv
        """, """
        Usage: wijk report REPORT DIR [--from DATE] [--to DATE] [--csv] [-o FILE]

        Reports for the team and the municipality: counts and means only, never names, addresses, BSNs or
        free text. A figure resting on fewer than 5 households shows as <5 (and when it could be worked
        back from the total, the smallest figure beside it too). Each run is in the audit trail before
        anything is shown. Without --from and --to: this month and the eleven before it.

          caseload       open households per worker against capacity; new and closed per month
          waiting        per urgency: received, answered, median and 90th percentile of the working
                         days to the first answer, past the norm, open and withdrawn
          zrm            per life domain, for households with at least two assessments: count, mean
                         first and latest score, share better, the same and worse
          outflow        closed per reason (with its iWmo and iJw code) and per month, median duration
          outcomes       at closing: carries on alone, no new start within a year, problems reduced
                         (ZRM), goals met; requests per referrer (COD327)
          budget         spent and committed per month and per life domain, against the budgets;
                         households over their budget
          satisfaction   score at closing: count, mean, distribution
          resources      referrals per kind of resource: basic against specialised, and how they ended
          wijkbeeld      per postcode area: households, requests, low-threshold and specialised
                         referrals, the life domains most often scored 1–2

        Options:
          --from DATE     from this day (yyyy-mm-dd or dd-mm-yyyy)
          --to DATE       up to and including this day (default today)
          --csv           for Excel: UTF-8 with BOM, ; between fields, decimal comma, amounts in euros
          --csv-dialect rfc4180   with --csv: commas without a BOM, for scripts
          -o FILE         to a file (readable by its owner only) instead of the screen

        Exit status: 0 made, 1 the store cannot be opened, the audit trail or the file not written, 2 wrong
        use, an unknown report or a period that ends before it begins.

        Example:
          wijk report outflow ~/wijkteam --from 2026-01-01 --to 2026-06-30 --csv -o outflow.csv
        """)
}
