import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// `wijk intake STORE`: a new request for help from options or from a recfile on standard input, for the front
/// desk and for scripts (a web form, a mailbox).
///
/// Everything is checked before anything is written; each problem is one `Field: message` line on standard
/// error (with `stdin:LINE:` before it for a recfile) and the exit status is 1. The request is written as one
/// file in one atomic step and audited under the worker who took it in.
enum IntakeCommand {
    static func run(store: String, fields: [String: [String]], strings t: Strings) -> Int32 {
        guard let snapshot = Wijk.readStore(store, t) else { return 1 }
        let path = fields.isEmpty ? "stdin" : ""
        var record: Record
        if fields.isEmpty {
            guard isatty(STDIN_FILENO) != 1 else {
                Wijk.printError(t(.intakeNeedsInput))
                return 2
            }
            let input = FileHandle.standardInput.readDataToEndOfFile()
            guard input.count <= RecfileParser.maxFileBytes, let text = String(data: input, encoding: .utf8) else {
                Wijk.printError("stdin: " + t(.problem(input.count > RecfileParser.maxFileBytes
                                                       ? .tooLarge(limitBytes: RecfileParser.maxFileBytes) : .notUTF8)))
                return 1
            }
            do throws(RequestIntake.Refusal) {
                record = try RequestIntake.record(in: text, path: path)
            } catch {
                report(error, t)
                return 1
            }
        } else {
            record = Record(fields: RequestIntake.fields.flatMap { name in
                (fields[name] ?? []).map { Field(name: name, value: $0) }
            })
        }
        record.fields = record.fields.map(codeForWord)

        let now = SystemClock.now()
        let here = Wijk.workstation()
        let takenBy = record["TakenBy"]?.trimmingCharacters(in: .whitespaces) ?? ""
        var random = SystemRandomNumberGenerator()
        let id = Stamp.make(at: now.instant, worker: takenBy, workstation: here, using: &random)
        let request: HelpRequest
        do throws(RequestIntake.Refusal) {
            request = try RequestIntake.request(from: record, path: path, id: id, team: snapshot.workers, now: now)
        } catch {
            report(error, t)
            return 1
        }
        let file = StoreLayout.requests + "/" + id + StoreLayout.recordExtension
        do throws(StoreWriteError) {
            try StoreWriter(root: store, workstation: here).create(file, StoreEncoder.helpRequestFile(request))
        } catch {
            Wijk.printError(t(.ioError, store, error.described(t)))
            return 1
        }
        let audited = (try? AuditLog(root: store, workstation: here)
            .append(AuditEvent(time: now.instant, worker: takenBy, workstation: here, action: .create, object: id))) != nil
        let waiting = snapshot.info.norms.waiting(request, today: now.day)
        print(t(.intakeDone, file, t(.urgency(request.urgency)), waiting.due.dutch))
        // Ids, the regisseur's initials and the status, never names: a script's output may end up in a log.
        let matches = HouseholdMatcher.matches(for: request, in: snapshot.dossiers.filter { $0.household.mergedInto == nil })
        if !matches.isEmpty {
            print(t(.intakeMatches, matches.map { match in
                let household = snapshot.dossiers.first { $0.id == match.household }?.household
                let who = household.map { h in
                    " " + (snapshot.worker(h.regisseur)?.initials ?? h.regisseur) + " " + t(.householdStatus(h.status))
                } ?? ""
                return match.household + who + " (" + match.reasons.map { t(.matchReason($0)) }.joined(separator: ", ") + ")"
            }.joined(separator: "; ")))
        }
        if !audited { Wijk.printError(t(.auditNotWritten, id)) }
        return 0
    }

    /// One `Field: message` line per problem on standard error, `stdin:LINE:` first for a recfile.
    static func report(_ refusal: RequestIntake.Refusal, _ t: Strings) {
        for problem in refusal.problems {
            let place = problem.path.isEmpty ? "" : problem.location + ": "
            if let field = problem.kind.field {
                Wijk.printError(place + Printable.escaped(field) + ": " + t(.fieldProblem(problem.kind)))
            } else {
                Wijk.printError(place + t(.problem(problem.kind)))
            }
        }
    }

    /// A channel, urgency or domain as people write it (`huisarts`, `Regulier`, `Financiën`, `finances`) as the
    /// store's code; other fields, and words it does not know, as they are (the check names those).
    static func codeForWord(_ field: Field) -> Field {
        func code<Code: RawRepresentable & CaseIterable>(_: Code.Type, _ label: (Code) -> Text) -> String?
        where Code.RawValue == String {
            let word = Folding.fold(field.value.trimmingCharacters(in: .whitespaces))
            return Code.allCases.first { code in
                [code.rawValue, label(code).nl, label(code).en].contains { Folding.fold($0) == word }
            }?.rawValue
        }
        var result = field
        switch field.name {
        case "Channel": result.value = code(HelpRequest.Channel.self, Text.channel) ?? field.value
        case "Urgency": result.value = code(HelpRequest.Urgency.self, Text.urgency) ?? field.value
        case "Domain": result.value = code(LifeDomain.self, Text.domain) ?? field.value
        default: break
        }
        return result
    }
}
