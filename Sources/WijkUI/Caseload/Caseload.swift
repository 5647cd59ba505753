import WijkDomain
import WijkStore

/// The caseload's rows for a snapshot, viewer and day, and which of them a scope and filter show.
public struct Caseload: Sendable, Equatable {
    public private(set) var rows: [CaseloadRow] = []
    /// The day the signals were worked out for.
    public private(set) var day: Day
    /// Indices into `rows` that the current scope and filter show, in order.
    public private(set) var visible: [Int] = []
    /// The widest name, in columns: the name column needs no more.
    public private(set) var longestName = 0
    /// The day a request was last linked to each household, for the `H` signal.
    private var linked: [String: Day] = [:]
    /// Rows per scope before filtering, for the pane title.
    private var counts: [CaseloadScope: Int] = [:]
    /// What `visible` was last computed for, so a filter that grows by a
    /// letter only searches the rows that matched before.
    private var applied: Applied?
    /// Every row's search key in one run of bytes (a 0 after each), and where each row's begins: a filter's
    /// first letter scans this once instead of ten thousand separate arrays.
    private var searchText: [UInt8] = []
    private var searchStarts: [Int] = []

    private struct Applied: Sendable, Equatable {
        var scope: CaseloadScope
        var viewer: String?
        var filter: String
    }

    /// Builds the rows, sorted the Dutch way (`de Vries` under V).
    public init(snapshot: StoreSnapshot, viewer: Worker?, day: Day, strings: Strings, grants: Set<String> = []) {
        self.day = day
        linked = Caseload.linkedRequests(snapshot.requests)
        // On every core: at the start this is most of building the app's state for 10,000 households.
        let linked = linked
        rows = Parallel.map(snapshot.dossiers.count) { i in
            Caseload.row(for: i, snapshot, viewer, day, strings, grants, linked)
        }
        sortAndCount(viewer: viewer)
    }

    /// Replaces the row of dossier `index` (or adds it) after the dossier changed on disk.
    public mutating func update(dossier index: Int, snapshot: StoreSnapshot, viewer: Worker?, strings: Strings,
                                grants: Set<String> = []) {
        let row = Caseload.row(for: index, snapshot, viewer, day, strings, grants, linked)
        if let i = rows.firstIndex(where: { $0.dossier == index }) { rows[i] = row } else { rows.append(row) }
        sortAndCount(viewer: viewer)
        if let applied { apply(scope: applied.scope, viewer: applied.viewer, filter: applied.filter, fresh: true) }
    }

    private mutating func sortAndCount(viewer: Worker?) {
        rows.sort { ($0.sortKey, $0.name, $0.dossier) < ($1.sortKey, $1.name, $1.dossier) }
        searchText = []
        searchText.reserveCapacity(rows.reduce(0) { $0 + $1.searchKey.count + 1 })
        searchStarts = []
        searchStarts.reserveCapacity(rows.count)
        for row in rows {
            searchStarts.append(searchText.count)
            searchText += row.searchKey
            searchText.append(0)
        }
        longestName = rows.reduce(0) { max($0, DisplayWidth.of($1.name)) }
        counts = [:]
        for row in rows {
            for scope in CaseloadScope.allCases where Caseload.row(row, isIn: scope, viewer: viewer?.id) {
                counts[scope, default: 0] += 1
            }
        }
    }

    /// The day a request was last linked to each household.
    static func linkedRequests(_ requests: [HelpRequest]) -> [String: Day] {
        var linked: [String: Day] = [:]
        for request in requests where request.status == .linked {
            guard let household = request.household,
                  let day = request.events.last(where: { $0.status == .linked })?.date ?? request.answered else { continue }
            linked[household] = max(day, linked[household] ?? day)
        }
        return linked
    }

    private static func row(for index: Int, _ snapshot: StoreSnapshot, _ viewer: Worker?, _ day: Day,
                            _ strings: Strings, _ grants: Set<String>, _ linked: [String: Day]) -> CaseloadRow {
        let hidden = strings(.restrictedName)
        let dossier = snapshot.dossiers[index]
        let household = dossier.household
        let open = Access.canOpen(household, as: viewer, grants: grants)
        let regisseur = snapshot.worker(household.regisseur)
        let initials = regisseur?.initials ?? household.regisseur
        let name = open ? household.name : hidden
        var searchable = [name, initials, regisseur?.name ?? ""]
        if open {
            searchable += [household.street, household.postcode, household.city, household.id]
            searchable += dossier.members.map(\.name)
        }
        return CaseloadRow(
            dossier: index, household: household.id, isOpenToViewer: open, name: name, address: open ? household.shortAddress : "", city: open ? household.city : "",
            regisseur: initials, regisseurId: household.regisseur, status: household.status,
            evaluation: household.evaluation, signals: signals(dossier, day, linked),
            searchKey: searchKey(searchable),
            sortKey: Folding.fold(DutchName.sortKey(name)))
    }

