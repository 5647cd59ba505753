import WijkDomain
import WijkStore

/// What the `wijk` command line says: usage, errors and reports of the commands without a screen.
extension Text {
    public static let usage = Text("""
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
              wijk intake MAP --name NAAM --question TEKST --by ID [opties] | < hulpvraag.rec
                                        neem een nieuwe hulpvraag op
              wijk inbox MAP [--all] [--csv [--names]]
                                        toon de open hulpvragen met hun wachttijd
              wijk report waiting MAP [--from DATUM] [--to DATUM] [--csv]
                                        wachttijd per urgentie: mediaan, P90, over de norm
              wijk resources import MAP BESTAND.csv [--dry-run] [--skip-invalid] [--force]
              wijk resources export MAP [--csv | --rec] [-o BESTAND]
                                        de sociale kaart uit of naar een spreadsheet
              wijk meeting MAP | wijk meeting export MAP DATUM [--format md|txt] [--full]
                                        het teamoverleg, of een verslag ervan
              wijk avg export MAP --household ID [--member ID] [-o MAP]
                                        inzage (AVG): alles over één huishouden of gezinslid
              wijk retention MAP [--purge ID --as ID [--pin-stdin]]
                                        huishoudens over hun bewaartermijn; vernietig er een
              wijk households merge MAP BEHOUDEN SAMENVOEGEN --as ID --reason TEKST
                                        twee huishoudens die één blijken, samenvoegen (coördinator)
              wijk generate MAP [--households N]
                                        maak een grote fictieve opslag om te meten (standaard 10000)
              wijk OPDRACHT --help      alles over één opdracht
              wijk --help | --version

            Opties:
              --theme NAAM   kleurthema: {3}
              --lang nl|en   taal van de schermen (standaard nl)
              --as ID        vraag meteen de pincode van deze medewerker

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
              wijk intake DIR --name NAME --question TEXT --by ID [options] | < request.rec
                                        take in a new request for help
              wijk inbox DIR [--all] [--csv [--names]]
                                        print the open requests with their waiting time
              wijk report waiting DIR [--from DATE] [--to DATE] [--csv]
                                        waiting time per urgency: median, P90, past the norm
              wijk resources import DIR FILE.csv [--dry-run] [--skip-invalid] [--force]
              wijk resources export DIR [--csv | --rec] [-o FILE]
                                        the sociale kaart from or to a spreadsheet
              wijk meeting DIR | wijk meeting export DIR DATE [--format md|txt] [--full]
                                        the team meeting, or a report of it
              wijk avg export DIR --household ID [--member ID] [-o DIR]
                                        subject access (GDPR): all about one household or member
              wijk retention DIR [--purge ID --as ID [--pin-stdin]]
                                        households past their retention period; destroy one
              wijk households merge DIR KEEP OTHER --as ID --reason TEXT
                                        merge two households that turn out to be one (coordinator)
              wijk generate DIR [--households N]
                                        make a large fictional store for measuring (default 10000)
              wijk COMMAND --help       all about one command
              wijk --help | --version

            Options:
              --theme NAME   colour theme: {3}
              --lang nl|en   language of the screens (default nl)
              --as ID        ask at once for this worker's PIN

            Environment: NO_COLOR (no colour), WIJK_THEME, WIJK_LANG, XDG_DATA_HOME,
            XDG_CONFIG_HOME (keys: wijkdesk/keys.conf).
            """)
    public static let notATerminal = Text("wijk: geen terminal: start wijk in een terminalvenster (voor een controle zonder scherm: wijk check MAP)",
                "wijk: not a terminal: run wijk in a terminal window (to check without a screen: wijk check DIR)")
    public static let storeNotFound = Text("wijk: {1}: map bestaat niet", "wijk: {1}: no such folder")
    public static let notAStore = Text("wijk: {1}: geen Wijkdesk-opslag (wijkdesk.rec ontbreekt)",
                             "wijk: {1}: not a Wijkdesk store (wijkdesk.rec is missing)")
    public static let badInfoFile = Text("wijk: {1}: {2}", "wijk: {1}: {2}")
    public static let seedsMissing = Text("wijk: demo-opslag niet gevonden (gezocht: {1}); zet WIJK_SEEDS op de map seeds/",
                                "wijk: demo store not found (looked in: {1}); set WIJK_SEEDS to the seeds/ folder")
    public static let targetNotAStore = Text("wijk: {1} bestaat al en is geen Wijkdesk-opslag: niets overschreven",
                                   "wijk: {1} exists and is not a Wijkdesk store: nothing overwritten")
    public static let ioError = Text("wijk: {1}: {2}", "wijk: {1}: {2}")
    public static let unknownOption = Text("{1}: onbekende optie: {2} (zie {1} --help)",
                                           "{1}: unknown option: {2} (see {1} --help)")
    public static let notForCommand = Text("{1}: {2} hoort niet bij {1} (zie {1} --help)",
                                           "{1}: {2} is not an option of {1} (see {1} --help)")
    public static let missingValue = Text("{1}: {2} heeft een waarde nodig: {3}", "{1}: {2} needs a value: {3}")
    public static let badOptionValue = Text("{1}: {2}: {3}: {4}", "{1}: {2}: {3}: {4}")
    public static let emptyOptionValue = Text("{1}: {2} is leeg (zie {1} --help)", "{1}: {2} is empty (see {1} --help)")
    public static let missingStore = Text("{1}: geef de map van de opslag (zie {1} --help)",
                                          "{1}: name the store's folder (see {1} --help)")
    public static let extraArgument = Text("{1}: één map verwacht, niet ook {2} (zie {1} --help)",
                                           "{1}: expected one folder, not also {2} (see {1} --help)")
    public static let missingOption = Text("{1}: {2} is nodig (zie {1} --help)", "{1}: {2} is needed (see {1} --help)")
    /// What a value must be, after "needs a value:".
    public static let formDate = Text("een datum jjjj-mm-dd", "a date yyyy-mm-dd")
    public static let formNumber = Text("een getal groter dan 0", "a number above 0")
    public static let formLanguage = Text("nl of en", "nl or en")
    public static let formText = Text("een woord of naam", "a word or name")
    /// What a value is not, before the value itself.
    public static let notDate = Text("geen datum (jjjj-mm-dd)", "not a date (yyyy-mm-dd)")
    public static let notNumber = Text("geen getal groter dan 0", "not a number above 0")
    public static let notLanguage = Text("geen taal (nl of en)", "not a language (nl or en)")
    public static let notText = Text("leeg", "empty")
    public static let checkClean = Text("{1}: {2} bestanden gecontroleerd, geen problemen", "{1}: {2} files checked, no problems")
    public static let checkWarnings = Text("{1} waarschuwingen (geen fout: kijk ze na)", "{1} warnings (not errors: look at them)")
    public static let checkProblems = Text("{1} problemen", "{1} problems")
    public static let themeNotFound = Text("thema ‘{1}’ niet gevonden; zwart-wit gebruikt", "theme ‘{1}’ not found; using monochrome")
    public static let themeBad = Text("thema {1}:{2}: niet te lezen; zwart-wit gebruikt", "theme {1}:{2}: cannot be read; using monochrome")
    public static let keyConfigBad = Text("toetsen {1}: regel {2} niet te lezen", "keys {1}: line {2} cannot be read")
    public static let noWorkerInTeam = Text("wijk: {1}: het team heeft geen actieve medewerker", "wijk: {1}: the team has no active worker")
    public static let unknownWorkerId = Text("wijk: geen actieve medewerker met id {1}", "wijk: no active worker with id {1}")
    public static let initDone = Text("Opslag gemaakt in {1} met coördinator {2} ({3}). Open hem met: wijk {1}",
                "Store made in {1} with coordinator {2} ({3}). Open it with: wijk {1}")
    public static let badInitials = Text("wijk: --initials: 1 tot 4 letters, bijvoorbeeld AB", "wijk: --initials: 1 to 4 letters, for example AB")
    public static let folderNotEmpty = Text("wijk: {1} bestaat al en is niet leeg: niets overschreven",
                                  "wijk: {1} exists and is not empty: nothing overwritten")
    public static let mergedCopy = Text("{1}: samengevoegd in {2} en gearchiveerd", "{1}: merged into {2} and archived")
    public static let pendingCopy = Text("{1}: kies zelf voor {2} (open wijk en druk op c)",
                               "{1}: choose yourself for {2} (open wijk and press c)")
    public static let wouldMergeCopy = Text("{1}: zou samengevoegd worden in {2} (--dry-run: niets geschreven)",
                                            "{1}: would be merged into {2} (--dry-run: nothing written)")
    public static let pendingField = Text("  {1}: was {2}; kopie {3} ({4}); bestand {5} ({6})",
                                          "  {1}: was {2}; copy {3} ({4}); file {5} ({6})")
    public static let mergeValueHidden = Text("(waarde alleen op een terminal)", "(value shown on a terminal only)")
    public static let nothingToMerge = Text("{1}: geen conflictkopieën", "{1}: no conflict copies")
    public static let auditWhole = Text("audit-trail is heel: {1} gebeurtenissen", "audit trail is whole: {1} events")
    public static let onBehalfOf = Text("namens {1}", "on behalf of {1}")
    public static let reasonLabel = Text("reden: {1}", "reason: {1}")
    public static let pinPrompt = Text("Pincode voor de coördinator (4 tot 12 cijfers): ", "PIN for the coordinator (4 to 12 digits): ")
    public static let pinAgain = Text("Nog een keer: ", "Once more: ")
    public static let pinsDiffer = Text("wijk: de pincodes verschillen", "wijk: the PINs differ")
    public static let pinRule = Text("wijk: een pincode is 4 tot 12 cijfers", "wijk: a PIN is 4 to 12 digits")
    public static let pinNeedsTerminal = Text("wijk: geen terminal om de pincode te vragen; gebruik --pin-stdin",
                                    "wijk: no terminal to ask for the PIN; use --pin-stdin")
    public static let generateDone = Text("{1}: {2} huishoudens gemaakt, {3} bestanden", "{1}: {2} households made, {3} files")
    public static let storeReadableByOthers = Text("Let op: de opslag is leesbaar voor anderen op deze computer (chmod 700 {1}).",
                "Warning: the store is readable by others on this computer (chmod 700 {1}).")
    public static let auditMonthMissing = Text(
        "begint niet waar de vorige maand van deze werkplek ophield: een maand ontbreekt of is ingekort",
        "does not start where this workstation's previous month ended: a month is missing or was cut short")
    public static let auditOtherStore = Text("begint bij een andere opslag: deze audit-trail is van elders hierheen gekopieerd",
                                             "starts from another store: this audit trail was copied in from elsewhere")
    public static let auditTailMissingOne = Text("1 regel ontbreekt na regel {1}, gezien door {2}{3}",
                                                 "1 record missing after line {1}, witnessed by {2}{3}")
    public static let auditTailMissing = Text("{4} regels ontbreken na regel {1}, gezien door {2}{3}",
                                              "{4} records missing after line {1}, witnessed by {2}{3}")
    public static let auditFileMissing = Text("bestand ontbreekt; {2} zag er {1} in{3}", "file missing; {2} saw {1} in it{3}")
    public static let auditRecordsOne = Text("1 regel", "1 record")
    public static let auditRecords = Text("{1} regels", "{1} records")
    public static let auditDiffersFromWitness = Text("regel anders dan {1} hem zag{2}", "record differs from what {1} saw{2}")
    public static let auditWitnessSelf = Text("deze werkplek zelf", "this workstation itself")
    public static let auditWitnessAt = Text(" op {1}", " at {1}")
    public static let checkProblemsOne = Text("1 probleem", "1 problem")
}

