import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// `wijk report NAME STORE [--from DATE] [--to DATE] [--csv]`: figures for the team and the municipality,
/// aggregates only, never a name. Each run is audited.
enum ReportCommand {
    static func run(_ report: Invocation.Report, store: String, from: Day?, to: Day?, csv: Bool,
                    strings t: Strings) -> Int32 {
        guard let snapshot = Wijk.readStore(store, t) else { return 1 }
        let now = SystemClock.now()
        guard Wijk.auditExport(store, object: "report:" + report.rawValue, now: now, t) else { return 1 }
        switch report {
        case .waiting:
            let norms = snapshot.info.norms
            let waiting = WaitingReport(snapshot.requests, norms: norms, today: now.day, from: from, to: to)
            if csv {
                print(CSV.line(["urgency", "norm_wd", "received", "answered", "median_wd", "p90_wd", "over_norm", "open",
                                "withdrawn"]))
                for row in waiting.rows {
                    print(CSV.line([row.urgency?.rawValue ?? "total", row.norm.map(String.init) ?? "",
                                    String(row.received), String(row.answered), CSV.number(row.median),
                                    CSV.number(row.p90), String(row.overNorm), String(row.open), String(row.withdrawn)]))
                }
                return 0
            }
            print(t(.waitingReportTitle, Printable.escaped(snapshot.info.team)))
            let first = from ?? snapshot.requests.map(\.received).min() ?? now.day
            print(t(.reportPeriod, first.dutch, (to ?? now.day).dutch, now.day.dutch))
            print("")
            let header = [t(.columnUrgency), t(.columnNorm), t(.columnCount), t(.columnAnswered), t(.columnMedian),
                          t(.columnP90), t(.columnOverNorm), t(.columnStillOpen), t(.columnWithdrawn)]
            let rows = waiting.rows.map { row -> [String] in
                [row.urgency.map { t(.urgency($0)) } ?? t(.reportTotal), row.norm.map { t(.waitingDays, String($0)) } ?? "",
                 String(row.received), String(row.answered), figure(row.median, t), figure(row.p90, t),
                 String(row.overNorm), String(row.open), String(row.withdrawn)]
            }
            for line in TextTable.lines([header] + rows, rightAligned: Set(1..<header.count)) { print(line) }
            print("")
            print(t(.waitingReportNote))
            return 0
        }
    }

    /// `2,5` in Dutch, `2.5` in English, `–` when there is nothing to measure.
    static func figure(_ value: Double?, _ t: Strings) -> String {
        guard value != nil else { return "–" }
        let text = CSV.number(value)
        return t.language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
