/// Something only some roles may do.
public enum Permission: Sendable, CaseIterable {
    /// See and edit the team's households (restricted ones only as regisseur or coordinator).
    case workWithHouseholds
    /// Triage new requests for help and assign a regisseur.
    case triage
    /// Add and deactivate workers, reset PINs.
    case manageTeam
    /// Change the store's settings (idle lock and such).
    case manageSettings
    /// Read the audit trail.
    case readAudit
    /// Run the reports for the team and the municipality.
    case readReports
    /// Export everything about one household or person for an inzageverzoek (AVG art. 15).
    case exportPersonalData
    /// Destroy a household past its retention period.
    case destroyAfterRetention
}

extension Worker.Role {
    /// Medewerkers work with households; coordinators also triage, manage the team, run the reports and
    /// export a client's data; beheerders manage the team and the settings, read the audit trail, run the
    /// reports, export a client's data and destroy files past their retention period (and, being on the team,
    /// work with households).
    public func allows(_ permission: Permission) -> Bool {
        switch (self, permission) {
        case (_, .workWithHouseholds): return true
        case (.coordinator, .triage), (.coordinator, .manageTeam), (.coordinator, .readReports),
             (.coordinator, .exportPersonalData): return true
        case (.admin, .manageTeam), (.admin, .manageSettings), (.admin, .readAudit), (.admin, .readReports),
             (.admin, .exportPersonalData), (.admin, .destroyAfterRetention): return true
        default: return false
        }
    }
}
