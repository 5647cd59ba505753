import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

/// Every withheld cell of every report on the demo store, checked against the figure behind it.
@Suite("Suppression marks say which rule withheld a figure")
struct SuppressionMarksTests {
    @Test("Every cell of every report: <5 only on a count under 5, × only on a count of 5 or more, n<5 only on a statistic")
    func everyCell() throws {
        let snapshot = try StoreReader.read(Repository.path("seeds"))
        let today = Day(iso: "2026-11-23")!
        let period = ReportPeriod(from: nil, to: nil, today: today)
        var seen: [ReportFigure.Withheld: Int] = [:]
        for kind in ReportKind.allCases {
            let sheet = ReportSheet.make(kind, snapshot, period: period, today: today, Strings(.nl))
            for table in sheet.tables {
                for row in table.rows + (table.total.map { [$0] } ?? []) {
                    let figures = row.flatMap { cell -> [ReportFigure] in
                        switch cell {
                        case .figure(let figure): return [figure]
                        case .trend(let figures): return figures
                        case .label: return []
                        }
                    }
                    for figure in figures {
                        guard let reason = figure.reason else { continue }
                        seen[reason, default: 0] += 1
                        let place = "\(kind) · \(table.title)"
                        switch reason {
                        case .small:
                            #expect(figure.unit == .count, "\(place): <5 on a \(figure.unit)")
                            #expect((figure.value ?? 0) > 0 && (figure.value ?? 0) < 5 || figure.unit != .count,
                                    "\(place): <5 on \(figure.value ?? -1)")
                        case .secondary:
                            if figure.unit == .count { #expect((figure.value ?? 0) >= 5, "\(place): × on \(figure.value ?? -1)") }
                        case .fewForStatistic:
                            #expect(figure.unit != .count, "\(place): n<5 on a count")
                        }
                    }
                    #expect(!figures.contains { $0.reason == nil && $0.unit == .count && ($0.value ?? 0) > 0 && ($0.value ?? 0) < 5 },
                            "\(kind): a count under 5 shown")
                }
            }
            // The legend explains each mark the sheet uses, and only those.
            let legend = sheet.legend(Strings(.nl)).joined(separator: "\n")
            for reason in sheet.withheld where reason != .small {
                #expect(legend.contains(reason.mark + " ="), "\(kind): \(reason.mark) without its footnote")
            }
            let csv = ReportCSV.rows(sheet, team: "Team", today: today, Strings(.nl)).flatMap { $0 }
            for reason in sheet.withheld { #expect(csv.contains(reason.mark), "\(kind): \(reason.mark) in the spreadsheet too") }
        }
        #expect(seen[.small, default: 0] > 0 && seen[.secondary, default: 0] > 0 && seen[.fewForStatistic, default: 0] > 0,
                "the demo store shows each mark: \(seen)")
    }

    @Test("One report does not undo another: what a small area scores low, a mean beside withheld scores, the referral split")
    func acrossReports() throws {
        let snapshot = try StoreReader.read(Repository.path("seeds"))
        let today = Day(iso: "2026-11-23")!
        let period = ReportPeriod(from: nil, to: nil, today: today)
        func sheet(_ kind: ReportKind) -> ReportSheet { ReportSheet.make(kind, snapshot, period: period, today: today, Strings(.nl)) }
        func figures(_ row: [ReportTable.Cell]) -> [ReportFigure] {
            row.compactMap { if case .figure(let figure) = $0 { return figure } else { return nil } }
        }
        func label(_ row: [ReportTable.Cell]) -> String {
            if case .label(let text, _)? = row.first { return text } else { return "" }
        }
        // The wijkbeeld names a low-scored domain only in an area of 5 or more households, and only on 5 or more.
        let wijkbeeld = sheet(.wijkbeeld)
        let small = Set(wijkbeeld.tables[0].rows.filter { figures($0)[0].withheld }.map(label))
        #expect(!small.isEmpty, "the demo store has small areas")
        var area = ""
        for row in wijkbeeld.tables[1].rows {
            if !label(row).isEmpty { area = label(row) }
            #expect(!small.contains(area), "\(area) names a domain")
            #expect(!figures(row)[0].withheld, "\(area): a domain on fewer than 5 households is named")
        }
        // Five closings with scores 7, 8 and 9 each <5: a mean and a median would say which.
        let satisfaction = sheet(.satisfaction)
        #expect(satisfaction.tables[1].rows.contains { figures($0)[0].withheld })
        #expect(figures(satisfaction.tables[0].rows[1])[0].withheld && figures(satisfaction.tables[0].rows[2])[0].withheld)
        // Low-threshold and maatwerk in the wijkbeeld's total are withheld as the resources report withholds them.
        let resources = sheet(.resources)
        let split = resources.tables[1].rows.map { figures($0)[0] }
        let total = figures(try #require(wijkbeeld.tables[0].total))
        #expect(Array(total.suffix(2)) == split, "\(total.suffix(2)) against \(split)")
    }

    @Test("A report's note is wrapped once, at the width it is shown in: the string table's line breaks do not cut it short")
    func notesWrappedOnce() {
        #expect(ReportSheetView.paragraphs("de\nklok stopt\n\nnieuwe alinea") == "de klok stopt\nnieuwe alinea")
        let lines = ReportSheetView.lines(ReportSheet(kind: .waiting, period: ReportPeriod(from: Day(iso: "2026-01-01")!,
                                                                                          to: Day(iso: "2026-06-30")!),
                                                      tables: [], notes: [Strings(.en)(.waitingReportNote)]),
                                          width: 60, plain: true, Strings(.en)).map { $0.map(\.text).joined() }
        #expect(lines.first { $0.hasPrefix("Answered") }.map { $0.count > 50 } == true, "\(lines)")
    }
}
