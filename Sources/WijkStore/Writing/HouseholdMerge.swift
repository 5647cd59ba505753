import WijkDomain

/// Two households that turn out to be one, made one: everything of `other` goes to `keep`, in one
/// `StoreTransaction`.
///
/// Members are matched by BSN, or by name and date of birth, and otherwise added (with a new id where
/// `keep` uses theirs); goals and actions are added to `keep`'s plan with new ids; journal entries,
/// assessments, expenses and referrals move under their own names, their references to members and goals
/// following; a budget moves when `keep` has none; requests linked to `other` are linked to `keep`. Nothing
/// is deleted: `other`'s household file stays, closed with reason `merged` and a pointer (`MergedInto`),
/// its members as they were, and both journals say what happened.
public struct HouseholdMerge: Sendable, Equatable {
    /// A file that moved from one household's folder to the other's (relative to the store).
    public struct Move: Sendable, Equatable {
        public var from: String
        public var to: String
    }

    public var keep: String
    public var other: String
    /// What the transaction writes and removes.
    public var steps: [StoreTransaction.Step]
    /// Each file that moved, from where to where (relative to the store), for the audit trail.
    public var moved: [Move]
    /// The requests now linked to `keep`.
    public var requests: [String]
    /// The journal notes the merge wrote, one in each household (relative paths).
    public var notes: [String] = []

    /// Why a merge cannot be made.
    public enum Refusal: Error, Sendable, Equatable {
        case sameHousehold
        case missing(String)
        case alreadyMerged(String)
        /// A file of either household could not be read (or parsed): named, nothing done.
        case unreadable(StoreWriteError)
        /// A file of `other` has a name `keep` already uses.
        case nameTaken(String)
        /// The household to keep is closed: it is reopened first, so an open case is not closed by a merge.
        case keepClosed(String)
    }

    /// The journal texts, in the language of whoever merges: in `keep`'s and in `other`'s journal.
    public struct Notes: Sendable {
        public var keep: String
        public var other: String

        public init(keep: String, other: String) {
            self.keep = keep
            self.other = other
        }
    }

