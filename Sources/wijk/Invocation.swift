import WijkDomain
import WijkStore
import WijkUI

/// What the command line asks for.
enum Invocation: Equatable {
    /// The general help, or the help of one command.
    case help(Subcommand?)
    case version
    case open(store: String, options: Options)
    case demo(store: String?, options: Options)
    case check(store: String, all: Bool)
    case merge(store: String, dryRun: Bool)
    case audit(store: String, filter: AuditCommand.Filter, verify: Bool)
    case initStore(store: String, team: String, coordinator: String, initials: String, pinFromStdin: Bool)
    case generate(store: String, households: Int)
    /// A new request: the fields given as options (by their store names), or none to read a recfile from stdin.
    case intake(store: String, fields: [String: [String]])
    case inbox(store: String, csv: Bool, names: Bool, all: Bool, dialect: CSV.Dialect)
    case report(ReportKind, store: String, from: Day?, to: Day?, csv: Bool, output: String?, dialect: CSV.Dialect)
    case resourcesImport(store: String, file: String, skipInvalid: Bool, force: Bool, dryRun: Bool)
    case resourcesExport(store: String, asRecfile: Bool, output: String?, dialect: CSV.Dialect)
    /// `wijk meeting STORE`: the screen, straight into the team meeting.
    case meeting(store: String, date: Day?, options: Options)
    case meetingExport(store: String, date: Day, format: MeetingReport.Format, full: Bool)
    /// `wijk avg export`: the inzage of one household, or one of its members, into a folder.
    case avgExport(store: String, household: String, member: String?, output: String?)
    /// `wijk retention`: the households past their retention period, or (with `purge`) one destroyed by `worker`.
    case retention(store: String, purge: String?, worker: String?, pinFromStdin: Bool)
    case householdsMerge(store: String, keep: String, other: String, worker: String, reason: String, pinFromStdin: Bool)

    /// What `wijk resources` does with the sociale kaart.
    enum ResourcesAction: String, CaseIterable, Equatable {
        case importSheet = "import", export
    }

    /// The commands after `wijk`; `open` is `wijk MAP` itself.
    enum Subcommand: String, CaseIterable, Equatable {
        case open, demo, check, merge, initStore = "init", audit, generate, intake, inbox, report, resources, meeting
        case avg, retention, households

        /// How messages name the command: `wijk check`, or `wijk` for opening a store.
        var title: String { self == .open ? "wijk" : "wijk " + rawValue }
    }

    /// Options that shape the interactive screen.
    struct Options: Equatable {
        var theme: String?
        var language: Language?
        var worker: String?
    }

    /// What an option's value must look like.
    enum Expected: Equatable {
        case text, date, number, language, meetingFormat, csvDialect
    }

    /// Why the command line could not be understood; each names the command it was given to.
    enum Problem: Error, Equatable {
        case unknownOption(String, Subcommand)
        /// A known option that the command does not take.
        case notForCommand(String, Subcommand)
        case missingValue(String, Expected, Subcommand)
        case badValue(String, value: String, expected: Expected, Subcommand)
        case missingStore(Subcommand)
        case extraArgument(String, Subcommand)
        /// An option the command cannot do without (`wijk init --team`).
        case missingOption(String, Subcommand)
        /// `wijk report` without a report's name, or with one it does not make.
        case unknownReport(String?)
        /// `wijk resources` without `import` or `export`, or with another word.
        case unknownResourcesAction(String?)
        /// `wijk resources export` with both `--csv` and `--rec`.
        case oneFormat
        /// `--csv-dialect` where no spreadsheet is written (`wijk report` or `wijk inbox` without `--csv`).
        case dialectWithoutCSV(Subcommand)
        /// `wijk avg` without `export`, or with another word.
        case unknownAvgAction(String?)
        /// `wijk households` without `merge`, or with another word.
        case unknownHouseholdsAction(String?)
    }

    /// An option: whether it takes a value and of what form, and which commands take it.
    private struct Spec {
        let value: Expected?
        let commands: Set<Subcommand>
    }

