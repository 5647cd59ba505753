import WijkDomain
import WijkStore

/// The sociale kaart: the neighbourhood's services, low-threshold ones first, narrowed by domain, kind, age and
/// village (`f`) and filtered as you type (`/`); workers add, edit and check resources here.
public struct ResourcesPane: PaneScreen {
    static let pane = Pane.resources
    static let headerRows = 2
    static let title = Text.paneResources
    public internal(set) var list = ListState()
    /// Resources in list order (low-threshold first, then by name), as positions in `snapshot.resources`.
    public private(set) var order: [Int] = []
    /// The resources the filter shows, in list order.
    public private(set) var visible: [Int] = []
    /// Each resource's folded search text, and its id (to keep the selection when the store is read again).
    private var keys: [String] = []
    private var ids: [String] = []
    /// The widest name, in columns.
    public private(set) var longestName = 0
    /// The filter the visible rows were worked out for (the workspace holds the one chosen).
    public private(set) var applied = ResourceFilter()

    init(_ workspace: Workspace) {
        index(workspace)
        visible = order
    }

    func count(_ workspace: Workspace) -> Int { visible.count }

    static let keyGroups: [BindingGroup<ResourcesPane>] = [bindings, ListBindings.group()]

    static let bindings = BindingGroup<ResourcesPane>(.resources, [
        ListBindings.open(help: .helpOpenResource),
        ListBindings.filter(help: .helpFilterResources),
        Binding(.filterResources, [.character("f")], .helpResourceFilter) { _, ws in
            let areas = Set(ws.snapshot.resources.map(\.area).filter { !$0.isEmpty })
                .sorted { Folding.fold($0) < Folding.fold($1) }
            ws.present(ResourceFilterForm.make(ws.resourceFilter, areas: areas, ws.strings))
        },
        Binding(.clearResourceFilter, [.character("F")], .helpClearResourceFilter) { _, ws in
            ws.resourceFilter = ResourceFilter()
        },
        Binding(.newResource, [.character("n")], .helpNewResource) { _, ws in
            ws.present(ResourceForm.make(nil, ws.strings))
        },
        Binding(.editResource, [.character("e")], .helpEditResource) { pane, ws in
            guard let resource = pane.selected(ws) else { return }
            ws.open(ResourceForm.make(resource, ws.strings), on: Workspace.resourcePath(resource.id))
        },
        Binding(.markChecked, [.character("K")], .helpMarkChecked) { pane, ws in
            guard let resource = pane.selected(ws), let worker = ws.viewer else { return }
            let path = Workspace.resourcePath(resource.id)
            guard let base = ws.readForChange(path) else { return }
            let day = ws.now.day
            let sets = base.sets.updating("Resource") { $0.setting([("Checked", day.iso), ("CheckedBy", worker.id)]) }
            if ws.submit(Submission([.update(path, base: base, sets)])) { ws.notice = ws.strings(.markedChecked, day.dutch) }
        },
    ])

    var hints: [(Command, Text)] {
        [(.open, .hintOpen), (.filter, .hintSearch), (.filterResources, .hintResourceFilter), (.newResource, .hintNewResource),
         (.back, .hintBack)]
    }

    /// The resource under the selection.
    func selected(_ workspace: Workspace) -> Resource? {
        list.selected < visible.count ? workspace.snapshot.resources[visible[list.selected]] : nil
    }

    mutating func open(_ workspace: inout Workspace) {
        if let resource = selected(workspace) {
            workspace.present(DetailOverlay(detail: ResourcesPane.detail(of: resource, workspace)))
        }
    }

    mutating func refilter(_ workspace: inout Workspace) {
        let words = Folding.queryWords(list.filter)
        let resources = workspace.snapshot.resources
        applied = workspace.resourceFilter
        visible = order.filter { (words.isEmpty || Folding.matches(keys[$0], query: words)) && applied.admits(resources[$0]) }
        clamp(workspace)
    }

    /// A filter chosen in the filter form (or cleared with `F`) narrows the list from the next key on.
    mutating func follow(_ workspace: inout Workspace) {
        if workspace.resourceFilter != applied { refilter(&workspace) }
    }

    mutating func catchUp(_ changes: StoreChanges, _ workspace: inout Workspace) {
        guard changes.everything || changes.resources else { return }
        let selected = list.selected < visible.count ? ids[visible[list.selected]] : nil
        index(workspace)
        refilter(&workspace)
        if let selected, let i = visible.firstIndex(where: { ids[$0] == selected }) { list.selected = i }
    }

    private mutating func index(_ workspace: Workspace) {
        let t = workspace.strings
        let resources = workspace.snapshot.resources
        keys = resources.map { r in
            Folding.fold(([r.name, r.organisation, r.category, t(.resourceKind(r.kind)), r.address, r.area, r.description]
                          + r.domains.map { t(.domain($0)) }).joined(separator: " "))
        }
        ids = resources.map(\.id)
        longestName = resources.reduce(0) { max($0, DisplayWidth.of($1.name)) }
        let sortKeys = resources.map { Folding.fold($0.name) }
        order = resources.indices.sorted { a, b in
            if resources[a].kind.isLowThreshold != resources[b].kind.isLowThreshold { return resources[a].kind.isLowThreshold }
            return sortKeys[a] < sortKeys[b]
        }
    }