    /// Works out the merge from the files as they are now; nothing is written.
    /// `requests`: ids of the requests linked to `other` (the snapshot knows them).
    public static func prepare(root: String, keep: String, other: String, worker: String, today: Day,
                               stamps: [String], notes: Notes, requests: [String]) throws(Refusal) -> HouseholdMerge {
        guard keep != other else { throw .sameHousehold }
        let reader = StoreWriter(root: root, workstation: "")
        func read(_ path: String) throws(Refusal) -> FileVersion? {
            do { return try reader.read(path) } catch { throw .unreadable(error) }
        }
        let keepFolder = StoreLayout.households + "/" + keep
        let otherFolder = StoreLayout.households + "/" + other
        guard let keepFile = try read(keepFolder + "/" + StoreLayout.householdFile) else { throw .missing(keep) }
        guard let otherFile = try read(otherFolder + "/" + StoreLayout.householdFile) else { throw .missing(other) }
        for (id, file) in [(keep, keepFile), (other, otherFile)] where household(in: file)?["MergedInto"]?.isEmpty == false {
            throw .alreadyMerged(id)
        }
        if household(in: keepFile)?["Status"]?.trimmed == Household.Status.closed.rawValue { throw .keepClosed(keep) }
        var merge = HouseholdMerge(keep: keep, other: other, steps: [], moved: [], requests: [])

        // Members: the same person once; ids `keep` uses already are given another.
        var keepSets = keepFile.sets
        let keepMembers = records("Member", in: keepSets)
        var ids = Set(keepMembers.compactMap(\.id))
        var memberIds: [String: String] = [:]
        for member in records("Member", in: otherFile.sets) {
            guard let id = member.id else { continue }
            if let same = keepMembers.first(where: { isSamePerson($0, member) }), let sameId = same.id {
                memberIds[id] = sameId
                keepSets = keepSets.upserting("Member", id: sameId) { kept in
                    // What only `other` knew of the person is added; what `keep` says stays.
                    member.fields.filter { $0.name != "Id" && (kept[$0.name] ?? "").isEmpty }
                        .reduce(kept) { $0.setting($1.name, to: $1.value) }
                }
            } else {
                let newId = ids.contains(id) ? next("m-", after: ids) : id
                ids.insert(newId)
                memberIds[id] = newId
                keepSets = keepSets.upserting("Member", id: newId) { _ in member.setting("Id", to: newId) }
            }
        }
        // A question for the team meeting goes along when `keep` has none.
        let otherHousehold = household(in: otherFile) ?? Record(fields: [])
        let question = ["Discuss", "DiscussBy", "DiscussSince"].map { ($0, otherHousehold[$0]) }
        if (household(in: keepFile)?["Discuss"] ?? "").isEmpty, !(otherHousehold["Discuss"] ?? "").isEmpty {
            keepSets = keepSets.updating("Household") { $0.setting(question) }
        }
        // How to reach them: what only `other` has goes along.
        for field in ["Phone", "Email", "PreferredContact"] where (household(in: keepFile)?[field] ?? "").trimmed.isEmpty {
            if let value = otherHousehold[field]?.trimmed, !value.isEmpty {
                keepSets = keepSets.updating("Household") { $0.setting(field, to: value) }
            }
        }
        // What was shielded stays shielded, and a crisis stays in sight: the one kept takes the stricter of both.
        if otherHousehold["Confidentiality"]?.trimmed == Household.Confidentiality.restricted.rawValue {
            keepSets = keepSets.updating("Household") { $0.setting("Confidentiality", to: Household.Confidentiality.restricted.rawValue) }
        }
        if otherHousehold["Crisis"]?.trimmed == "yes", otherHousehold["Status"]?.trimmed != Household.Status.closed.rawValue {
            keepSets = keepSets.updating("Household") { $0.setting("Crisis", to: "yes") }
        }
        merge.steps.append(.write(path: keepFolder + "/" + StoreLayout.householdFile,
                                  bytes: FileVersion.encode(keepSets, from: [keepFile], saved: nil), base: keepFile))
        // The closed one points at the one kept: shielded when that is, or what it says would tell who is.
        let shielded = [keepFile, otherFile].contains {
            household(in: $0)?["Confidentiality"]?.trimmed == Household.Confidentiality.restricted.rawValue
        }
        let otherSets = otherFile.sets.updating("Household") {
            $0.setting([("Status", Household.Status.closed.rawValue), ("Closed", today.iso),
                        ("Confidentiality", shielded ? Household.Confidentiality.restricted.rawValue : $0["Confidentiality"]),
                        ("CloseReason", Household.CloseReason.merged.rawValue), ("MergedInto", keep),
                        ("Discuss", nil), ("DiscussBy", nil), ("DiscussSince", nil)])
        }
        merge.steps.append(.write(path: otherFolder + "/" + StoreLayout.householdFile,
                                  bytes: FileVersion.encode(otherSets, from: [otherFile], saved: nil), base: otherFile))

        // The plan: `other`'s goals and actions after `keep`'s, numbered on.
        var goalIds: [String: String] = [:]
        let planPath = "/" + StoreLayout.planFile
        if let otherPlan = try read(otherFolder + planPath) {
            let keepPlan = try read(keepFolder + planPath)
            var sets = keepPlan?.sets ?? []
            var goals = Set(records("Goal", in: sets).compactMap(\.id))
            for goal in records("Goal", in: otherPlan.sets) {
                guard let id = goal.id else { continue }
                let newId = next("g-", after: goals)
                goals.insert(newId)
                goalIds[id] = newId
                sets = sets.appending(goal.setting("Id", to: newId), as: "Goal", like: otherPlan.sets)
            }
            var actions = Set(records("Action", in: sets).compactMap(\.id))
            for action in records("Action", in: otherPlan.sets) {
                let newId = next("a-", after: actions)
                actions.insert(newId)
                sets = sets.appending(following(action.setting("Id", to: newId), goals: goalIds, members: memberIds),
                                      as: "Action", like: otherPlan.sets)
            }
            merge.steps.append(.write(path: keepFolder + planPath, bytes: FileVersion.encode(sets, from: [keepPlan].compactMap { $0 }, saved: nil),
                                      base: keepPlan))
            merge.steps.append(.remove(path: otherFolder + planPath, base: otherPlan))
            merge.moved.append(Move(from: otherFolder + planPath, to: keepFolder + planPath))
        }
        // A budget is for one period: it moves only to a household without one.
        let budgetPath = "/" + StoreLayout.budgetFile
        if let budget = try read(otherFolder + budgetPath), try read(keepFolder + budgetPath) == nil {
            merge.steps.append(.write(path: keepFolder + budgetPath, bytes: budget.bytes, base: nil))
            merge.steps.append(.remove(path: otherFolder + budgetPath, base: budget))
            merge.moved.append(Move(from: otherFolder + budgetPath, to: keepFolder + budgetPath))
        }

        // Entries move under their own names, which no other workstation could have made.
        for folder in StoreLayout.householdFolders {
            let names = (FileSystem.list(root + "/" + otherFolder + "/" + folder) ?? [])
                .filter { !StoreLayout.isIgnored($0) && !StoreLayout.isConflictCopy($0) }.sorted()
            for name in names {
                let from = otherFolder + "/" + folder + "/" + name
                let to = keepFolder + "/" + folder + "/" + name
                guard let file = try read(from) else { continue }
                if try read(to) != nil { throw .nameTaken(to) }
                let sets = file.sets.map { set in
                    var set = set
                    set.records = set.records.map { following($0, goals: goalIds, members: memberIds) }
                    return set
                }
                let bytes = sets == file.sets ? file.bytes : FileVersion.encode(sets, parent: file.parent)
                merge.steps.append(.write(path: to, bytes: bytes, base: nil))
                merge.steps.append(.remove(path: from, base: file))
                merge.moved.append(Move(from: from, to: to))
            }
        }

        // Requests about `other` are about `keep` now.
        for id in requests {
            let path = StoreLayout.requests + "/" + id + StoreLayout.recordExtension
            guard let file = try read(path) else { continue }
            let sets = file.sets.updating("HelpRequest") { $0.setting("Household", to: keep) }
            merge.steps.append(.write(path: path, bytes: FileVersion.encode(sets, from: [file], saved: nil), base: file))
            merge.requests.append(id)
        }

        // Both journals say what happened, `other`'s for whoever opens it later.
        for (household, text, stamp) in [(keep, notes.keep, stamps[0]), (other, notes.other, stamps[1])] {
            let entry = JournalEntry(id: stamp, date: today, kind: .note, author: worker, text: text)
            let path = StoreLayout.households + "/" + household + "/" + StoreLayout.journal + "/" + stamp
                + StoreLayout.recordExtension
            merge.notes.append(path)
            merge.steps.append(.write(path: path, bytes: FileVersion.encode([Schema.set("JournalEntry",
                                                                                         [StoreEncoder.journalEntry(entry)])],
                                                                             parent: nil), base: nil))
        }
        return merge
    }

