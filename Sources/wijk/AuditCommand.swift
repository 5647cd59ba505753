import WijkDomain
import WijkStore
import WijkUI

/// `wijk audit STORE [filters]` prints the trail in time order; `wijk audit --verify STORE` checks every chain.
enum AuditCommand {
    struct Filter: Equatable {
        var household: String?
        var worker: String?
        var since: Day?
        var until: Day?
    }

    static func run(store: String, filter: Filter, verify: Bool, strings t: Strings) -> Int32 {
        // The trail is all this reads: the store's own file says it is a store, no household is opened.
        do {
            _ = try StoreReader.readInfo(store)
        } catch {
            Wijk.printError(Wijk.openErrorMessage(error, t))
            return 1
        }
        if verify {
            let breaks = AuditLog.verify(root: store)
            for b in breaks { print(store + "/" + b.path + ":" + String(b.line) + ": " + t.auditBreak(b.reason, line: b.line)) }
            if !breaks.isEmpty {
                Wijk.printError(t.problems(breaks.count))
                return 1
            }
            let read = AuditLog.read(root: store)
            print(t(.auditWhole, String(read.entries.count)))
            return 0
        }
        let read = AuditLog.read(root: store)
        for entry in read.entries {
            let e = entry.event
            if let household = filter.household, !AuditCommand.concerns(e.object, household) { continue }
            if let worker = filter.worker, e.worker != worker, e.onBehalfOf != worker { continue }
            if let since = filter.since, e.time.day < since { continue }
            if let until = filter.until, e.time.day > until { continue }
            print(line(e, t))
        }
        for b in read.breaks {
            Wijk.printError(store + "/" + b.path + ":" + String(b.line) + ": " + t.auditBreak(b.reason, line: b.line))
        }
        return read.breaks.isEmpty ? 0 : 1
    }

    /// `2026-11-23T10:15:30Z  w-ab  werkplek-1  open  h-0001  ok`
    static func line(_ e: AuditEvent, _ t: Strings) -> String {
        var parts = [e.time.iso, e.worker, e.workstation, e.action.rawValue, e.object ?? "-", e.outcome.rawValue]
        if let behalf = e.onBehalfOf { parts.append(t(.onBehalfOf, behalf)) }
        if let reason = e.reason { parts.append(t(.reasonLabel, reason)) }
        return parts.joined(separator: "  ")
    }

    /// Whether a record's object is `household`, or a file moved from or to it (`h-0010/journal/X.rec → h-0039/…`).
    static func concerns(_ object: String?, _ household: String) -> Bool {
        guard let object else { return false }
        return object == household || object.hasPrefix(household + "/") || object.contains(" → " + household + "/")
    }
}