    /// The texts a filter looks in, folded into one run of bytes with a space between them.
    private static func searchKey(_ texts: [String]) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(texts.reduce(texts.count) { $0 + $1.utf8.count })
        for (i, text) in texts.enumerated() {
            if i > 0 { key.append(UInt8(ascii: " ")) }
            Folding.fold(text, into: &key)
        }
        return key
    }

    /// Recomputes which rows show for `scope`, `viewer` and `filter`.
    public mutating func apply(scope: CaseloadScope, viewer: String?, filter: String, fresh: Bool = false) {
        let words = Folding.queryBytes(filter)
        var candidates: [Int]
        // Words every candidate is already known to hold.
        var known = 0
        if !fresh, let applied, applied.scope == scope, applied.viewer == viewer, !applied.filter.isEmpty,
           filter.hasPrefix(applied.filter) {
            candidates = visible
        } else if let first = words.first {
            candidates = rowsContaining(first)
            known = 1
        } else {
            candidates = Array(rows.indices)
        }
        let rest = Array(words.dropFirst(known))
        // Field by field, and the words looked for in the one run of all search keys: a row is a dozen strings,
        // and copying (or only retaining) 10,000 of them per key was most of its cost.
        visible = rows.withUnsafeBufferPointer { rows in
            searchText.withUnsafeBufferPointer { text in
                candidates.filter { i in
                    guard Caseload.status(rows[i].status, regisseur: rows[i].regisseurId, isIn: scope, viewer: viewer)
                    else { return false }
                    let end = i + 1 < searchStarts.count ? searchStarts[i + 1] : text.count
                    let key = UnsafeBufferPointer(rebasing: text[searchStarts[i]..<end])
                    return rest.allSatisfy { Folding.firstIndex(of: $0, in: key, from: 0) != nil }
                }
            }
        }
        applied = Applied(scope: scope, viewer: viewer, filter: filter)
    }

    /// The rows whose search key holds `word`, in order: one scan of `searchText`.
    private func rowsContaining(_ word: [UInt8]) -> [Int] {
        guard !word.isEmpty else { return Array(rows.indices) }
        var found: [Int] = []
        searchText.withUnsafeBufferPointer { text in
            var row = 0
            var from = 0
            while let at = Folding.firstIndex(of: word, in: text, from: from) {
                // The row this match lies in (the 0 between rows never matches a query byte); one match is
                // enough, so the scan goes on at the next row.
                while row + 1 < searchStarts.count && searchStarts[row + 1] <= at { row += 1 }
                found.append(row)
                guard row + 1 < searchStarts.count else { break }
                from = searchStarts[row + 1]
            }
        }
        return found
    }

    /// Number of rows in `scope` before filtering.
    public func count(in scope: CaseloadScope) -> Int { counts[scope] ?? 0 }

    /// The dossier's signals, and `newRequest` while its regisseur has not written in its journal since a request
    /// was linked to it.
    private static func signals(_ dossier: Dossier, _ day: Day, _ linked: [String: Day]) -> Set<Signal> {
        var signals = dossier.signals(on: day)
        if let since = linked[dossier.id],
           !dossier.journal.contains(where: { $0.author == dossier.household.regisseur && $0.date >= since }) {
            signals.insert(.newRequest)
        }
        return signals
    }

    static func row(_ row: CaseloadRow, isIn scope: CaseloadScope, viewer: String?) -> Bool {
        status(row.status, regisseur: row.regisseurId, isIn: scope, viewer: viewer)
    }

    static func status(_ status: Household.Status, regisseur: String, isIn scope: CaseloadScope, viewer: String?) -> Bool {
        switch scope {
        case .team: return status != .closed
        case .mine: return status != .closed && regisseur == viewer
        case .closed: return status == .closed
        }
    }
}
