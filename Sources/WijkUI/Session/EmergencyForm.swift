import WijkDomain

/// The question before emergency access (doorbreekglas) to a restricted household: why, in the worker's words.
enum EmergencyForm {
    /// The form; `openPlan`: the household's plan shows once access is granted (not in the team meeting,
    /// where the meeting shows what the room may see of it).
    static func make(household: String, _ t: Strings, openPlan: Bool = true) -> Form {
        var form = Form(title: t(.emergencyTitle), fields: [
            FormField(key: "Reason", label: t(.fieldReason), required: true, value: ""),
        ]) { form, _ in
            let reason = form.value("Reason")
            return Submission([]) { workspace in workspace.grantEmergencyAccess(to: household, reason: reason, openPlan: openPlan) }
        }
        form.note = t(.emergencyExplanation)
        return form
    }
}

extension Workspace {
    /// Opens a restricted household for this session, recorded with the reason, and shows its plan.
    mutating func grantEmergencyAccess(to id: String, reason: String, openPlan: Bool = true) {
        grants.insert(id)
        record(.emergencyAccess, object: id, reason: reason, now: now)
        changes.access = true
        changes.any = true
        if openPlan { request(.openPlan(household: id)) }
    }
}
