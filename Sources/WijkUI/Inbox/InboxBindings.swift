import WijkDomain

/// The inbox's keys: open a request, enter a new one, all or only the open ones, the norms.
extension InboxScreen {
    static let bindings = BindingGroup<InboxScreen>(.inbox, [
        ListBindings.open(help: .helpOpenRequest),
        ListBindings.filter(help: .helpFilterInbox),
        Binding(.newRequest, [.character("n")], .helpNewRequest) { _, ws in ws.present(RequestForm.new(ws)) },
        Binding(.allRequests, [.character("v")], .helpAllRequests) { inbox, ws in
            inbox.all.toggle()
            inbox.list = ListState()
        },
        Binding(.norms, [.character("N")], .helpNorms) { _, ws in NormsForm.open(&ws) },
    ])

    /// The keys the window's bottom line names.
    static let hints: [(Command, Text)] = [(.open, .hintOpen), (.newRequest, .hintNewRequest), (.allRequests, .hintAll),
                                           (.filter, .hintFilter), (.close, .hintClose)]
}

extension KeyContext {
    /// In the inbox of requests for help.
    static let inbox = KeyContext("inbox", heading: .contextInbox)
}

extension Command {
    static let inbox = Command("inbox")
    static let newRequest = Command("new-request")
    static let allRequests = Command("all-requests")
    static let norms = Command("norms")
}
