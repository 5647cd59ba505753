import WijkDomain
import WijkStore

/// One request for help in full — who asks, what, since when, what was done — and the steps of triage.
struct RequestScreen: ReadingWindow {
    var request: String
    var scroll = 0
    /// The households it may be about, worked out when the window opens and when the store changes.
    var matches: [HouseholdMatcher.Match]

    init(request: String, _ workspace: Workspace) {
        self.request = request
        matches = workspace.householdMatches(for: request)
    }

    mutating func catchUp(_ changes: StoreChanges, _ workspace: Workspace) {
        if changes.touchesTriage { matches = workspace.householdMatches(for: request) }
    }

    static let keyGroups: [BindingGroup<RequestScreen>] = [bindings, OverlayBindings.group(), ListBindings.group()]

    static let bindings = BindingGroup<RequestScreen>(.request, [
        Binding(.linkRequest, [.character("k")], .helpLinkRequest) { screen, ws in
            guard let request = screen.open(&ws) else { return }
            ws.present(MatchScreen(request: request.id, matches: screen.matches))
        },
        Binding(.householdFromRequest, [.character("h")], .helpHouseholdFromRequest) { screen, ws in
            guard let request = screen.open(&ws) else { return }
            ws.present(AssignScreen(request: request.id, ws))
        },
        Binding(.referRequest, [.character("d")], .helpReferRequest) { screen, ws in
            guard let request = screen.open(&ws) else { return }
            ws.present(TriageForms.refer(request, resources: ws.snapshot.resources, ws.strings))
        },
        Binding(.notForTeam, [.character("x")], .helpNotForTeam) { screen, ws in
            guard let request = screen.open(&ws) else { return }
            ws.present(TriageForms.notForTeam(request, ws.strings))
        },
        Binding(.withdrawRequest, [.character("i")], .helpWithdrawRequest) { screen, ws in
            guard let request = screen.open(&ws) else { return }
            ws.present(Question(text: ws.strings(.confirmWithdraw, request.name)) { ws in
                ws.triage(request.id, to: .withdrawn)
            })
        },
        Binding(.takeOn, [.character("b")], .helpTakeOn) { screen, ws in
            guard let request = screen.open(&ws), request.status == .new else { return }
            if ws.triage(request.id, to: .inProgress) { ws.request(.close) }
        },
    ])

    /// The request when it is still open and the worker may triage it; otherwise nil, with a notice.
    private func open(_ workspace: inout Workspace) -> HelpRequest? {
        guard workspace.mayTriage(), let found = workspace.request(request) else { return nil }
        guard found.status.isOpen else {
            workspace.notice = workspace.strings(.requestAnswered)
            return nil
        }
        return found
    }

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        let frame = OverlayView.frame(for: screen.size)
        guard let request = workspace.request(request) else {
            OverlayView.draw(&screen, frame: frame, title: workspace.strings(.inboxTitle),
                             lines: [[Span(workspace.strings(.requestGone), .dim)]], scroll: 0,
                             hint: Self.closeHint(workspace))
            return
        }
        let lines = RequestView.lines(request, matches: matches, workspace, width: frame.width - 4, today: now.day)
        let hint = workspace.viewer?.may(.triage) == true && request.status.isOpen
            ? StatusBar.hintText(RequestScreen.hints, workspace, context: .request, width: frame.width - 6)
            : Self.scrollHint(workspace)
        OverlayView.draw(&screen, frame: frame, title: request.name, lines: lines, scroll: scroll, hint: hint)
    }

    static let hints: [(Command, Text)] = [(.linkRequest, .hintLink), (.householdFromRequest, .hintHouseholdFromRequest),
                                           (.referRequest, .hintRefer), (.notForTeam, .hintNotForTeam),
                                           (.close, .hintClose)]
}

extension KeyContext {
    /// In one request for help.
    static let request = KeyContext("request", heading: .contextRequest)
}

extension Command {
    static let linkRequest = Command("link-request")
    static let householdFromRequest = Command("household-from-request")
    static let referRequest = Command("refer-request")
    static let notForTeam = Command("not-for-team")
    static let withdrawRequest = Command("withdraw-request")
    static let takeOn = Command("take-on")
}
