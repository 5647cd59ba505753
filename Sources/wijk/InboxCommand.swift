import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// `wijk inbox STORE [--csv [--names]] [--all]`: the open requests as the inbox lists them, with their waiting
/// time in working days and where they stand against the norm.
///
/// The table is for the coordinator at a terminal and shows names; `--csv` is for scripts and spreadsheets and
/// leaves names out unless `--names` asks for them. Each run is audited (what was exported, never names).
enum InboxCommand {
    static func run(store: String, csv: Bool, names: Bool, all: Bool, dialect: CSV.Dialect = .excel,
                    strings t: Strings) -> Int32 {
        guard let snapshot = Wijk.readStore(store, t) else { return 1 }
        let now = SystemClock.now()
        let inbox = Inbox(snapshot.requests, norms: snapshot.info.norms, today: now.day, all: all, filter: "", strings: t)
        let withNames = !csv || names
        guard Wijk.auditExport(store, object: withNames ? "requests+names" : "requests", now: now, t) else { return 1 }
        if csv {
            var header = ["id", "received", "time", "channel", "urgency", "status", "waiting_wd", "due", "over_norm_wd",
                          "taken_by"]
            if names { header.append("name") }
            // The same dialect as every sheet the program writes: a Dutch Excel's, unless a script asks for commas.
            var rows = [header]
            for row in inbox.rows {
                let r = row.request
                var fields = [r.id, r.received.iso, r.time, r.channel.rawValue, r.urgency.rawValue, r.status.rawValue,
                              String(row.waiting.days), row.waiting.due.iso, String(row.waiting.overBy), r.takenBy]
                if names { fields.append(r.name) }
                rows.append(fields.map(Printable.escaped))
            }
            FileHandle.standardOutput.write(Data(CSV.file(rows, dialect)))
            return 0
        }
        if inbox.rows.isEmpty {
            print(t(.inboxEmpty))
            return 0
        }
        let header = [t(.columnUrgency), t(.columnReceived), t(.fieldChannel), t(.columnName), t(.columnStatus),
                      t(.columnWaiting), t(.columnDue)]
        let rows = inbox.rows.map { row -> [String] in
            let r = row.request
            return [t(.urgencyMark(r.urgency)), r.received.dutch + (r.time.isEmpty ? "" : " " + r.time),
                    t(.channel(r.channel)), DisplayWidth.truncate(Printable.escaped(r.name), to: 30),
                    t(.requestStatus(r.status)), Inbox.waitingText(row.waiting, t), row.waiting.due.dutch]
        }
        for line in TextTable.lines([header] + rows, rightAligned: [5]) { print(line) }
        let counts = Inbox.counts(snapshot.requests, norms: snapshot.info.norms, today: now.day)
        let open = snapshot.requests.filter(\.status.isOpen).count
        print("")
        print(t(.inboxSummary, String(open), String(counts.new), String(counts.over)))
        return 0
    }
}
