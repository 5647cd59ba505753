import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// `wijk meeting export STORE DATE [--format md|txt] [--full]`: a meeting's minutes as a report,
/// pseudonymised unless `--full`; audited before anything is printed.
enum MeetingCommand {
    static func export(store: String, date: Day, format: MeetingReport.Format, full: Bool, strings t: Strings) -> Int32 {
        guard let snapshot = Wijk.readStore(store, t) else { return 1 }
        guard let meeting = snapshot.meetings.first(where: { $0.date == date }) else {
            Wijk.printError(t(.noMeeting, date.dutch))
            return 1
        }
        let now = SystemClock.now()
        guard Wijk.auditExport(store, object: "meeting:" + date.iso + (full ? "+names" : ""), now: now, t) else { return 1 }
        print(MeetingReport.text(meeting, snapshot, format: format, full: full, strings: t), terminator: "")
        return 0
    }
}