    /// Carries out the merge, all or none, then records it in the audit trail: both households changed, each
    /// file moved (from where to where, by id and file name) and each request linked anew. Throws when the
    /// merge did not happen; false when it did but the trail could not be written.
    @discardableResult
    public func commit(root: String, workstation: String, worker: String, at time: Timestamp) throws(StoreWriteError) -> Bool {
        try StoreTransaction(root: root).commit(steps)
        return (try? audit(root: root, workstation: workstation, worker: worker, at: time, moved: moved)) != nil
    }

    /// Puts back everything as it was before the merge (`u` right after it), all or none: a file changed
    /// since stops it whole. Audited as the merge was, each file moved back.
    /// The journal keeps its notes of the merge: each is withdrawn by a correction (`stamps`, one per note,
    /// saying `withdrawn`), as every undone journal entry is.
    @discardableResult
    public func undo(root: String, workstation: String, worker: String, at time: Timestamp, today: Day,
                     stamps: [String], withdrawn: String) throws(StoreWriteError) -> Bool {
        let kept = steps.filter { !notes.contains($0.path) }
        let corrections = zip(notes, stamps).map { path, stamp -> StoreTransaction.Step in
            let folder = path.split(separator: "/").dropLast().joined(separator: "/")
            let note = String(path.split(separator: "/").last ?? "").replacingOccurrences(of: StoreLayout.recordExtension, with: "")
            let entry = JournalEntry(id: stamp, date: today, kind: .note, author: worker, corrects: note, text: withdrawn)
            return .write(path: folder + "/" + stamp + StoreLayout.recordExtension,
                          bytes: FileVersion.encode([Schema.set("JournalEntry", [StoreEncoder.journalEntry(entry)])], parent: nil),
                          base: nil)
        }
        try StoreTransaction(root: root).commit(Self.undoing(kept) + corrections)
        return (try? audit(root: root, workstation: workstation, worker: worker, at: time,
                           moved: moved.reversed().map { Move(from: $0.to, to: $0.from) })) != nil
    }

