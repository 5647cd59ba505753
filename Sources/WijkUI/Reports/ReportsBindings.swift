import WijkDomain

/// The reports screen's keys: the next and previous report, the period.
extension ReportsScreen {
    static let bindings = BindingGroup<ReportsScreen>(.reports, [
        Binding(.nextReport, [.tab, .right, .character("l")], .helpNextReport) { reports, ws in reports.show(1, &ws) },
        Binding(.previousReport, [.backTab, .left, .character("h")], .helpPreviousReport) { reports, ws in
            reports.show(-1, &ws)
        },
        Binding(.reportPeriod, [.character("p")], .helpReportPeriod) { _, ws in
            ws.present(PeriodForm.make(ReportsScreen.period(ws), ws.strings))
        },
    ])

    /// The keys the window's bottom line names.
    static let hints: [(Command, Text)] = [(.nextReport, .hintNextReport), (.reportPeriod, .hintReportPeriod),
                                           (.close, .hintClose)]
}

extension KeyContext {
    /// On the reports screen.
    static let reports = KeyContext("reports", heading: .contextReports)
}

extension Command {
    static let reports = Command("reports")
    static let nextReport = Command("next-report")
    static let previousReport = Command("previous-report")
    static let reportPeriod = Command("report-period")
}
