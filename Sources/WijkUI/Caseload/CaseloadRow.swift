import WijkDomain

/// One household as the caseload lists it, with its search and sort keys worked out once.
public struct CaseloadRow: Sendable, Equatable {
    /// Index of the dossier in the snapshot.
    public var dossier: Int
    /// The household's id.
    public var household: String
    /// Whether the viewer may see the name and open the plan.
    public var isOpenToViewer: Bool
    public var name: String
    /// `street, city`, and the city alone (a long street is cut, the village kept).
    public var address: String
    public var city: String
    public var regisseur: String
    public var regisseurId: String
    public var status: Household.Status
    public var evaluation: Day?
    public var signals: Set<Signal>
    /// Folded name, address, postcode, members and regisseur, as UTF-8, for the filter.
    public var searchKey: [UInt8]
    public var sortKey: String
}
