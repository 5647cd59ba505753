import Foundation
import WijkDomain
import WijkStore
import WijkUI
import CursesTerminal

/// The `wijk` command: reads the command line, prepares the store and runs the screen or a check.
enum Wijk {
    static let version = Release.version
    static let themeNames = ["default", "monochrome", "high-contrast", "colorblind"]

    static func main(_ arguments: [String]) -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        var t = Strings(Invocation.language(of: arguments)
                        ?? environment["WIJK_LANG"].flatMap(Language.init(rawValue:)) ?? .nl)
        let invocation: Invocation
        do {
            invocation = try Invocation.parse(arguments)
        } catch {
            printError(message(error, t))
            return 2
        }
        switch invocation {
        case .help(let command):
            print(help(command, t))
            return 0
        case .version:
            print("wijk " + version)
            return 0
        case .check(let store, let all):
            return CheckCommand.run(store: store, all: all, strings: t)
        case .merge(let store, let dryRun):
            return MergeCommand.run(store: store, dryRun: dryRun, strings: t)
        case .audit(let store, let filter, let verify):
            return AuditCommand.run(store: store, filter: filter, verify: verify, strings: t)
        case .initStore(let store, let team, let coordinator, let initials, let pinFromStdin):
            return InitCommand.run(store: store, team: team, coordinator: coordinator, initials: initials,
                                   pinFromStdin: pinFromStdin, strings: t)
        case .generate(let store, let households):
            return GenerateCommand.run(store: store, households: households, strings: t)
        case .intake(let store, let fields):
            return IntakeCommand.run(store: store, fields: fields, strings: t)
        case .inbox(let store, let csv, let names, let all, let dialect):
            return InboxCommand.run(store: store, csv: csv, names: names, all: all, dialect: dialect, strings: t)
        case .report(let report, let store, let from, let to, let csv, let output, let dialect):
            return ReportCommand.run(report, store: store, from: from, to: to, csv: csv, output: output, dialect: dialect,
                                     strings: t)
        case .resourcesImport(let store, let file, let skipInvalid, let force, let dryRun):
            return ResourcesCommand.importSheet(store: store, file: file, skipInvalid: skipInvalid, force: force,
                                                dryRun: dryRun, strings: t)
        case .meeting(let store, let date, let options):
            if let language = options.language { t = Strings(language) }
            return open(store: store, options: options, isDemo: false, meeting: true, meetingDate: date, strings: t)
        case .meetingExport(let store, let date, let format, let full):
            return MeetingCommand.export(store: store, date: date, format: format, full: full, strings: t)
        case .avgExport(let store, let household, let member, let output):
            return AvgCommand.export(store: store, household: household, member: member, output: output, strings: t)
        case .retention(let store, let purge, let worker, let pinFromStdin):
            return RetentionCommand.run(store: store, purge: purge, worker: worker, pinFromStdin: pinFromStdin,
                                        strings: t)
        case .householdsMerge(let store, let keep, let other, let worker, let reason, let pinFromStdin):
            return HouseholdsCommand.merge(store: store, keep: keep, other: other, worker: worker, reason: reason,
                                           pinFromStdin: pinFromStdin, strings: t)
        case .resourcesExport(let store, let asRecfile, let output, let dialect):
            return ResourcesCommand.export(store: store, asRecfile: asRecfile, output: output, dialect: dialect, strings: t)
        case .demo(let store, let options):
            if let language = options.language { t = Strings(language) }
            guard let seeds = Locator.find("seeds", marker: StoreLayout.infoFile, environment: "WIJK_SEEDS") else {
                printError(t(.seedsMissing, Locator.candidates("seeds").prefix(3).joined(separator: ", ")))
                return 1
            }
            let target = store ?? Locator.defaultDemoStore()
            do {
                _ = try DemoStore.prepare(seeds: seeds, target: target, today: SystemClock.now().day)
            } catch {
                switch error {
                case .seedsMissing(let path): printError(t(.seedsMissing, path))
                case .targetNotAStore(let path): printError(t(.targetNotAStore, path))
                case .io(let path, let reason): printError(t(.ioError, path, reason))
                }
                return 1
            }
            return open(store: target, options: options, isDemo: true, strings: t)
        case .open(let store, let options):
            if let language = options.language { t = Strings(language) }
            return open(store: store, options: options, isDemo: false, strings: t)
        }
    }

    /// The general help, or the help of one command.
    static func help(_ command: Invocation.Subcommand?, _ t: Strings) -> String {
        let themes = themeNames.joined(separator: ", ")
        let demo = Locator.label(Locator.defaultDemoStore())
        switch command {
        case nil: return t(.usage, version, demo, themes)
        case .open?: return t(.usageOpen, themes)
        case .demo?: return t(.usageDemo, themes, demo)
        case .check?: return t(.usageCheck)
        case .merge?: return t(.usageMerge)
        case .initStore?: return t(.usageInit)
        case .audit?: return t(.usageAudit)
        case .generate?: return t(.usageGenerate)
        case .intake?: return t(.usageIntake)
        case .inbox?: return t(.usageInbox)
        case .report?: return t(.usageReport)
        case .resources?: return t(.usageResources)
        case .meeting?: return t(.usageMeeting)
        case .avg?: return t(.usageAvg)
        case .retention?: return t(.usageRetention)
        case .households?: return t(.usageHouseholds)
        }
    }

    /// What is wrong with the command line, naming the command, the option and the form a value must have.
    static func message(_ problem: Invocation.Problem, _ t: Strings) -> String {
        func form(_ expected: Invocation.Expected) -> String {
            switch expected {
            case .text: return t(.formText)
            case .date: return t(.formDate)
            case .number: return t(.formNumber)
            case .language: return t(.formLanguage)
            case .meetingFormat: return "md|txt"
            case .csvDialect: return "excel|rfc4180"
            }
        }
        func not(_ expected: Invocation.Expected) -> String {
            switch expected {
            case .text: return t(.notText)
            case .date: return t(.notDate)
            case .number: return t(.notNumber)
            case .language: return t(.notLanguage)
            case .meetingFormat: return "md|txt"
            case .csvDialect: return "excel|rfc4180"
            }
        }
        switch problem {
        case .unknownOption(let option, let command): return t(.unknownOption, command.title, Printable.escaped(option))
        case .notForCommand(let option, let command): return t(.notForCommand, command.title, option)
        case .missingValue(let option, let expected, let command):
            return t(.missingValue, command.title, option, form(expected))
        case .badValue(let option, let value, _, let command) where value.isEmpty:
            return t(.emptyOptionValue, command.title, option)
        case .badValue(let option, let value, let expected, let command):
            return t(.badOptionValue, command.title, option, not(expected), Printable.escaped(value))
        case .missingStore(let command): return t(.missingStore, command.title)
        case .extraArgument(let argument, let command):
            return t(.extraArgument, command.title, Printable.escaped(argument))
        case .missingOption(let option, let command): return t(.missingOption, command.title, option)
        case .unknownReport(let name):
            let known = ReportKind.allCases.map(\.rawValue).joined(separator: ", ")
            return name.map { t(.unknownReport, Printable.escaped($0), known) } ?? t(.missingReport, known)
        case .unknownResourcesAction(let name):
            return name.map { t(.unknownResourcesAction, Printable.escaped($0)) } ?? t(.missingResourcesAction)
        case .oneFormat:
            return t(.oneExportFormat)
        case .dialectWithoutCSV(let command):
            return t(.dialectWithoutCSV, command.rawValue)
        case .unknownAvgAction(let name):
            return name.map { t(.unknownAvgAction, Printable.escaped($0)) } ?? t(.missingAvgAction)
        case .unknownHouseholdsAction(let name):
            return name.map { t(.unknownHouseholdsAction, Printable.escaped($0)) } ?? t(.missingHouseholdsAction)
        }
    }

    /// Reads the store, then runs the screen on it.
    static func open(store: String, options: Invocation.Options, isDemo: Bool, meeting: Bool = false,
                     meetingDate: Day? = nil, strings t: Strings) -> Int32 {
        let start: StoreStart
        do {
            start = try StoreStart.open(store, version: version)
        } catch {
            printError(openErrorMessage(error, t))
            return 1
        }
        let snapshot = start.snapshot
        let active = snapshot.workers.filter(\.active).sorted { $0.id < $1.id }
        if let id = options.worker, !active.contains(where: { $0.id == id }) {
            printError(t(.unknownWorkerId, id))
            return 2
        }
        guard !active.isEmpty else {
            printError(t(.noWorkerInTeam, store))
            return 1
        }
        // The demo signs in its first coordinator; a real store asks who you are and your PIN.
        let demoWorker = isDemo ? (active.first { $0.id == options.worker } ?? active.first { $0.role == .coordinator }
                                   ?? active.first) : nil
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            printError(t(.notATerminal))
            return 2
        }
        var notices: [String] = []
        if let demoWorker { notices.append(t(.demoSignedIn, demoWorker.initials + " " + demoWorker.name)) }
        if let mode = try? FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? Int,
           mode & 0o077 != 0 {
            notices.append(t(.storeReadableByOthers, store))
        }
        let theme = loadTheme(options.theme, t, &notices)
        var keyMap = KeyMap.standard
        let keyFile = Locator.keyConfig()
        if let text = try? String(contentsOfFile: keyFile, encoding: .utf8) {
            let bad = keyMap.apply(config: text)
            if let line = bad.first { notices.append(t(.keyConfigBad, keyFile, String(line))) }
        }
        let now = SystemClock.now()
        let here = workstation()
        var state = AppState(snapshot: snapshot, viewer: demoWorker, isDemo: isDemo, storeLabel: Locator.label(store),
                             strings: t, keyMap: keyMap, workstation: here,
                             writer: StoreWriter(root: store, workstation: here),
                             audit: AuditLog(root: store, workstation: here),
                             notice: notices.isEmpty ? nil : notices.joined(separator: " · "), now: now)
        state.opensMeeting = meeting
        state.exportFolder = Locator.exportFolder()
        state.meetingDate = meetingDate
        if demoWorker == nil {
            state.requireSignIn(preselect: options.worker)
        } else {
            state.beginDemoSession(now: now)
        }
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] != nil
        state.plainGlyphs = noColor || theme.name == "monochrome"
        if start.fromCache { state.beginChecking() }
        var session = Session(state: state, terminal: CursesTerminal(theme: theme, noColor: noColor),
                              watcher: StoreWatcher(root: store), start: start)
        session.run()
        return 0
    }

    /// This machine's name as colleagues see it: `WIJK_WORKSTATION`, else the short host name.
    static func workstation() -> String {
        if let name = ProcessInfo.processInfo.environment["WIJK_WORKSTATION"], !name.isEmpty { return name }
        let host = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "werkplek"
        return host.isEmpty ? "werkplek" : host
    }

    /// The named theme from `Themes/`, or monochrome with a notice when it cannot be had.
    static func loadTheme(_ requested: String?, _ t: Strings, _ notices: inout [String]) -> Theme {
        let name = requested ?? ProcessInfo.processInfo.environment["WIJK_THEME"] ?? "default"
        guard let folder = Locator.find("Themes", marker: "default.theme", environment: "WIJK_THEMES"),
              let text = try? String(contentsOfFile: folder + "/" + name + ".theme", encoding: .utf8) else {
            notices.append(t(.themeNotFound, name))
            return .monochrome
        }
        do {
            return try Theme.parse(text, name: name)
        } catch {
            notices.append(t(.themeBad, name + ".theme", String(error.line)))
            return .monochrome
        }
    }

    /// Reads the store for a command without a screen; prints why it cannot be opened and returns nil.
    static func readStore(_ store: String, _ t: Strings) -> StoreSnapshot? {
        do {
            return try StoreReader.read(store)
        } catch {
            printError(openErrorMessage(error, t))
            return nil
        }
    }

    /// Writes an export record (what, never names) before anything leaves the store; says why and returns
    /// false when it cannot, so nothing is printed unaudited.
    static func auditExport(_ store: String, object: String, now: LocalTime, _ t: Strings) -> Bool {
        let here = workstation()
        do throws(StoreWriteError) {
            try AuditLog(root: store, workstation: here)
                .append(AuditEvent(time: now.instant, worker: commandUser(), workstation: here, action: .export,
                                   object: object))
            return true
        } catch {
            printError(t(.exportNotAudited, error.described(t)))
            return false
        }
    }

    /// Who runs a command without signing in: the system account, `os:anouk`, apart from the team's worker ids.
    static func commandUser() -> String {
        let name = ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] ?? ""
        return "os:" + Stamp.safe(name.isEmpty ? String(getuid()) : name)
    }

    static func openErrorMessage(_ error: StoreOpenError, _ t: Strings) -> String {
        switch error {
        case .notFound(let path): return t(.storeNotFound, path)
        case .notAStore(let path): return t(.notAStore, path)
        case .badInfoFile(let problem): return t(.badInfoFile, problem.location, t(.problem(problem.kind)))
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
