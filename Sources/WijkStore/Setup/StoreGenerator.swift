import Foundation
import WijkDomain

/// Writes a city-sized fictional store for benchmarks: households with members, plans, budgets, journals and assessments.
///
/// Deterministic for a given seed, so figures can be compared between
/// runs. Every name and address is made up from short lists.
public struct StoreGenerator {
    public var households: Int
    public var journalPerHousehold: Int
    public var resources: Int
    public var workers: Int
    public var seed: UInt64
    /// The day the store is "now": journal entries and assessments lie before it.
    public var today: Day

    public init(households: Int = 10_000, journalPerHousehold: Int = 10, resources: Int = 500, workers: Int = 120,
                seed: UInt64 = 2026, today: Day = Day(year: 2026, month: 11, day: 23)!) {
        self.households = households
        self.journalPerHousehold = journalPerHousehold
        self.resources = resources
        self.workers = workers
        self.seed = seed
        self.today = today
    }

    /// Writes the store into the empty or missing folder `root`; returns the number of files written.
    @discardableResult
    public func write(to root: String) throws(FileError) -> Int {
        var random = SplitMix(seed: seed)
        var files = 0
        func file(_ path: String, _ sets: [RecordSet]) throws(FileError) {
            // Benchmark data: no fsync per file, or generating takes minutes.
            try FileSystem.createFile(root + "/" + path, bytes: Array(RecfileWriter.format(sets).utf8), durable: false)
            files += 1
        }
        func folder(_ path: String) throws(FileError) {
            if !FileSystem.exists(root + "/" + path) { try FileSystem.makeDirectory(root + "/" + path) }
        }
        try folder("")
        for sub in [StoreLayout.team, StoreLayout.resources, StoreLayout.requests, StoreLayout.households] {
            try folder(sub)
        }
        try file(StoreLayout.infoFile, [set("Store", [("Format", "1"), ("Team", "Sociaal team Generated City")])])

        let workerIds = (0..<workers).map { String(format: "w-g%03d", $0) }
        for (i, id) in workerIds.enumerated() {
            let name = pick(Self.firstNames, &random) + " " + pick(Self.surnames, &random)
            try file(StoreLayout.team + "/" + id + ".rec", [set("Worker", [
                ("Id", id), ("Name", name), ("Initials", "G" + String(i)), ("Role", i < 8 ? "coordinator" : "worker"),
                ("Capacity", "40"),
            ])])
        }
        for i in 0..<resources {
            let id = String(format: "r-%04d", i)
            let category = pick(Self.kinds, &random)
            let kind = i % 5 == 0 ? Resource.Kind.tailored : pick(Resource.Kind.allCases.filter(\.isLowThreshold), &random)
            try file(StoreLayout.resources + "/" + id + ".rec", [set("Resource", [
                ("Id", id), ("Name", category.capitalized + " " + pick(Self.streets, &random)), ("Kind", kind.rawValue),
                ("Category", category), ("Domain", pick(LifeDomain.allCases, &random).rawValue),
                ("Area", i % 3 == 0 ? "" : pick(Self.places, &random)), ("Phone", "050 " + digits(7, &random)),
                ("Hours", "ma–vr 9:00–17:00"), ("WaitWeeks", kind == .tailored ? String(random.next() % 10) : "0"),
                ("Checked", today.adding(days: -Int(random.next() % 500)).iso), ("CheckedBy", workerIds[i % workerIds.count]),
            ])])
        }
        for h in 0..<households {
            let id = String(format: "h-%05d", h)
            let dir = StoreLayout.households + "/" + id
            try folder(dir)
            let surname = pick(Self.surnames, &random)
            let regisseur = workerIds[h % workerIds.count]
            let start = today.adding(days: -Int(random.next() % 700) - 10)
            var householdFields: [(String, String)] = [
                ("Id", id), ("Name", surname), ("Street", pick(Self.streets, &random) + " " + String(1 + random.next() % 120)),
                ("Postcode", String(9700 + random.next() % 99) + " " + pick(["AB", "CD", "EF", "GH", "KL"], &random)),
                ("City", pick(Self.places, &random)), ("Regisseur", regisseur),
                ("Status", h % 20 == 0 ? "closed" : (h % 17 == 0 ? "registered" : "active")),
                ("Start", start.iso), ("Evaluation", today.adding(days: Int(random.next() % 240) - 40).iso),
            ]
            if h % 97 == 0 { householdFields.append(("Crisis", "yes")) }
            if h % 20 == 0 {
                // Closed with what the reports ask of a closing: the day, the reason, the client's score.
                householdFields += [("Closed", min(today, start.adding(days: 60 + Int(random.next() % 400))).iso),
                                    ("CloseReason", pick(Household.CloseReason.standard, &random).rawValue),
                                    ("SelfReliant", pick(["yes", "yes", "no"], &random)),
                                    ("Satisfaction", String(5 + random.next() % 6))]
            }
            var memberRecords: [Record] = []
            for m in 0..<(1 + Int(random.next() % 5)) {
                let born = today.adding(days: -Int(random.next() % 36_000))
                memberRecords.append(record([("Id", "m-\(m + 1)"), ("Name", pick(Self.firstNames, &random) + " " + surname),
                                             ("Born", born.iso), ("Relation", m == 0 ? "ouder" : "kind")]))
            }
            try file(dir + "/" + StoreLayout.householdFile, [
                RecordSet(descriptor: descriptor("Household"), records: [record(householdFields)]),
                RecordSet(descriptor: descriptor("Member"), records: memberRecords),
            ])
            try file(dir + "/" + StoreLayout.planFile, [
                RecordSet(descriptor: descriptor("Goal"), records: [
                    record([("Id", "g-1"), ("Domain", "Finances"), ("Text", "Financiën op orde"), ("Target", "4"),
                            ("Due", today.adding(days: 120).iso)]),
                ]),
                RecordSet(descriptor: descriptor("Action"), records: [
                    record([("Id", "a-1"), ("Goal", "g-1"), ("Text", "Aanmelden schuldhulp"), ("Who", "regisseur"),
                            ("Due", today.adding(days: Int(random.next() % 60) - 30).iso), ("Status", "open")]),
                ]),
            ])
            try file(dir + "/" + StoreLayout.budgetFile, [set("Budget", [("Amount", "2500.00")])])
            try folder(dir + "/" + StoreLayout.journal)
            for j in 0..<journalPerHousehold {
                let date = start.adding(days: j * 20 + Int(random.next() % 15))
                let stamp = Self.stamp(date, j, regisseur, &random)
                try file(dir + "/" + StoreLayout.journal + "/" + stamp + ".rec", [set("JournalEntry", [
                    ("Id", stamp), ("Date", min(date, today).iso), ("Type", pick(JournalEntry.Kind.allCases, &random).rawValue),
                    ("Minutes", "45"), ("Author", regisseur),
                    ("Text", "Contact met het huishouden over de voortgang van het plan.\nAfspraken gemaakt over de volgende stap."),
                ])])
            }
            try folder(dir + "/" + StoreLayout.expenses)
            let spentOn = min(today, start.adding(days: 30 + Int(random.next() % 200)))
            let expense = Expense(id: Self.stamp(spentOn, 0, regisseur, &random), date: spentOn,
                                  kind: h % 4 == 0 ? .commitment : .expense,
                                  amount: Money(cents: Int64(2_000 + random.next() % 300_000)), description: "Bijdrage",
                                  domain: pick(LifeDomain.allCases, &random), author: regisseur)
            try file(dir + "/" + StoreLayout.expenses + "/" + expense.id + ".rec",
                     [Schema.set("Expense", [StoreEncoder.expense(expense)])])
            if h % 3 == 0 {
                try folder(dir + "/" + StoreLayout.referrals)
                let referred = min(today, start.adding(days: 14 + Int(random.next() % 100)))
                let stamp = Self.stamp(referred, 1, regisseur, &random)
                let status: Referral.Status = pick([.proposed, .started, .completed, .completed, .rejected, .stopped],
                                                   &random)
                let referral = Referral(id: stamp, household: id, date: referred, worker: regisseur,
                                        resource: String(format: "r-%04d", Int(random.next() % UInt64(max(1, resources)))),
                                        status: status, outcome: status.isOpen ? "" : "Afgerond")
                try file(dir + "/" + StoreLayout.referrals + "/" + stamp + ".rec", StoreEncoder.referralFile(referral))
            }
            try folder(dir + "/" + StoreLayout.assessments)
            for a in 0..<2 {
                let stamp = Self.stamp(start.adding(days: a * 180), a, regisseur, &random)
                var fields: [(String, String)] = [("Id", stamp), ("Date", min(start.adding(days: a * 180), today).iso),
                                                  ("Assessor", regisseur)]
                for domain in LifeDomain.allCases { fields.append((domain.rawValue, String(1 + random.next() % 5))) }
                try file(dir + "/" + StoreLayout.assessments + "/" + stamp + ".rec", [set("Assessment", fields)])
            }
        }
        return files
    }

