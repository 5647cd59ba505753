import WijkDomain
import WijkStore

/// What is wrong with a file in the store, in words: for the problems window and `wijk check`.
extension Text {
    /// After the first problems of a file, in the problems window and `wijk check`.
    public static let moreProblems = Text("{1}: en nog {2} problemen in dit bestand (wijk check --all toont ze allemaal)",
                                          "{1}: and {2} more problems in this file (wijk check --all shows them all)")
    public static func problem(_ kind: ProblemKind) -> Text {
        switch kind {
        case .binary: return Text("binair bestand, geen tekst", "binary file, not text")
        case .sameBSN(let household):
            return Text("een gezinslid met dit BSN staat ook in \(Printable.escaped(household)), dat niet is afgesloten: samenvoegen (S in het plan, coördinator) of het BSN verbeteren",
                        "a member with this BSN is also in \(Printable.escaped(household)), which is not closed: merge (S on the plan, coordinator) or correct the BSN")
        case .sameAddress(let household):
            return Text("waarschuwing: zelfde adres als \(Printable.escaped(household)), dat niet is afgesloten: samenvoegen (S in het plan) of bewust apart houden",
                        "warning: same address as \(Printable.escaped(household)), which is not closed: merge (S on the plan) or keep apart on purpose")
        case .notUTF8: return Text("geen geldige UTF-8-tekst", "not valid UTF-8 text")
        case .tooLarge(let limit):
            return Text("bestand groter dan \(limit / 1_048_576) MiB", "file larger than \(limit / 1_048_576) MiB")
        case .byteOrderMark:
            return Text("begint met een byte-order mark (BOM): het bestand is gelezen; bewaar het zonder BOM",
                        "starts with a byte-order mark (BOM): the file was read; save it without one")
        case .crlfLineEnds:
            return Text("regeleinden van Windows (CRLF): het bestand is gelezen; bewaar het met LF-regeleinden",
                        "Windows line ends (CRLF): the file was read; save it with LF line ends")
        case .valueTooLong(let field, let limit):
            return Text("veld \(Printable.escaped(field)) is langer dan \(limit / 1024) KiB",
                        "field \(Printable.escaped(field)) is longer than \(limit / 1024) KiB")
        case .expectedField: return Text("verwacht een veld ‘Naam: waarde’", "expected a field ‘Name: value’")
        case .badFieldName(let name): return Text("ongeldige veldnaam ‘\(Printable.escaped(name))’", "invalid field name ‘\(Printable.escaped(name))’")
        case .continuationWithoutField:
            return Text("vervolgregel ‘+’ zonder veld ervoor", "continuation line ‘+’ without a field before it")
        case .missingField(let name): return Text("veld \(name) ontbreekt of is leeg", "field \(name) is missing or empty")
        case .duplicateField(let name): return Text("veld \(Printable.escaped(name)) staat er twee keer", "field \(Printable.escaped(name)) appears twice")
        case .missingRecord(let type): return Text("geen record \(type) in dit bestand", "no \(type) record in this file")
        case .unreadable(let reason): return Text("niet te lezen: \(Printable.escaped(reason))", "cannot be read: \(Printable.escaped(reason))")
        case .conflictCopy:
            return Text("conflictkopie van een synchronisatieprogramma, nog niet samengevoegd",
                    "conflict copy from a sync tool, not merged yet")
        case .controlCharacter(let field):
            return Text("stuurteken in veld \(Printable.escaped(field))", "control character in field \(Printable.escaped(field))")
        case .oneRecordExpected(let found):
            return Text("\(found) records, verwacht één", "\(found) records, expected one")
        case .unknownColumn(let name):
            let known = ResourceSheet.Column.allCases.map { $0.headers[0] }.joined(separator: ", ")
            return Text("onbekende kolom ‘\(Printable.escaped(name))’ (bekend: \(known))",
                        "unknown column ‘\(Printable.escaped(name))’ (known: \(known))")
        case .duplicateColumn(let name):
            return Text("kolom \(Printable.escaped(name)) staat er twee keer", "column \(Printable.escaped(name)) appears twice")
        case .missingColumn(let name): return Text("kolom \(name) ontbreekt", "column \(name) is missing")
        case .extraFields(let n):
            return Text("\(n) velden meer dan de kopregel kolommen heeft", "\(n) fields more than the header has columns")
        case .duplicateRow(let first):
            return Text("dezelfde voorziening als regel \(first)", "the same resource as line \(first)")
        case .unclosedQuote:
            return Text("aanhalingsteken niet gesloten", "quotation mark not closed")
        case .badValue, .unknownReference, .invalidBSN, .invalidPostcode, .unknownField, .setByWijkdesk, .inFuture,
             .inactiveWorker, .referral, .reversedRange:
            let field = Printable.escaped(kind.field ?? "")
            let detail = fieldProblem(kind)
            return Text("veld \(field): " + detail.nl, "field \(field): " + detail.en)
        }
    }

