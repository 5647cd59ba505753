/// The audit trail as a beheerder reads it in the app.
extension Text {
    public static let auditTitle = Text("Audit-trail", "Audit trail")
    public static let auditIntact = Text("Keten heel: {1} gebeurtenissen.", "Chain whole: {1} events.")
    public static let auditBroken = Text("KETEN GEBROKEN: {1}", "CHAIN BROKEN: {1}")
}
