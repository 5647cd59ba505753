/// Who may see a household's name and open its plan.
public enum Access {
    /// A restricted (afgeschermd) household is open to its regisseur and to coordinators, and to anyone
    /// who took emergency access to it (`grants`); every other household to everyone on the team.
    public static func canOpen(_ household: Household, as worker: Worker?, grants: Set<String> = []) -> Bool {
        guard household.confidentiality == .restricted else { return true }
        guard let worker else { return false }
        return worker.id == household.regisseur || worker.role == .coordinator || grants.contains(household.id)
    }
}
