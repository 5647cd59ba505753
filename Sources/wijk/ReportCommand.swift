import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// `wijk report NAME STORE [--from DATE] [--to DATE] [--csv] [-o FILE]`: figures for the team and the
/// municipality, aggregates only, small numbers withheld, never a name. Each run is audited before anything
/// is shown.
enum ReportCommand {
    /// The width the tables are laid out in, as on the screen.
    static let width = 80

    static func run(_ kind: ReportKind, store: String, from: Day?, to: Day?, csv: Bool, output: String?,
                    dialect: CSV.Dialect = .excel, strings t: Strings) -> Int32 {
        guard let snapshot = Wijk.readStore(store, t) else { return 1 }
        let now = SystemClock.now()
        let period = ReportPeriod(from: from, to: to, today: now.day)
        // A period that ends before it begins is a mistake on the command line, as in the form: nothing shown.
        guard period.from <= period.to else {
            Wijk.printError(t(.reportPeriodReversed, period.from.dutch, period.to.dutch))
            return 2
        }
        guard Wijk.auditExport(store, object: kind.auditObject, now: now, t) else { return 1 }
        let sheet = ReportSheet.make(kind, snapshot, period: period, today: now.day, t)
        let team = Printable.escaped(snapshot.info.team)
        let bytes: [UInt8]
        if csv {
            bytes = CSV.file(ReportCSV.rows(sheet, team: team, today: now.day, t), dialect)
        } else {
            let plain = ProcessInfo.processInfo.environment["NO_COLOR"] != nil
            var lines = [t(.reportHeading, t(kind.title), team),
                         t(.reportsPeriod, period.from.dutch, period.to.dutch, now.day.dutch), ""]
            lines += ReportSheetView.lines(sheet, width: width, plain: plain, t).map { spans in
                String(spans.map(\.text).joined().reversed().drop { $0 == " " }.reversed())
            }
            bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            return 0
        }
        do {
            try ExportFile.write(output, bytes: bytes)
        } catch {
            Wijk.printError(t(.ioError, Printable.escaped(output), error.described(t)))
            return 1
        }
        Wijk.printError(t(.reportWritten, Printable.escaped(output)))
        return 0
    }
}
