import WijkDomain
/// One line of the household plan: text on the left, an optional right-aligned part, and what Enter opens.
public struct PlanRow: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case heading, sectionHeader, blank, item
    }

    /// What a row stands for, so keys like `e` know what to edit.
    public enum Ref: Sendable, Equatable {
        case household, member(String), assessment, goal(String), action(String), referral(String), journal(String),
             budget
    }

    public var kind: Kind
    public var ref: Ref?
    public var left: [Span]
    public var right: [Span]
    /// Index of the section the row belongs to, so a filter can keep headings of matching rows.
    public var section: Int
    /// What Enter opens on this row, worked out when asked: a frame shows the rows of every household the
    /// selection passes, and none of their details.
    public var detail: Detail? { makeDetail() }
    private let makeDetail: @Sendable () -> Detail?
    /// The row's text folded for the plan's filter; worked out when a filter asks, not for every row drawn.
    public var searchKey: String {
        kind == .item || kind == .heading ? Folding.fold((left + right).map(\.text).joined(separator: " ")) : ""
    }
    /// Extra indentation in columns (actions under their goal, corrections under their entry).
    public var indent: Int

    public init(kind: Kind, left: [Span] = [], right: [Span] = [], section: Int = 0,
                detail: @autoclosure @escaping @Sendable () -> Detail? = nil, indent: Int = 0, ref: Ref? = nil) {
        self.kind = kind
        self.ref = ref
        self.left = left
        self.right = right
        self.section = section
        makeDetail = detail
        self.indent = indent
    }

    /// Rows are the same when they read the same and stand for the same thing; the detail follows from that.
    public static func == (a: PlanRow, b: PlanRow) -> Bool {
        a.kind == b.kind && a.ref == b.ref && a.left == b.left && a.right == b.right && a.section == b.section
            && a.indent == b.indent
    }

    public var isSelectable: Bool { kind == .item || kind == .heading }
}
