/// The question before emergency access (doorbreekglas) to a restricted household: why, in the worker's words.
enum EmergencyForm {
    static func make(household: String, _ t: Strings) -> Form {
        var form = Form(title: t(.emergencyTitle), fields: [
            FormField(key: "Reason", label: t(.fieldReason), required: true, value: ""),
        ], purpose: .emergency(household: household))
        form.note = t(.emergencyExplanation)
        return form
    }
}
