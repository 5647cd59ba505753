import WijkDomain
import WijkUI

/// What the command line asks for.
enum Invocation: Equatable {
    case help
    case version
    case open(store: String, options: Options)
    case demo(store: String?, options: Options)
    case check(store: String)
    case merge(store: String)
    case audit(store: String, filter: AuditCommand.Filter, verify: Bool)
    case initStore(store: String, team: String, coordinator: String, initials: String, pinFromStdin: Bool)
    case generate(store: String, households: Int)

    /// Options that shape the interactive screen.
    struct Options: Equatable {
        var theme: String?
        var language: Language?
        var worker: String?
    }

    /// Why the command line could not be understood.
    enum Problem: Error, Equatable {
        case unknown(String)
        case missingValue(String)
    }

    /// Parses the arguments after the program name.
    static func parse(_ arguments: [String]) throws(Problem) -> Invocation {
        var options = Options()
        var positional: [String] = []
        var store: String?
        var named: [String: String] = [:]
        var flags: Set<String> = []
        var i = 0
        func value(_ name: String) throws(Problem) -> String {
            i += 1
            guard i < arguments.count else { throw .missingValue(name) }
            return arguments[i]
        }
        while i < arguments.count {
            let argument = arguments[i]
            switch argument {
            case "-h", "--help": return .help
            case "-V", "--version": return .version
            case "--theme": options.theme = try value(argument)
            case "--as": options.worker = try value(argument)
            case "--store": store = try value(argument)
            case "--team", "--coordinator", "--initials", "--households", "--household", "--worker", "--since", "--until":
                named[argument] = try value(argument)
            case "--pin-stdin", "--verify": flags.insert(argument)
            case "--lang":
                let code = try value(argument)
                guard let language = Language(rawValue: code) else { throw .unknown("--lang " + code) }
                options.language = language
            default:
                if argument.hasPrefix("-") && argument != "-" { throw .unknown(argument) }
                positional.append(argument)
            }
            i += 1
        }
        switch positional.first {
        case "demo"?:
            guard positional.count == 1 else { throw .unknown(positional[1]) }
            return .demo(store: store, options: options)
        case "init"?:
            guard positional.count == 2 else {
                throw positional.count < 2 ? .missingValue("init") : .unknown(positional[2])
            }
            for option in ["--team", "--coordinator", "--initials"] where named[option] == nil {
                throw .missingValue(option)
            }
            return .initStore(store: positional[1], team: named["--team"]!, coordinator: named["--coordinator"]!,
                              initials: named["--initials"]!, pinFromStdin: flags.contains("--pin-stdin"))
        case "audit"?:
            guard positional.count == 2 else {
                throw positional.count < 2 ? .missingValue("audit") : .unknown(positional[2])
            }
            var filter = AuditCommand.Filter(household: named["--household"], worker: named["--worker"])
            for (option, keyPath) in [("--since", \AuditCommand.Filter.since), ("--until", \AuditCommand.Filter.until)] {
                guard let text = named[option] else { continue }
                guard let day = Day(iso: text) ?? Day(dutch: text) else { throw .unknown(option + " " + text) }
                filter[keyPath: keyPath] = day
            }
            return .audit(store: positional[1], filter: filter, verify: flags.contains("--verify"))
        case "generate"?:
            guard positional.count == 2 else {
                throw positional.count < 2 ? .missingValue("generate") : .unknown(positional[2])
            }
            let count = named["--households"] ?? "10000"
            guard let households = Int(count), households > 0 else { throw .unknown("--households " + count) }
            return .generate(store: positional[1], households: households)
        case "merge"?:
            guard positional.count == 2 else {
                throw positional.count < 2 ? .missingValue("merge") : .unknown(positional[2])
            }
            return .merge(store: positional[1])
        case "check"?:
            guard positional.count == 2 else {
                throw positional.count < 2 ? .missingValue("check") : .unknown(positional[2])
            }
            return .check(store: positional[1])
        case let path?:
            guard positional.count == 1 else { throw .unknown(positional[1]) }
            if let store { throw .unknown("--store " + store) }
            return .open(store: path, options: options)
        case nil:
            if let store { throw .unknown("--store " + store) }
            return .help
        }
    }
}
