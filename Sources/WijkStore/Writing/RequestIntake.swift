import WijkDomain

/// A request for help from outside the screen (`wijk intake`): one record, checked at least as strictly as the
/// form checks it, before anything is written.
///
/// The record has the fields of a `HelpRequest` as the store writes them; Wijkdesk itself sets the id, the
/// status and the history, so those may not be given. Every problem is reported at once, with its field and,
/// for a recfile, its line.
public enum RequestIntake {
    /// The fields a caller may give, in the order the store writes them.
    public static let fields = ["Received", "Time", "Channel", "Urgency", "Name", "Street", "Postcode", "City", "Phone",
                                "Email", "BSN", "Requester", "RequesterOrganisation", "RequesterPhone", "RequesterEmail",
                                "Question", "Domain", "TakenBy"]
    /// Fields of a stored request that only Wijkdesk writes.
    public static let setByWijkdesk = ["Id", "Status", "Household", "Resource", "Reason"]

    /// Why a record was refused: every problem found, in field order.
    public struct Refusal: Error, Sendable, Equatable {
        public var problems: [StoreProblem]
    }

    /// The request `record` describes, new, with `id`, taken in on `now` unless it says when.
    ///
    /// `path` names the input in problems (`stdin`, or empty for options). A missing `Received` is today, and a
    /// missing `Time` is now when it came in today; the postcode is written the Dutch way (`9791 BC`).
    public static func request(from record: Record, path: String, id: String, team: [Worker],
                               now: LocalTime) throws(Refusal) -> HelpRequest {
        var problems: [StoreProblem] = []
        func problem(_ field: Field, _ kind: ProblemKind) {
            problems.append(StoreProblem(path: path, line: field.line, kind: kind))
        }
        for field in record.fields where !fields.contains(field.name) {
            problem(field, setByWijkdesk.contains(field.name) ? .setByWijkdesk(field.name) : .unknownField(field.name))
        }
        var complete = record
        complete.fields.removeAll { !fields.contains($0.name) }
        if complete["Received"] == nil { complete.fields.append(Field(name: "Received", value: now.day.iso)) }
        complete.fields += [Field(name: "Id", value: id), Field(name: "Status", value: HelpRequest.Status.new.rawValue)]
        if complete.field("TakenBy")?.value.trimmed.isEmpty != false {
            problems.append(StoreProblem(path: path, line: complete.field("TakenBy")?.line ?? record.line,
                                         kind: .missingField("TakenBy")))
        }
        var decoded = StoreDecoder.helpRequest(complete, path: path, problems: &problems)

        if let field = complete.field("Received"), let day = Day(iso: field.value.trimmed), day > now.day {
            problem(field, .inFuture(field: "Received"))
        }
        if let field = complete.field("Time"), !field.value.trimmed.isEmpty, !isClockTime(field.value.trimmed) {
            problem(field, .badValue(field: "Time", expected: .clockTime))
        }
        if let field = complete.field("Postcode"), !field.value.trimmed.isEmpty {
            if let tidy = Postcode.normalized(field.value) { decoded?.postcode = tidy } else {
                problem(field, .invalidPostcode(field: "Postcode"))
            }
        }
        if let field = complete.field("BSN"), !field.value.trimmed.isEmpty, !BSN.isValid(field.value.trimmed) {
            problem(field, .invalidBSN(field: "BSN"))
        }
        if let field = complete.field("TakenBy"), !field.value.trimmed.isEmpty {
            let id = field.value.trimmed
            if let worker = team.first(where: { $0.id == id }) {
                if !worker.active { problem(field, .inactiveWorker(field: "TakenBy", id: id)) }
            } else {
                problem(field, .unknownReference(field: "TakenBy", id: id))
            }
        }
        guard problems.isEmpty, var request = decoded else {
            let order = fields + setByWijkdesk
            throw Refusal(problems: problems.sorted {
                ($0.line, order.firstIndex(of: $0.kind.field ?? "") ?? order.count)
                    < ($1.line, order.firstIndex(of: $1.kind.field ?? "") ?? order.count)
            })
        }
        if complete.field("Time") == nil && request.received == now.day { request.time = now.clock }
        request.events = [HelpRequest.Event(id: id, date: now.day, time: now.clock, worker: request.takenBy,
                                            status: .new)]
        return request
    }

    /// The one request record in a recfile given as input; a file with none or several is refused.
    public static func record(in text: String, path: String) throws(Refusal) -> Record {
        let sets: [RecordSet]
        do {
            sets = try RecfileParser.parse(text)
        } catch {
            throw Refusal(problems: [StoreProblem(path: path, line: error.line, kind: error.kind)])
        }
        let records = sets.filter { $0.type == nil || $0.type == "HelpRequest" }.flatMap(\.records)
        guard records.count == 1 else {
            throw Refusal(problems: [StoreProblem(path: path, line: records.dropFirst().first?.line ?? 1,
                                                  kind: records.isEmpty ? .missingRecord(type: "HelpRequest")
                                                                        : .oneRecordExpected(found: records.count))])
        }
        return records[0]
    }

    /// `09:25`: two digits each, within the day.
    static func isClockTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return false }
        return (0..<24).contains(hour) && (0..<60).contains(minute)
    }
}
