import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// The reports over the city store: each worked out, then laid out as the screen and `wijk report` show it
/// and as a spreadsheet, against one pass over the households as the baseline; then the screen's keys.
enum ReportsBench {
    /// The inbox's 300 requests: every third about a known household (its address), every third a name with a
    /// typo, the rest new; received over the last fifteen days.
    static func requests(_ households: [Household], now: LocalTime) -> [HelpRequest] {
        (0..<300).map { i in
            let known = households[(i * 37) % households.count]
            let name = i % 3 == 1 ? String(known.name.dropLast()) + "e" : i % 3 == 2 ? "Fam. Nieuw \(i)" : known.name
            return HelpRequest(id: String(format: "r-bench-%03d", i), received: now.day.adding(days: -(i % 15)),
                               channel: HelpRequest.Channel.allCases[i % HelpRequest.Channel.allCases.count],
                               urgency: [.crisis, .urgent, .regular, .regular][i % 4], name: name,
                               street: i % 3 == 2 ? "Nieuwe Laan \(i)" : known.street,
                               postcode: i % 3 == 0 ? known.postcode : "", city: known.city,
                               question: "Benchmark", domains: [.finances], takenBy: "w-g001")
        }
    }

    @MainActor static func run(_ snapshot: StoreSnapshot, city: String, now: LocalTime) {
        let size = Size(columns: 80, rows: 24)
        let period = ReportPeriod(from: nil, to: nil, today: now.day)
        let strings = Strings()
        Measure.report("reports: baseline, one pass over \(snapshot.dossiers.count) households (count the closed), median of 5",
                       Measure.milliseconds(Measure.median((0..<5).map { _ in Measure.seconds {
                           _ = snapshot.dossiers.filter { $0.household.status == .closed }.count
                       } })))
        for kind in ReportKind.allCases {
            var sheet: ReportSheet?
            let made = Measure.median((0..<5).map { _ in Measure.seconds {
                sheet = ReportSheet.make(kind, snapshot, period: period, today: now.day, strings)
            } })
            let laidOut = Measure.median((0..<5).map { _ in Measure.seconds {
                _ = ReportSheetView.lines(sheet!, width: 76, plain: false, strings)
                _ = CSV.spreadsheet(ReportCSV.rows(sheet!, team: "Bench", today: now.day, strings))
            } })
            Measure.report("report \(kind.rawValue): worked out, median of 5",
                           Measure.milliseconds(made) + "  [+ " + Measure.milliseconds(laidOut) + " tables and CSV]")
        }
        var state = AppState(snapshot: snapshot, viewer: snapshot.workers.first { $0.role == .coordinator },
                             storeLabel: city, now: now)
        func keys(_ keys: [Key]) -> [Double] { Measure.keys(keys, on: &state, size: size, now: now) }
        let count = ReportKind.allCases.count
        Measure.report("reports screen: baseline, j in the caseload, 200 keys", Measure.summary(keys(Array(repeating: .down, count: 200))))
        Measure.report("reports screen: 5 opens it on the caseload report", Measure.milliseconds(keys([.character("5")])[0]))
        Measure.report("reports screen: Tab through the \(count) reports, \(2 * count) keys",
                       Measure.summary(keys(Array(repeating: .tab, count: 2 * count))))
        Measure.report("reports screen: j scrolls a report, 200 keys", Measure.summary(keys(Array(repeating: .down, count: 200))))
    }
}
