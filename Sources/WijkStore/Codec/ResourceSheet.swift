import WijkDomain

/// The sociale kaart as a spreadsheet, the way municipalities keep it: one row per resource, a header row naming
/// the columns in Dutch or English, codes written as words (`basisvoorziening`, `Financiën`).
public enum ResourceSheet {
    /// A column of the sheet, after the resource's field it holds.
    public enum Column: String, CaseIterable, Sendable {
        case id, name, organisation, kind, category, domains, minimumAge, maximumAge, audience, address, area, contact,
             phone, email, website, hours, costs, route, waitWeeks, capacityNotes, description, checked, checkedBy

        /// The header written on export (Dutch), then the other spellings read on import; compared folded.
        public var headers: [String] {
            switch self {
            case .id: return ["Id", "Code", "Kenmerk"]
            case .name: return ["Naam", "Name", "Naam voorziening", "Voorziening"]
            case .organisation: return ["Organisatie", "Organisation", "Organization", "Aanbieder"]
            case .kind: return ["Soort", "Kind", "Type voorziening", "Type"]
            case .category: return ["Aanbod", "Category", "Categorie", "Offer"]
            case .domains: return ["Domeinen", "Domains", "Levensdomeinen", "ZRM-domeinen", "Domein"]
            case .minimumAge: return ["Leeftijd vanaf", "Minimum age", "Min leeftijd", "Vanaf leeftijd"]
            case .maximumAge: return ["Leeftijd tot en met", "Maximum age", "Max leeftijd", "Tot en met leeftijd"]
            case .audience: return ["Doelgroep", "Audience", "Target group", "Voor wie"]
            case .address: return ["Adres", "Address"]
            case .area: return ["Wijk", "Area", "Dorp", "Dorp of wijk", "Neighbourhood"]
            case .contact: return ["Contactpersoon", "Contact", "Contact person"]
            case .phone: return ["Telefoon", "Phone", "Telefoonnummer", "Tel"]
            case .email: return ["E-mail", "Email", "E-mailadres"]
            case .website: return ["Website", "Url", "Site"]
            case .hours: return ["Openingstijden", "Hours", "Opening hours", "Open"]
            case .costs: return ["Kosten", "Costs", "Eigen bijdrage"]
            case .route: return ["Aanmelden", "Referral", "How to refer", "Toegang", "Verwijzing"]
            case .waitWeeks: return ["Wachttijd (weken)", "Waiting weeks", "Wachttijd", "Waiting time (weeks)"]
            case .capacityNotes: return ["Capaciteit", "Capacity", "Capaciteit en plekken"]
            case .description: return ["Omschrijving", "Description", "Beschrijving"]
            case .checked: return ["Gecontroleerd", "Checked", "Laatst gecontroleerd", "Last checked"]
            case .checkedBy: return ["Gecontroleerd door", "Checked by"]
            }
        }

        /// The field (or repeated field) of the resource's record the column fills.
        public var field: String {
            switch self {
            case .id: return "Id"
            case .name: return "Name"
            case .organisation: return "Organisation"
            case .kind: return "Kind"
            case .category: return "Category"
            case .domains: return "Domain"
            case .minimumAge: return "MinimumAge"
            case .maximumAge: return "MaximumAge"
            case .audience: return "Audience"
            case .address: return "Address"
            case .area: return "Area"
            case .contact: return "Contact"
            case .phone: return "Phone"
            case .email: return "Email"
            case .website: return "Website"
            case .hours: return "Hours"
            case .costs: return "Costs"
            case .route: return "Route"
            case .waitWeeks: return "WaitWeeks"
            case .capacityNotes: return "CapacityNotes"
            case .description: return "Description"
            case .checked: return "Checked"
            case .checkedBy: return "CheckedBy"
            }
        }

        static let byHeader: [String: Column] = Dictionary(
            Column.allCases.flatMap { column in column.headers.map { (Folding.fold($0), column) } },
            uniquingKeysWith: { a, _ in a })
    }

    /// The words for kinds, routes and domains, the one written first: the UI's string table gives them, so the
    /// sheet says what the screens say.
    public struct Vocabulary: Sendable {
        public var kinds: [Resource.Kind: [String]]
        public var routes: [Resource.Route: [String]]
        public var domains: [LifeDomain: [String]]

        public init(kinds: [Resource.Kind: [String]], routes: [Resource.Route: [String]], domains: [LifeDomain: [String]]) {
            self.kinds = kinds
            self.routes = routes
            self.domains = domains
        }

