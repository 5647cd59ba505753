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
}

extension Worker.Role {
    /// Medewerkers work with households; coordinators also triage, manage the team and run the reports;
    /// beheerders manage the team and the settings, read the audit trail and run the reports (and, being on
    /// the team, work with households).
    public func allows(_ permission: Permission) -> Bool {
        switch (self, permission) {
        case (_, .workWithHouseholds): return true
        case (.coordinator, .triage), (.coordinator, .manageTeam): return true
        case (.coordinator, .readReports): return true
        case (.admin, .manageTeam), (.admin, .manageSettings), (.admin, .readAudit), (.admin, .readReports): return true
        default: return false
        }
    }
}
