import WijkDomain

/// The reports Wijkdesk makes, in the order the reports screen shows them; the raw value is the name
/// `wijk report NAME` takes.
public enum ReportKind: String, CaseIterable, Sendable {
    case caseload, waiting, zrm, outflow, outcomes, budget, satisfaction, resources, wijkbeeld

    /// How the audit trail names a run of this report.
    public var auditObject: String { "report:" + rawValue }

    /// The tab's word on the reports screen.
    public var title: Text {
        switch self {
        case .caseload: return Text("Caseload", "Caseload")
        case .waiting: return Text("Wachttijd", "Waiting")
        case .zrm: return Text("ZRM", "ZRM")
        case .outflow: return Text("Uitstroom", "Outflow")
        case .outcomes: return Text("Resultaat", "Outcomes")
        case .budget: return Text("Budget", "Budget")
        case .satisfaction: return Text("Tevredenheid", "Satisfaction")
        case .resources: return Text("Voorzieningen", "Resources")
        case .wijkbeeld: return Text("Wijkbeeld", "Neighbourhood")
        }
    }
}