    /// What is wrong with a field's value, without naming the field: for `Field: message` (`wijk intake`).
    public static func fieldProblem(_ kind: ProblemKind) -> Text {
        switch kind {
        case .missingField: return Text("verplicht, ontbreekt of is leeg", "required, missing or empty")
        case .duplicateField: return Text("staat er twee keer", "appears twice")
        case .badValue(_, let expected):
            let format = Text.valueFormat(expected)
            return Text("verwacht \(format.nl)", "expected \(format.en)")
        case .unknownReference(_, let id):
            return Text("‘\(Printable.escaped(id))’ bestaat niet", "‘\(Printable.escaped(id))’ does not exist")
        case .invalidBSN: return Text("geen geldig BSN (elfproef)", "not a valid BSN (elfproef)")
        case .invalidPostcode: return Text("geen postcode als 1234 AB", "not a postcode like 1234 AB")
        case .controlCharacter: return Text("bevat een stuurteken", "contains a control character")
        case .unknownField: return Text("onbekend veld", "unknown field")
        case .setByWijkdesk: return Text("dit veld vult Wijkdesk zelf in", "Wijkdesk fills in this field itself")
        case .inFuture: return Text("ligt na vandaag", "is after today")
        case .inactiveWorker(_, let id):
            return Text("‘\(Printable.escaped(id))’ werkt niet meer in het team", "‘\(Printable.escaped(id))’ no longer works in the team")
        case .referral(let problem): return referralProblem(problem)
        case .reversedRange: return Text("kleiner dan het begin van het bereik", "smaller than the start of the range")
        case .valueTooLong(_, let limit): return Text("langer dan \(limit / 1024) KiB", "longer than \(limit / 1024) KiB")
        default: return problem(kind)
        }
    }
    public static func referralProblem(_ problem: Referral.Problem) -> Text {
        switch problem {
        case .sharedWithoutConsent:
            return Text("gegevens gedeeld zonder toestemming van de cliënt", "details shared without the client's consent")
        case .consentIncomplete:
            return Text("toestemming zonder datum of hoe die is gegeven", "consent without a date or how it was given")
        case .skipped(let from, let to):
            return Text("van \(from.rawValue) kan niet naar \(to.rawValue)", "cannot go from \(from.rawValue) to \(to.rawValue)")
        case .missingOutcome: return Text("een afgeronde, afgewezen of gestopte verwijzing heeft een uitkomst",
                                          "a completed, rejected or stopped referral has an outcome")
        }
    }
    public static func valueFormat(_ format: ValueFormat) -> Text {
        switch format {
        case .isoDate: return Text("een datum jjjj-mm-dd", "a date yyyy-mm-dd")
        case .date: return Text("een datum dd-mm-jjjj of jjjj-mm-dd", "a date dd-mm-yyyy or yyyy-mm-dd")
        case .integer: return Text("een geheel getal", "a whole number")
        case .money: return Text("een bedrag zoals 1234.50", "an amount like 1234.50")
        case .yesNo: return Text("yes of no", "yes or no")
        case .oneOf(let codes):
            let list = codes.joined(separator: ", ")
            return Text("een van: \(list)", "one of: \(list)")
        case .score: return Text("een score 1–5", "a score 1–5")
        case .actor: return Text("regisseur, netwerk, member:ID of resource:ID",
                             "regisseur, netwerk, member:ID or resource:ID")
        case .clockTime: return Text("een tijd uu:mm", "a time hh:mm")
        case .years: return Text("een aantal jaren, 1 of meer", "a number of years, 1 or more")
        }
    }
}
