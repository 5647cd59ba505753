import WijkDomain
import WijkStore

/// The sociale kaart: the neighbourhood's services, low-threshold ones first, filtered as you type.
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

    init(_ workspace: Workspace) {
        index(workspace)
        visible = order
    }

    func count(_ workspace: Workspace) -> Int { visible.count }

    static let keyGroups: [BindingGroup<ResourcesPane>] = [bindings, ListBindings.group()]

    static let bindings = BindingGroup<ResourcesPane>(.resources, [
        ListBindings.open(help: .helpOpenResource),
        ListBindings.filter(help: .helpFilterResources),
    ])

    var hints: [(Command, Text)] { [(.open, .hintOpen), (.back, .hintBack), (.filter, .hintFilter)] }

    /// The resource under the selection.
    func selected(_ workspace: Workspace) -> Resource? {
        list.selected < visible.count ? workspace.snapshot.resources[visible[list.selected]] : nil
    }

    mutating func open(_ workspace: inout Workspace) {
        if let resource = selected(workspace) {
            workspace.present(DetailOverlay(detail: ResourcesPane.detail(of: resource, workspace.strings)))
        }
    }

    mutating func refilter(_ workspace: inout Workspace) {
        let words = Folding.queryWords(list.filter)
        visible = order.filter { words.isEmpty || Folding.matches(keys[$0], query: words) }
        clamp(workspace)
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

    static func detail(of resource: Resource, _ t: Strings) -> Detail {
        let fields: [(label: String, value: String)] = [
            (t(.detailKind), t(.resourceKind(resource.kind)) + (resource.category.isEmpty ? "" : " · " + resource.category)),
            (t(.detailDomains), resource.domains.map { t(.domain($0)) }.joined(separator: ", ")),
            (t(.detailAddress), resource.address), (t(.detailPhone), resource.phone),
            (t(.detailEmail), resource.email), (t(.detailHours), resource.hours),
        ]
        return Detail(title: resource.name, fields: fields.filter { !$0.value.isEmpty }, body: resource.description)
    }

    func title(_ workspace: Workspace, now: LocalTime) -> PaneTitle {
        ResourcesView.title(self, resources: workspace.snapshot.resources, strings: workspace.strings)
    }

    func draw(_ screen: inout Screen, _ workspace: Workspace, rect: Rect, focused: Bool, now: LocalTime) {
        ResourcesView.draw(&screen, self, resources: workspace.snapshot.resources, strings: workspace.strings,
                           rect: rect, focused: focused)
    }
}

extension KeyContext {
    /// Only in the sociale kaart.
    static let resources = KeyContext("resources", heading: .contextResources)
}
