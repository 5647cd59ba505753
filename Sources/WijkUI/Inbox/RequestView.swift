import WijkDomain

/// The lines of one request: its fields, the question, the households it may be about, and its history.
enum RequestView {
    static func lines(_ request: HelpRequest, matches: [HouseholdMatcher.Match], _ workspace: Workspace, width: Int,
                      today: Day) -> [[Span]] {
        let t = workspace.strings
        let snapshot = workspace.snapshot
        let waiting = snapshot.info.norms.waiting(request, today: today)
        let requester = [request.requester, request.requesterOrganisation, request.requesterPhone, request.requesterEmail]
            .filter { !$0.isEmpty }.joined(separator: ", ")
        var status = t(.requestStatus(request.status))
        if let id = request.household, let dossier = workspace.dossier(id) { status += " · " + dossier.household.name }
        if let id = request.resource, let resource = snapshot.resources.first(where: { $0.id == id }) {
            status += " · " + resource.name
        }
        if !request.reason.isEmpty { status += " · " + request.reason }
        let fields: [(label: String, value: String)] = [
            (t(.columnReceived), request.received.dutch + (request.time.isEmpty ? "" : " " + request.time)
                + " · " + t(.channel(request.channel))),
            (t(.columnUrgency), t(.urgencyMark(request.urgency)) + " · " + t(.dueLabel, waiting.due.dutch)
                + " · " + Inbox.waitingText(waiting, t)),
            (t(.fieldRequester), requester.isEmpty ? t(.requesterSelf) : requester),
            (t(.detailAddress), request.address), (t(.detailPhone), request.phone), (t(.detailEmail), request.email),
            (t(.detailDomains), request.domains.map { t(.domain($0)) }.joined(separator: ", ")),
            (t(.fieldTakenBy), snapshot.worker(request.takenBy).map { $0.name + " (" + $0.initials + ")" } ?? request.takenBy),
            (t(.columnStatus), status),
        ]
        var lines = Detail(title: request.name, fields: fields.filter { !$0.value.isEmpty }, body: request.question)
            .lines(width: width)
        if request.status.isOpen {
            lines.append([])
            lines.append([Span(t(matches.isEmpty ? .noMatchesFound : .matchesHeading), .sectionHeader)])
            for match in matches.prefix(5) {
                guard let dossier = workspace.dossier(match.household) else { continue }
                lines += DisplayWidth.wrap(MatchScreen.describe(dossier, match, workspace), width: width - 2)
                    .map { [Span("  " + $0)] }
            }
        }
        if !request.events.isEmpty {
            lines.append([])
            lines.append([Span(t(.historyHeading), .sectionHeader)])
            for event in request.events.reversed() {
                let who = snapshot.worker(event.worker)?.initials ?? event.worker
                var text = event.date.dutch + " " + event.time + " " + who + " " + t(.requestStatus(event.status))
                if let regisseur = event.regisseur {
                    text += " · " + t(.regisseurLabel).lowercased() + " " + (snapshot.worker(regisseur)?.initials ?? regisseur)
                }
                if !event.note.isEmpty { text += " · " + event.note }
                lines += DisplayWidth.wrap(text, width: width - 2).map { [Span("  " + $0, .dim)] }
            }
        }
        return lines
    }
}