    private static let specs: [String: Spec] = [
        "--theme": Spec(value: .text, commands: [.open, .demo, .meeting]),
        "--lang": Spec(value: .language, commands: Set(Subcommand.allCases)),
        "--as": Spec(value: .text, commands: [.open, .demo, .meeting, .retention, .households]),
        "--reason": Spec(value: .text, commands: [.households]),
        "--format": Spec(value: .meetingFormat, commands: [.meeting]),
        "--csv-dialect": Spec(value: .csvDialect, commands: [.inbox, .report, .resources]),
        "--full": Spec(value: nil, commands: [.meeting]),
        "--date": Spec(value: .date, commands: [.meeting]),
        "--store": Spec(value: .text, commands: [.demo]),
        "--team": Spec(value: .text, commands: [.initStore]),
        "--coordinator": Spec(value: .text, commands: [.initStore]),
        "--initials": Spec(value: .text, commands: [.initStore]),
        "--pin-stdin": Spec(value: nil, commands: [.initStore, .retention, .households]),
        "--household": Spec(value: .text, commands: [.audit, .avg]),
        "--member": Spec(value: .text, commands: [.avg]),
        "--purge": Spec(value: .text, commands: [.retention]),
        "--worker": Spec(value: .text, commands: [.audit]),
        "--since": Spec(value: .date, commands: [.audit]),
        "--until": Spec(value: .date, commands: [.audit]),
        "--verify": Spec(value: nil, commands: [.audit]),
        "--households": Spec(value: .number, commands: [.generate]),
        "--all": Spec(value: nil, commands: [.check, .inbox]),
        "--csv": Spec(value: nil, commands: [.inbox, .report, .resources]),
        "--rec": Spec(value: nil, commands: [.resources]),
        "-o": Spec(value: .text, commands: [.resources, .report, .avg]),
        "--output": Spec(value: .text, commands: [.resources, .report, .avg]),
        "--skip-invalid": Spec(value: nil, commands: [.resources]),
        "--force": Spec(value: nil, commands: [.resources]),
        "--dry-run": Spec(value: nil, commands: [.resources, .merge]),
        "--names": Spec(value: nil, commands: [.inbox]),
        "--from": Spec(value: .date, commands: [.report]),
        "--to": Spec(value: .date, commands: [.report]),
    ].merging(intakeFields.mapValues { field in
        Spec(value: field == "Received" ? .date : .text, commands: [.intake])
    }) { a, _ in a }

    /// The options of `wijk intake` and the request's fields they fill; only `--domain` may be repeated.
    static let intakeFields: [String: String] = [
        "--received": "Received", "--time": "Time", "--channel": "Channel", "--urgency": "Urgency", "--name": "Name",
        "--street": "Street", "--postcode": "Postcode", "--city": "City", "--phone": "Phone", "--email": "Email",
        "--bsn": "BSN", "--requester": "Requester", "--organisation": "RequesterOrganisation",
        "--requester-phone": "RequesterPhone", "--requester-email": "RequesterEmail", "--question": "Question",
        "--domain": "Domain", "--by": "TakenBy",
    ]