    /// The resource in full: what, for whom, where, how to get there, whether its details are current, and how
    /// many households were referred with what outcome (names only of the viewer's own households).
    static func detail(of r: Resource, _ workspace: Workspace) -> Detail {
        let t = workspace.strings
        let ages = (r.minimumAge == nil && r.maximumAge == nil) ? ""
            : (r.minimumAge.map(String.init) ?? "0") + "–" + (r.maximumAge.map(String.init) ?? "") + " jr"
        let checked = r.checked.map { day in
            r.checkedBy.isEmpty ? day.dutch : t(.checkedBy, day.dutch, workspace.snapshot.worker(r.checkedBy)?.name ?? r.checkedBy)
        } ?? t(.neverChecked)
        var fields: [(label: String, value: String)] = [
            (t(.fieldOrganisation), r.organisation),
            (t(.detailKind), t(.resourceKind(r.kind)) + (r.category.isEmpty ? "" : " · " + r.category)),
            (t(.detailDomains), r.domains.map { t(.domain($0)) }.joined(separator: ", ")),
            (t(.fieldAudience), [r.audience, ages].filter { !$0.isEmpty }.joined(separator: " · ")),
            (t(.detailAddress), r.address), (t(.fieldArea), r.area.isEmpty ? t(.wholeMunicipality) : r.area),
            (t(.fieldContact), r.contact), (t(.detailPhone), r.phone), (t(.detailEmail), r.email),
            (t(.fieldWebsite), r.website), (t(.detailHours), r.hours), (t(.fieldCosts), r.costs),
            (t(.fieldRoute), r.route.map { t(.resourceRoute($0)) } ?? ""),
            (t(.detailWait), r.waitWeeks.map { $0 == 0 ? t(.noWait) : t(.waitWeeks, String($0)) } ?? ""),
            (t(.fieldCapacityNotes), r.capacityNotes),
            (t(.detailChecked), (r.isStale(on: workspace.now.day) ? t(.staleMark) + " · " : "") + checked),
        ]
        fields = fields.filter { !$0.value.isEmpty }
        return Detail(title: r.name, fields: fields, body: r.description,
                      appendices: [(t(.referredHeading), referrals(to: r, workspace))])
    }

    /// `3 huishoudens verwezen: 1 gestart, 1 afgerond, 1 afgewezen`, and the viewer's own households by name.
    static func referrals(to resource: Resource, _ workspace: Workspace) -> String {
        let t = workspace.strings
        let found = workspace.snapshot.dossiers.flatMap { dossier in
            dossier.referrals.filter { $0.resource == resource.id }.map { (dossier.household, $0) }
        }
        // Requests the inbox referred here without a household: counted, nothing more is known of them.
        let fromInbox = workspace.snapshot.requests.filter {
            $0.status == .referred && $0.household == nil && $0.resource == resource.id
        }.count
        let inbox = fromInbox == 0 ? "" : "\n" + t(.referredFromInbox, String(fromInbox))
        guard !found.isEmpty else { return fromInbox == 0 ? t(.noneReferred) : String(inbox.dropFirst()) }
        let counts = Referral.Status.allCases.compactMap { status -> String? in
            let n = found.filter { $0.1.status == status }.count
            return n == 0 ? nil : String(n) + " " + t(.referralStatus(status))
        }
        var text = t(.referredSummary, String(Set(found.map(\.0.id)).count), counts.joined(separator: ", "))
        let own = found.filter { $0.0.regisseur == workspace.viewer?.id }
            .map { $0.0.name + " (" + t(.referralStatus($0.1.status)) + ")" }
        if !own.isEmpty { text += "\n" + t(.yourHouseholds, own.joined(separator: ", ")) }
        return text + inbox
    }

    func title(_ workspace: Workspace, now: LocalTime) -> PaneTitle {
        ResourcesView.title(self, resources: workspace.snapshot.resources, strings: workspace.strings)
    }

    func draw(_ screen: inout Screen, _ workspace: Workspace, rect: Rect, focused: Bool, now: LocalTime) {
        ResourcesView.draw(&screen, self, resources: workspace.snapshot.resources, strings: workspace.strings,
                           rect: rect, focused: focused, today: now.day)
    }
}

extension Command {
    static let filterResources = Command("filter-resources")
    static let clearResourceFilter = Command("clear-resource-filter")
    static let newResource = Command("new-resource")
    static let editResource = Command("edit-resource")
    static let markChecked = Command("mark-checked")
}

extension KeyContext {
    /// Only in the sociale kaart.
    static let resources = KeyContext("resources", heading: .contextResources)
}
