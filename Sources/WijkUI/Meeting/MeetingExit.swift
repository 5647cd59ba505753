import WijkDomain

/// Leaving the team meeting: the screen is projected, so Wijkdesk never goes straight back to the caseload.
/// Signing out is the default (`wijk meeting` ends where it began, at the sign-in screen); the chair may go on
/// working after their PIN, or close Wijkdesk; Esc stays in the meeting.
struct MeetingExit: Layer, KeyTarget {
    static let keyGroups: [BindingGroup<MeetingExit>] = [bindings]

    static let bindings = BindingGroup<MeetingExit>(.meetingExit, [
        Binding(.meetingLeaveSignOut, [.enter, .character("a")], .helpMeetingLeaveSignOut) { _, ws in
            ws.request(.close)
            ws.request(.signOut)
        },
        Binding(.meetingLeavePin, [.character("p")], .helpMeetingLeavePin) { _, ws in
            ws.request(.close)
            ws.leaveMeeting()
            ws.request(.lockAfterMeeting)
        },
        Binding(.meetingLeaveQuit, [.character("q")], .helpMeetingLeaveQuit) { _, ws in
            ws.request(.close)
            ws.request(.quit)
        },
        Binding(.meetingStay, [.escape, .character("n")], .helpMeetingStay) { _, ws in ws.request(.close) },
    ])

    /// Any other key does nothing: a stray key must not leave the meeting, nor stay in this question unseen.
    mutating func handle(_ key: Key, _ workspace: inout Workspace) {
        _ = runBinding(key, &workspace)
    }

    var keepsStatusHints: Bool { false }

    func draw(_ screen: inout Screen, _ workspace: Workspace, now: LocalTime) {
        let t = workspace.strings
        let frame = OverlayView.frame(for: screen.size)
        let width = min(frame.width - 8, 64)
        var lines = DisplayWidth.wrap(t(.meetingExitExplanation), width: width - 4).map { [Span($0, .dim)] }
        lines.append([])
        for binding in MeetingExit.bindings.bindings {
            let keys = workspace.keyMap.bindings.first { $0.context == .meetingExit && $0.command == binding.command }?.keys ?? []
            guard let key = keys.first else { continue }
            lines.append([Span(DisplayWidth.fit(key.label, to: 6), .key), Span(t(binding.help))])
        }
        let box = Rect(x: frame.x + (frame.width - width) / 2, y: frame.y + max(0, (frame.height - lines.count - 2) / 2),
                       width: width, height: min(frame.height, lines.count + 2))
        OverlayView.draw(&screen, frame: box, title: t(.meetingExitTitle), lines: lines, scroll: 0, hint: "")
        screen.cursor = (box.x + 2, box.y + 1)
    }
}

extension Workspace {
    /// Ends projector mode on purpose: the meeting's window closes (its minutes are saved at every step).
    mutating func leaveMeeting() {
        layers.removeAll { $0 is MeetingScreen }
        projector = nil
    }
}

extension KeyContext {
    /// The question when leaving the team meeting.
    static let meetingExit = KeyContext("meeting-exit", heading: .contextMeetingExit)
}

extension Command {
    static let meetingLeaveSignOut = Command("leave-sign-out")
    static let meetingLeavePin = Command("leave-with-pin")
    static let meetingLeaveQuit = Command("leave-quit")
    static let meetingStay = Command("stay")
}