        func code<C: RawRepresentable & Hashable>(_ word: String, in words: [C: [String]], aliases: [String: C] = [:]) -> C?
        where C.RawValue == String {
            let folded = Folding.fold(word.trimmed)
            if let found = words.first(where: { $0.key.rawValue.lowercased() == folded }) { return found.key }
            if let found = words.first(where: { $0.value.contains { Folding.fold($0) == folded } }) { return found.key }
            return aliases[folded]
        }

        func word<C: Hashable & RawRepresentable>(_ code: C, in words: [C: [String]]) -> String where C.RawValue == String {
            words[code]?.first ?? code.rawValue
        }
    }

    /// One problem of the sheet: the line, the column as the file names it (nil: the whole row or file), what.
    public struct Problem: Sendable, Equatable {
        public var line: Int
        public var column: String?
        public var kind: ProblemKind
    }

    /// A row read: the line it starts on, and the record fields of the columns the sheet has (a column it lacks
    /// leaves that field of an existing resource alone).
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var id: String?
        public var name: String
        public var organisation: String
        /// Field name → value in the store's form (codes, ISO dates, domains one per line).
        public var fields: [(name: String, value: String)]

        public static func == (a: Row, b: Row) -> Bool {
            a.line == b.line && a.id == b.id && a.fields.map(\.name) == b.fields.map(\.name)
                && a.fields.map(\.value) == b.fields.map(\.value)
        }
    }

    public struct Read: Sendable {
        public var columns: [Column]
        public var rows: [Row]
        public var problems: [Problem]
    }

    /// Reads `sheet`: the header row, then each row checked field by field; every problem found, in line order.
    public static func read(_ sheet: CSVReader.Sheet, _ vocabulary: Vocabulary, today: Day) -> Read {
        guard let header = sheet.rows.first else {
            return Read(columns: [], rows: [], problems: [Problem(line: 1, column: nil, kind: .missingColumn("Naam"))])
        }
        var problems: [Problem] = []
        var columns: [Column?] = []
        for title in header.fields {
            let trimmed = title.trimmed
            let column = Column.byHeader[Folding.fold(trimmed)]
            if trimmed.isEmpty {
                columns.append(nil)
            } else if column == nil {
                problems.append(Problem(line: header.line, column: nil, kind: .unknownColumn(Printable.escaped(trimmed))))
                columns.append(nil)
            } else if columns.contains(column) {
                problems.append(Problem(line: header.line, column: trimmed, kind: .duplicateColumn(trimmed)))
                columns.append(nil)
            } else {
                columns.append(column)
            }
        }
        if !columns.contains(.name) {
            problems.append(Problem(line: header.line, column: nil, kind: .missingColumn(Column.name.headers[0])))
        }
        let titles = header.fields.map(\.trimmed)
        var rows: [Row] = []
        var seen: [String: Int] = [:]
        for row in sheet.rows.dropFirst() {
            if row.fields.count > columns.count, row.fields[columns.count...].contains(where: { !$0.trimmed.isEmpty }) {
                problems.append(Problem(line: row.line, column: nil, kind: .extraFields(row.fields.count - columns.count)))
                continue
            }
            var fields: [(name: String, value: String)] = []
            var id: String?
            var name = ""
            var organisation = ""
            var rowProblems: [Problem] = []
            for (i, column) in columns.enumerated() {
                guard let column else { continue }
                let raw = CSV.unguarded(i < row.fields.count ? row.fields[i] : "").trimmed
                let title = titles[i]
                func fail(_ kind: ProblemKind) { rowProblems.append(Problem(line: row.line, column: title, kind: kind)) }
                if Printable.hasControl(raw, inText: column != .name && column != .id) {
                    fail(.controlCharacter(field: title))
                    continue
                }
                var value = raw
                switch column {
                case .id:
                    id = raw.isEmpty ? nil : raw
                    continue
                case .name:
                    name = raw
                    if raw.isEmpty { fail(.missingField(title)) }
                case .organisation:
                    organisation = raw
                case .kind:
                    if raw.isEmpty {
                        value = Resource.Kind.basic.rawValue
                    } else if let kind = vocabulary.code(raw, in: vocabulary.kinds, aliases: StoreDecoder.resourceKindAliases) {
                        value = kind.rawValue
                    } else {
                        fail(.badValue(field: title, expected: .oneOf(Resource.Kind.allCases.map { vocabulary.word($0, in: vocabulary.kinds) })))
                    }
                case .route:
                    if raw.isEmpty { break }
                    if let route = vocabulary.code(raw, in: vocabulary.routes, aliases: StoreDecoder.resourceRouteAliases) {
                        value = route.rawValue
                    } else {
                        fail(.badValue(field: title, expected: .oneOf(Resource.Route.allCases.map { vocabulary.word($0, in: vocabulary.routes) })))
                    }
                case .domains:
                    var codes: [String] = []
                    for word in raw.split(whereSeparator: { ",;/|\n".contains($0) }) where !String(word).trimmed.isEmpty {
                        if let domain = vocabulary.code(String(word), in: vocabulary.domains) {
                            if !codes.contains(domain.rawValue) { codes.append(domain.rawValue) }
                        } else {
                            fail(.badValue(field: title, expected: .oneOf(LifeDomain.allCases.map { vocabulary.word($0, in: vocabulary.domains) })))
                        }
                    }
                    value = codes.joined(separator: "\n")
                case .minimumAge, .maximumAge, .waitWeeks:
                    if raw.isEmpty { break }
                    if let n = Int(raw), n >= 0, n <= (column == .waitWeeks ? 520 : 120) {
                        value = String(n)
                    } else {
                        fail(.badValue(field: title, expected: .integer))
                    }
                case .checked:
                    if raw.isEmpty { break }
                    if let day = Day(iso: raw) ?? Day(dutch: raw) {
                        if day > today { fail(.inFuture(field: title)) }
                        value = day.iso
                    } else {
                        fail(.badValue(field: title, expected: .date))
                    }
                case .audience, .address, .area, .contact, .phone, .email, .website, .hours, .costs, .capacityNotes,
                     .description, .category, .checkedBy:
                    break
                }
                fields.append((column.field, value))
            }
            if let ages = ages(fields), ages.0 > ages.1, let i = columns.firstIndex(of: .maximumAge) {
                rowProblems.append(Problem(line: row.line, column: titles[i], kind: .reversedRange(field: titles[i])))
            }
            let key = id ?? Folding.fold(name) + "\u{0}" + Folding.fold(organisation)
            if rowProblems.isEmpty, !name.isEmpty, let first = seen[key] {
                rowProblems.append(Problem(line: row.line, column: nil, kind: .duplicateRow(firstLine: first)))
            }
            if rowProblems.isEmpty {
                seen[key] = row.line
                rows.append(Row(line: row.line, id: id, name: name, organisation: organisation, fields: fields))
            }
            problems += rowProblems
        }
        return Read(columns: columns.compactMap { $0 }, rows: rows, problems: problems.sorted { $0.line < $1.line })
    }

    private static func ages(_ fields: [(name: String, value: String)]) -> (Int, Int)? {
        guard let from = fields.first(where: { $0.name == "MinimumAge" }).flatMap({ Int($0.value) }),
              let to = fields.first(where: { $0.name == "MaximumAge" }).flatMap({ Int($0.value) }) else { return nil }
        return (from, to)
    }

    /// The header and one row per resource, every column, codes as words; for `wijk resources export`.
    public static func rows(_ resources: [Resource], _ vocabulary: Vocabulary) -> [[String]] {
        let columns = Column.allCases
        return [columns.map { $0.headers[0] }] + resources.map { r in
            columns.map { column -> String in
                switch column {
                case .id: return r.id
                case .name: return r.name
                case .organisation: return r.organisation
                case .kind: return vocabulary.word(r.kind, in: vocabulary.kinds)
                case .category: return r.category
                case .domains: return r.domains.map { vocabulary.word($0, in: vocabulary.domains) }.joined(separator: ", ")
                case .minimumAge: return r.minimumAge.map(String.init) ?? ""
                case .maximumAge: return r.maximumAge.map(String.init) ?? ""
                case .audience: return r.audience
                case .address: return r.address
                case .area: return r.area
                case .contact: return r.contact
                case .phone: return r.phone
                case .email: return r.email
                case .website: return r.website
                case .hours: return r.hours
                case .costs: return r.costs
                case .route: return r.route.map { vocabulary.word($0, in: vocabulary.routes) } ?? ""
                case .waitWeeks: return r.waitWeeks.map(String.init) ?? ""
                case .capacityNotes: return r.capacityNotes
                case .description: return r.description
                case .checked: return r.checked?.iso ?? ""
                case .checkedBy: return r.checkedBy
                }
            }
        }
    }
}
