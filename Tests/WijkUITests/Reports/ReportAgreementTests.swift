import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

/// The screen, the terminal (`wijk report`) and the spreadsheet show one report: each figure and mark the
/// same in all three, for every report on the demo store.
@Suite("A report holds the same figures and marks on the screen, in the terminal and in the spreadsheet")
struct ReportAgreementTests {
    /// A figure as text (`€ 1.234,50`, `45%`, `2,5`) as a number, for comparing with the spreadsheet's.
    static func number(_ text: String) -> Double? {
        let digits = text.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "%", with: "")
            .replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ".", with: "")
            .replacingOccurrences(of: ",", with: ".")
        return Double(digits)
    }

    /// Whether `texts` appear in this order on one of `lines`.
    static func inOrder(_ texts: [String], in lines: [String]) -> Bool {
        lines.contains { line in
            var rest = Substring(line)
            for text in texts {
                guard let range = rest.range(of: text) else { return false }
                rest = rest[range.upperBound...]
            }
            return true
        }
    }

    @Test("Every row of every report: the screen and the terminal show its figures in order, the spreadsheet the same values")
    func everyReport() throws {
        let snapshot = try StoreReader.read(Repository.path("seeds"))
        let today = Fixture.now.day
        let t = Strings(.nl)
        for (index, kind) in ReportKind.allCases.enumerated() {
            var state = Fixture.state(viewer: "w-ab", snapshot: snapshot)
            Fixture.press(&state, .character("5"))
            for _ in 0..<index { Fixture.press(&state, .tab) }
            var screen: [String] = []
            for _ in 0..<40 {
                screen += Fixture.render(state).split(separator: "\n").map(String.init)
                Fixture.press(&state, .down)
            }
            #expect(screen.contains { $0.contains("Rapportages · " + t(kind.title)) }, "\(kind) is on the screen")
            let sheet = ReportSheet.make(kind, snapshot, period: ReportPeriod(from: nil, to: nil, today: today), today: today, t)
            let terminal = ReportSheetView.lines(sheet, width: 80, plain: false, t).map { $0.map(\.text).joined() }
            let csv = ReportCSV.rows(sheet, team: "Team", today: today, t)
            for table in sheet.tables {
                for row in table.rows + (table.total.map { [$0] } ?? []) {
                    let figures = row.compactMap { cell -> ReportFigure? in
                        if case .figure(let figure) = cell { return figure }
                        return nil
                    }
                    let texts = figures.map { $0.text(t) }
                    let place = "\(kind) · \(table.title) · \(row.first.map { "\($0)" } ?? "")"
                    #expect(Self.inOrder(texts, in: terminal), "\(place): \(texts) in the terminal")
                    #expect(Self.inOrder(texts, in: screen), "\(place): \(texts) on the screen")
                    let cells = row.enumerated().flatMap { j, cell -> [String] in
                        switch cell {
                        case .label(let text, let csv):
                            return [csv ?? text] + Array(repeating: "", count: max(0, table.columns[j].months.count - 1))
                        case .figure(let figure): return [figure.csv]
                        case .trend(let figures): return figures.map(\.csv)
                        }
                    }
                    #expect(csv.contains(cells), "\(place): the row in the spreadsheet")
                    for figure in figures {
                        let text = figure.text(t)
                        if let reason = figure.reason {
                            #expect(text == reason.mark && figure.csv == reason.mark, "\(place): \(reason.mark) everywhere")
                        } else if let shown = Self.number(text), let stored = Self.number(figure.csv) {
                            // The screen rounds a share to a whole percent; everything else is as precise.
                            #expect(abs(shown - stored) <= (figure.unit == .percent ? 0.5 : 0.001), "\(place): \(text) vs \(figure.csv)")
                        } else {
                            #expect(text == "–" && figure.csv.isEmpty, "\(place): \(text) vs \(figure.csv)")
                        }
                    }
                }
            }
        }
    }
}