    private static func stamp(_ day: Day, _ n: Int, _ worker: String, _ random: inout SplitMix) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
        let tail = String((0..<4).map { _ in alphabet[Int(random.next() % 32)] })
        let hour = 8 + n % 9
        return day.iso.replacingOccurrences(of: "-", with: "") + "T" + (hour < 10 ? "0" : "") + String(hour)
            + "0000Z-" + worker.dropFirst(2) + "-ws1-" + tail
    }

    private func descriptor(_ type: String) -> Record { Record(fields: [Field(name: "%rec", value: type)]) }

    private func record(_ fields: [(String, String)]) -> Record {
        Record(fields: fields.map { Field(name: $0.0, value: $0.1) })
    }

    private func set(_ type: String, _ fields: [(String, String)]) -> RecordSet {
        RecordSet(descriptor: descriptor(type), records: [record(fields)])
    }

    private func pick<T>(_ items: [T], _ random: inout SplitMix) -> T { items[Int(random.next() % UInt64(items.count))] }

    private func digits(_ n: Int, _ random: inout SplitMix) -> String {
        String((0..<n).map { _ in Character(String(random.next() % 10)) })
    }

    static let firstNames = ["Anouk", "Sem", "Fatima", "Mehmet", "Grietje", "Jan", "Lieke", "Noah", "Emma", "Aylin",
                             "Mohamed", "Sanne", "Daan", "Zoë", "Chloë", "Joëlle", "Ilse", "Piotr", "Agnieszka", "Thanh",
                             "Wei", "芳", "Ahmad", "Nour", "Kofi", "Ama", "Stijn", "Marieke", "Gül", "Şükrü"]
    static let surnames = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Dijkstra",
                           "Yılmaz", "Kaya", "El Amrani", "Bouzid", "Nowak", "Kowalski", "Nguyễn", "Trần", "王", "Mensah",
                           "Doornbos", "Huizinga", "Wiersma", "Kuipers", "van der Veen", "Ter Horst", "Öztürk", "Brouwer"]
    static let streets = ["Stationsweg", "Kerkstraat", "Molenweg", "Dorpsstraat", "Wierde", "Koningin Julianastraat",
                          "Oude Boerenweg", "Thesingerweg", "Rijksweg", "Eemsweg", "Hoofdstraat", "Schoolstraat"]
    static let places = ["Ten Boer", "Thesinge", "Garmerwolde", "Woltersum", "Ten Post", "Groningen", "Haren"]
    static let kinds = ["buurthuis", "voedselbank", "schuldhulp", "mantelzorg", "jeugd", "inloophuis", "buddy",
                        "werk", "taal", "sport", "ggz", "verslaving"]
}

/// SplitMix64: a small, fast, seedable random generator.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
