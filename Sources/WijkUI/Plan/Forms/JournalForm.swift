import WijkDomain
import WijkStore

/// A journal entry, or a correction of one: the journal only grows, so a correction is an entry of its own.
enum JournalForm {
    static func make(household: String, corrects: JournalEntry?, today: Day, _ t: Strings) -> Form {
        var form = Form(title: corrects.map { t(.correctionTitle, $0.date.dutch) } ?? t(.newJournalTitle), fields: [
            FormField(key: "Type", label: t(.detailType), kind: .choice(JournalEntry.Kind.self, { t(.journalKind($0)) }),
                      value: corrects == nil ? JournalEntry.Kind.homevisit.rawValue : JournalEntry.Kind.note.rawValue),
            FormField(key: "Date", label: t(.detailDate), kind: .date, required: true, value: today.dutch),
            FormField(key: "Minutes", label: t(.fieldMinutes), kind: .number, value: ""),
            FormField(key: "Text", label: t(.fieldText), kind: .multiline(rows: 8), required: true, value: ""),
        ]) { form, workspace in
            guard let worker = workspace.viewer else { return nil }
            let stamp = workspace.newStamp()
            let entry = JournalEntry(id: stamp, date: form.day("Date") ?? workspace.now.day,
                                     kind: JournalEntry.Kind(rawValue: form.value("Type")) ?? .note,
                                     minutes: Int(form.value("Minutes")), author: worker.id, corrects: corrects?.id,
                                     text: form.value("Text"))
            return Submission([.entry(household: household, folder: StoreLayout.journal, stamp: stamp,
                                      Schema.set("JournalEntry", [StoreEncoder.journalEntry(entry)]),
                                      undo: .journal(household: household, entry: stamp))])
        }
        form.note = corrects.map { _ in t(.correctionNote) } ?? t(.journalNote)
        return form
    }
}