    /// Every file the merge writes or removes, for reading them again.
    public var paths: Set<String> { Set(steps.map(\.path)) }

    /// The audit records of a merge, or of its undoing (`moved` the other way).
    func audit(root: String, workstation: String, worker: String, at time: Timestamp,
               moved: [Move]) throws(StoreWriteError) {
        let log = AuditLog(root: root, workstation: workstation)
        func event(_ action: AuditEvent.Action, _ object: String) -> AuditEvent {
            AuditEvent(time: time, worker: worker, workstation: workstation, action: action, object: object)
        }
        let prefix = StoreLayout.households + "/"
        func short(_ path: String) -> String { path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path }
        var events = [event(.change, keep), event(.change, other)]
        events += moved.map { event(.move, short($0.from) + " → " + short($0.to)) }
        events += requests.map { event(.change, $0) }
        for e in events { try log.append(e) }
    }

    /// The steps that put everything back as it was before `steps` were carried out: what was written is
    /// read as written, so a file changed since stops the undo whole.
    public static func undoing(_ steps: [StoreTransaction.Step]) -> [StoreTransaction.Step] {
        steps.reversed().compactMap { step in
            switch step {
            case .write(let path, let bytes, let base):
                guard let written = try? FileVersion(bytes: bytes) else { return nil }
                if let base { return .write(path: path, bytes: base.bytes, base: written) }
                return .remove(path: path, base: written)
            case .remove(let path, let base):
                return .write(path: path, bytes: base.bytes, base: nil)
            }
        }
    }

    // MARK: records

    static func household(in file: FileVersion) -> Record? { records("Household", in: file.sets).first }

    static func records(_ type: String, in sets: [RecordSet]) -> [Record] {
        sets.filter { $0.type == type }.flatMap(\.records)
    }

    /// Two member records of one person: the same BSN, or the same date of birth and a name spelt the same or
    /// sounding the same word for word (Rania Al-Hassan, Rania Al Hasan), so twins Tim and Tom stay two.
    static func isSamePerson(_ a: Record, _ b: Record) -> Bool {
        let bsn = (a["BSN"] ?? "").trimmed, otherBSN = (b["BSN"] ?? "").trimmed
        if !bsn.isEmpty && !otherBSN.isEmpty { return bsn == otherBSN }
        let born = (a["Born"] ?? "").trimmed
        guard !born.isEmpty && born == (b["Born"] ?? "").trimmed else { return false }
        func words(_ record: Record) -> [String] {
            Folding.fold(record["Name"] ?? "").split { !$0.isLetter }.map(String.init).filter { !DutchName.isParticle($0) }
        }
        let (mine, theirs) = (words(a), words(b))
        let (shorter, longer) = mine.count <= theirs.count ? (mine, theirs) : (theirs, mine)
        return !shorter.isEmpty && shorter.allSatisfy { word in longer.contains { HouseholdMatcher.isSameName(word, $0) } }
    }

    /// `prefix` with the number after the highest one in `ids`: `g-4` after `g-1`…`g-3`.
    static func next(_ prefix: String, after ids: Set<String>) -> String {
        let highest = ids.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }.max() ?? 0
        return prefix + String(highest + 1)
    }

    /// `record` with its references to `other`'s goals and members made `keep`'s.
    static func following(_ record: Record, goals: [String: String], members: [String: String]) -> Record {
        var record = record
        for i in record.fields.indices {
            let value = record.fields[i].value.trimmed
            switch record.fields[i].name {
            case "Goal": if let id = goals[value] { record.fields[i].value = id }
            case "Member", "Subject": if let id = members[value] { record.fields[i].value = id }
            case "Who":
                if value.hasPrefix("member:"), let id = members[String(value.dropFirst(7))] {
                    record.fields[i].value = "member:" + id
                }
            default: break
            }
        }
        return record
    }
}

extension Array where Element == RecordSet {
    /// These sets with `record` added to the set of `type`, which is made with `like`'s descriptor when
    /// missing.
    fileprivate func appending(_ record: Record, as type: String, like source: [RecordSet]) -> [RecordSet] {
        var sets = self
        if let i = sets.firstIndex(where: { $0.type == type }) {
            sets[i].records.append(record)
        } else {
            sets.append(RecordSet(descriptor: source.first { $0.type == type }?.descriptor, records: [record]))
        }
        return sets
    }
}