extension Strings {
    /// What is wrong with an audit file at `line`, in words, with who saw what was lost and when.
    public func auditBreak(_ reason: AuditLog.Break.Reason, line: Int) -> String {
        func by(_ witness: String?) -> String { witness.map { Printable.escaped($0) } ?? self(.auditWitnessSelf) }
        func at(_ time: Timestamp?) -> String {
            time.map { self(.auditWitnessAt, String($0.iso.prefix(16)).replacingOccurrences(of: "T", with: " ") + " UTC") } ?? ""
        }
        switch reason {
        case .unreadable: return self(Text("auditregel niet te lezen", "audit record cannot be read"))
        case .chainBroken: return self(Text("keten gebroken: een regel ervoor is verwijderd of verplaatst",
                                            "chain broken: a record before it was removed or moved"))
        case .hashMismatch: return self(Text("regel gewijzigd: de hash klopt niet", "record changed: its hash does not match"))
        case .monthMissing: return self(.auditMonthMissing)
        case .otherStore: return self(.auditOtherStore)
        case .tailMissing(let records, let witness, let time):
            return records == 1 ? self(.auditTailMissingOne, String(line), by(witness), at(time))
                : self(.auditTailMissing, String(line), by(witness), at(time), String(records))
        case .fileMissing(let records, let witness, let time):
            let count = records == 1 ? self(.auditRecordsOne) : self(.auditRecords, String(records))
            return self(.auditFileMissing, count, by(witness), at(time))
        case .differsFromWitness(let witness, let time): return self(.auditDiffersFromWitness, by(witness), at(time))
        }
    }

    /// `1 probleem`, `3 problemen`.
    public func problems(_ count: Int) -> String {
        count == 1 ? self(.checkProblemsOne) : self(.checkProblems, String(count))
    }
}