    /// The command the arguments name: the first word that is not an option or an option's value. Nil when
    /// there is none (`wijk`, `wijk --help`).
    static func subcommand(of arguments: [String]) -> Subcommand? {
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument.hasPrefix("-") && argument != "-" {
                if specs[argument]?.value != nil { i += 1 }
            } else {
                return Subcommand(rawValue: argument).flatMap { $0 == .open ? nil : $0 } ?? .open
            }
            i += 1
        }
        return nil
    }

    /// The `--lang` the arguments ask for, if any, so even a complaint about them speaks that language.
    static func language(of arguments: [String]) -> Language? {
        guard let i = arguments.firstIndex(of: "--lang"), i + 1 < arguments.count else { return nil }
        return Language(rawValue: arguments[i + 1])
    }

    /// Parses the arguments after the program name; options may stand before or after the store.
    static func parse(_ arguments: [String]) throws(Problem) -> Invocation {
        if arguments.contains(where: { $0 == "-h" || $0 == "--help" }) { return .help(subcommand(of: arguments)) }
        if arguments.contains(where: { $0 == "-V" || $0 == "--version" }) { return .version }
        if arguments.isEmpty { return .help(nil) }
        // Options without a command are options of `wijk MAP` without its store.
        let command = subcommand(of: arguments) ?? .open
        var values: [String: String] = [:]
        var fields: [String: [String]] = [:]
        var flags: Set<String> = []
        var positional: [String] = []
        var options = Options()
        var i = 0
        var skippedCommandWord = command == .open
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            guard argument.hasPrefix("-") && argument != "-" else {
                if !skippedCommandWord && argument == command.rawValue {
                    skippedCommandWord = true
                } else {
                    positional.append(argument)
                }
                continue
            }
            guard let spec = specs[argument] else { throw .unknownOption(argument, command) }
            guard spec.commands.contains(command) else { throw .notForCommand(argument, command) }
            guard let expected = spec.value else {
                flags.insert(argument)
                continue
            }
            guard i < arguments.count, !arguments[i].hasPrefix("--") else {
                throw .missingValue(argument, expected, command)
            }
            let value = arguments[i]
            i += 1
            guard valid(value, expected) else { throw .badValue(argument, value: value, expected: expected, command) }
            values[argument] = value
            if let field = intakeFields[argument] {
                // A date as people write it goes into the store the store's way.
                let stored = field == "Received" ? day(value)!.iso : value
                fields[field] = field == "Domain" ? (fields[field] ?? []) + [stored] : [stored]
            }
        }
        let dialect = values["--csv-dialect"].flatMap(CSV.Dialect.init(rawValue:)) ?? .excel
        // A dialect for a spreadsheet that is not written would be ignored without a word.
        if values["--csv-dialect"] != nil, [.report, .inbox].contains(command), !flags.contains("--csv") {
            throw .dialectWithoutCSV(command)
        }
        options.theme = values["--theme"]
        options.worker = values["--as"]
        options.language = values["--lang"].flatMap(Language.init(rawValue:))

        if command == .demo {
            if let extra = positional.first { throw .extraArgument(extra, command) }
            return .demo(store: values["--store"], options: options)
        }
        if command == .report {
            guard let name = positional.first, let report = ReportKind(rawValue: name) else {
                throw .unknownReport(positional.first)
            }
            positional.removeFirst()
            guard let store = positional.first else { throw .missingStore(command) }
            if positional.count > 1 { throw .extraArgument(positional[1], command) }
            return .report(report, store: store, from: values["--from"].flatMap(day), to: values["--to"].flatMap(day),
                           csv: flags.contains("--csv"), output: values["-o"] ?? values["--output"], dialect: dialect)
        }
        if command == .meeting {
            if positional.first == "export" {
                positional.removeFirst()
                guard let store = positional.first else { throw .missingStore(command) }
                guard positional.count >= 2 else { throw .missingOption("DATUM", command) }
                guard let date = day(positional[1]) else {
                    throw .badValue("DATUM", value: positional[1], expected: .date, command)
                }
                if positional.count > 2 { throw .extraArgument(positional[2], command) }
                return .meetingExport(store: store, date: date,
                                      format: values["--format"].flatMap(MeetingReport.Format.init(rawValue:)) ?? .md,
                                      full: flags.contains("--full"))
            }
            guard let store = positional.first else { throw .missingStore(command) }
            if positional.count > 1 { throw .extraArgument(positional[1], command) }
            return .meeting(store: store, date: values["--date"].flatMap(day), options: options)
        }
        if command == .resources {
            guard let name = positional.first, let action = ResourcesAction(rawValue: name) else {
                throw .unknownResourcesAction(positional.first)
            }
            positional.removeFirst()
            guard let store = positional.first else { throw .missingStore(command) }
            switch action {
            case .importSheet:
                guard positional.count >= 2 else { throw .missingOption("FILE.csv", command) }
                if positional.count > 2 { throw .extraArgument(positional[2], command) }
                return .resourcesImport(store: store, file: positional[1], skipInvalid: flags.contains("--skip-invalid"),
                                        force: flags.contains("--force"), dryRun: flags.contains("--dry-run"))
            case .export:
                if positional.count > 1 { throw .extraArgument(positional[1], command) }
                if flags.contains("--csv") && flags.contains("--rec") { throw .oneFormat }
                return .resourcesExport(store: store, asRecfile: flags.contains("--rec"),
                                        output: values["-o"] ?? values["--output"], dialect: dialect)
            }
        }
        if command == .avg {
            guard positional.first == "export" else { throw .unknownAvgAction(positional.first) }
            positional.removeFirst()
            guard let store = positional.first else { throw .missingStore(command) }
            if positional.count > 1 { throw .extraArgument(positional[1], command) }
            guard let household = values["--household"] else { throw .missingOption("--household", command) }
            return .avgExport(store: store, household: household, member: values["--member"],
                              output: values["-o"] ?? values["--output"])
        }
        if command == .households {
            guard positional.first == "merge" else { throw .unknownHouseholdsAction(positional.first) }
            positional.removeFirst()
            guard let store = positional.first else { throw .missingStore(command) }
            guard positional.count >= 2 else { throw .missingOption("BEHOUDEN", command) }
            guard positional.count >= 3 else { throw .missingOption("SAMENVOEGEN", command) }
            if positional.count > 3 { throw .extraArgument(positional[3], command) }
            for option in ["--as", "--reason"] where values[option] == nil { throw .missingOption(option, command) }
            return .householdsMerge(store: store, keep: positional[1], other: positional[2], worker: values["--as"]!,
                                    reason: values["--reason"]!, pinFromStdin: flags.contains("--pin-stdin"))
        }
        guard let store = positional.first else { throw .missingStore(command) }
        if positional.count > 1 { throw .extraArgument(positional[1], command) }
        switch command {
        case .open:
            return .open(store: store, options: options)
        case .demo:
            return .demo(store: values["--store"], options: options)
        case .check:
            return .check(store: store, all: flags.contains("--all"))
        case .merge:
            return .merge(store: store, dryRun: flags.contains("--dry-run"))
        case .initStore:
            for option in ["--team", "--coordinator", "--initials"] where values[option] == nil {
                throw .missingOption(option, command)
            }
            return .initStore(store: store, team: values["--team"]!, coordinator: values["--coordinator"]!,
                              initials: values["--initials"]!, pinFromStdin: flags.contains("--pin-stdin"))
        case .audit:
            let filter = AuditCommand.Filter(household: values["--household"], worker: values["--worker"],
                                             since: values["--since"].flatMap(day), until: values["--until"].flatMap(day))
            return .audit(store: store, filter: filter, verify: flags.contains("--verify"))
        case .generate:
            return .generate(store: store, households: values["--households"].flatMap { Int($0) } ?? 10_000)
        case .intake:
            return .intake(store: store, fields: fields)
        case .inbox:
            return .inbox(store: store, csv: flags.contains("--csv"), names: flags.contains("--names"),
                          all: flags.contains("--all"), dialect: dialect)
        case .report:
            throw .unknownReport(nil)
        case .resources:
            throw .unknownResourcesAction(nil)
        case .meeting:
            return .meeting(store: store, date: values["--date"].flatMap(day), options: options)
        case .avg:
            throw .unknownAvgAction(nil)
        case .households:
            throw .unknownHouseholdsAction(nil)
        case .retention:
            if values["--purge"] != nil && values["--as"] == nil { throw .missingOption("--as", command) }
            return .retention(store: store, purge: values["--purge"], worker: values["--as"],
                              pinFromStdin: flags.contains("--pin-stdin"))
        }
    }

    private static func day(_ text: String) -> Day? { Day(iso: text) ?? Day(dutch: text) }

    private static func valid(_ value: String, _ expected: Expected) -> Bool {
        switch expected {
        case .text: return !value.isEmpty
        case .date: return day(value) != nil
        case .number: return Int(value).map { $0 > 0 } ?? false
        case .language: return Language(rawValue: value) != nil
        case .meetingFormat: return MeetingReport.Format(rawValue: value) != nil
        case .csvDialect: return CSV.Dialect(rawValue: value) != nil
        }
    }
}
