import WijkDomain

/// `p` on the reports screen: the first and the last day the reports count.
enum PeriodForm {
    static func make(_ period: ReportPeriod, _ t: Strings) -> Form {
        var form = Form(title: t(.periodTitle), fields: [
            FormField(key: "From", label: t(.fieldFrom), kind: .date, required: true, value: period.from.dutch),
            FormField(key: "To", label: t(.fieldUntil), kind: .date, required: true, value: period.to.dutch),
        ]) { form, _ in
            guard let from = Self.day(form.value("From")), let to = Self.day(form.value("To")) else { return nil }
            let chosen = ReportPeriod(from: from, to: to)
            return Submission([]) { ws in ws.reportPeriod = chosen }
        }
        form.rules.append { form in
            guard let from = day(form.value("From")), let to = day(form.value("To")), to < from else { return nil }
            return ("To", .rule(.periodBackwards))
        }
        form.note = t(.periodNote)
        return form
    }

    static func day(_ text: String) -> Day? { Day(dutch: text) }
}
