/// A window drawn over the panes; it takes the keys until it is closed.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case detail(Detail, scroll: Int)
    case problems(scroll: Int)
    /// The team screen, with the selected worker.
    case team(selected: Int)
    /// The audit trail, newest first.
    case audit(scroll: Int)
    /// A yes/no question before something that cannot simply be taken back.
    case confirm(Confirmation)

    /// What a confirmation is about.
    public enum Confirmation: Sendable, Equatable {
        case removeMember(household: String, member: String, name: String)
        case reopen(household: String)
    }

    var scroll: Int {
        switch self {
        case .help(let s), .detail(_, let s), .problems(let s), .team(let s), .audit(let s): return s
        case .confirm: return 0
        }
    }

    func scrolled(to scroll: Int) -> Overlay {
        switch self {
        case .help: return .help(scroll: scroll)
        case .detail(let d, _): return .detail(d, scroll: scroll)
        case .problems: return .problems(scroll: scroll)
        case .team: return .team(selected: scroll)
        case .audit: return .audit(scroll: scroll)
        case .confirm: return self
        }
    }
}
