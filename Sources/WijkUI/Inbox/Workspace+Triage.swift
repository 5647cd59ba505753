import WijkDomain
import WijkStore

extension StoreChanges {
    /// Whether requests, households or the team were read again: what triage windows work out from.
    var touchesTriage: Bool { everything || requests || !households.isEmpty }
}

/// The steps of triage, each a change of the request's file with a step in its history, and what goes with it.
extension Workspace {
    static func requestPath(_ id: String) -> String {
        StoreLayout.requests + "/" + id + StoreLayout.recordExtension
    }

    /// The request as the store has it now.
    func request(_ id: String) -> HelpRequest? { snapshot.requests.first { $0.id == id } }

    /// The households request `id` may be about, strongest first. Windows keep what this gives and work it out
    /// again only when the store changes: it compares the request with every household.
    func householdMatches(for id: String) -> [HouseholdMatcher.Match] {
        request(id).map { HouseholdMatcher.matches(for: $0, in: snapshot.dossiers) } ?? []
    }

    /// Whether the signed-in worker triages (coordinators); others look. Says so when not.
    mutating func mayTriage() -> Bool {
        if viewer?.may(.triage) == true { return true }
        notice = strings(.notAllowed)
        return false
    }

    /// The request's file with its status and fields set and one step added to its history; nil (with a
    /// notice) when the file cannot be read.
    mutating func triageStep(_ id: String, to status: HelpRequest.Status, fields: [(String, String?)] = [],
                             regisseur: String? = nil, note: String = "") -> Change? {
        let path = Workspace.requestPath(id)
        guard let worker = viewer, let base = readForChange(path) else { return nil }
        let event = HelpRequest.Event(id: newStamp(), date: now.day, time: now.clock, worker: worker.id, status: status,
                                      regisseur: regisseur, note: note)
        let sets = base.sets.updating("HelpRequest") { $0.setting([("Status", status.rawValue)] + fields) }
            .upserting("Triage", id: event.id) { _ in StoreEncoder.triageEvent(event) }
        return .triage(path, base: base, sets)
    }

    /// Writes one triage step (and what goes with it); back to the inbox when done, saying what became of the
    /// request (`done`, or its new status). True when done.
    @discardableResult
    mutating func triage(_ id: String, to status: HelpRequest.Status, fields: [(String, String?)] = [],
                         regisseur: String? = nil, note: String = "", with more: [Change] = [],
                         done: String? = nil) -> Bool {
        guard let step = triageStep(id, to: status, fields: fields, regisseur: regisseur, note: note) else { return false }
        var submission = Submission([step] + more)
        submission.label = strings(.triageUndoLabel, request(id)?.name ?? id)
        guard submit(submission) else { return false }
        returnToInbox()
        notice = done ?? strings(.requestNowStatus, strings(.requestStatus(status)))
        return true
    }

    /// Links request `id` to household `household`: its regisseur takes the request on, and the question goes
    /// into the household's journal; a closed household is reopened with it.
    @discardableResult
    mutating func link(_ id: String, to household: Dossier) -> Bool {
        guard let request = request(id), let worker = viewer else { return false }
        var more: [Change] = []
        if household.household.status == .closed {
            let path = Workspace.householdPath(household.id)
            guard let base = readForChange(path) else { return false }
            more.append(.update(path, base: base, base.sets.updating("Household") {
                $0.setting([("Status", Household.Status.active.rawValue), ("Closed", nil), ("CloseReason", nil), ("SelfReliant", nil)])
            }, undoable: false, journalNote: strings(.journalReopened)))
        }
        more.append(journalEntry(for: request, household: household.id, author: worker.id))
        return triage(id, to: .linked, fields: [("Household", household.id)], regisseur: household.household.regisseur,
                      note: strings(.linkedNote, household.household.name), with: more,
                      done: strings(.linkedNote, household.household.name))
    }

    /// The journal entry a request brings into a household: when and how it came, who asked, the question.
    func journalEntry(for request: HelpRequest, household: String, author: String) -> Change {
        let stamp = newStamp()
        let who = request.requester.isEmpty ? "" : " (" + ([request.requester, request.requesterOrganisation]
            .filter { !$0.isEmpty }.joined(separator: ", ")) + ")"
        var text = strings(.journalRequest, request.received.dutch, strings(.channel(request.channel)) + who) + "\n"
            + request.question
        if !request.domains.isEmpty {
            text += "\n" + strings(.detailDomains) + ": " + request.domains.map { strings(.domain($0)) }.joined(separator: ", ")
        }
        let entry = JournalEntry(id: stamp, date: now.day, kind: .note, author: author, text: text)
        return .entry(household: household, folder: StoreLayout.journal, stamp: stamp,
                      Schema.set("JournalEntry", [StoreEncoder.journalEntry(entry)]), undo: nil)
    }

    /// Closes the request's windows over the inbox, once a step is done.
    mutating func returnToInbox() {
        layers.removeAll { $0 is RequestScreen || $0 is MatchScreen || $0 is AssignScreen }
    }
}
