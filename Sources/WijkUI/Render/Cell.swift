import Foundation

/// One terminal cell: a character and its style.
///
/// A double-width character sits in its first cell; the cell to its right
/// is a continuation that terminals must not draw over.
///
/// Plain data (no reference inside), so filling a 200×60 screen is storing numbers: the character is kept
/// as its one Unicode scalar, or, for a character of several (an accent written apart, an emoji sequence),
/// as its number in a table of such characters shared by every screen.
public struct Cell: Sendable, Equatable {
    /// The scalar, or `clusterBit` and the character's number in `Cell.clusters`.
    private var code: UInt32
    public var style: Style
    public var isContinuation: Bool

    private static let clusterBit: UInt32 = 0x8000_0000

    public init(_ character: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
        self.init(code: Self.code(of: character), style: style, isContinuation: isContinuation)
    }

    /// A cell of a character that is one scalar, made without building a `Character`.
    init(_ scalar: Unicode.Scalar, style: Style = .normal) {
        self.init(code: scalar.value, style: style, isContinuation: false)
    }

    private init(code: UInt32, style: Style, isContinuation: Bool) {
        self.code = code
        self.style = style
        self.isContinuation = isContinuation
    }

    public var character: Character {
        get {
            if let scalar { return Character(scalar) }
            return Self.clusters.character(Int(code & ~Self.clusterBit))
        }
        set { code = Self.code(of: newValue) }
    }

    /// The character's one scalar; nil for a character of several.
    public var scalar: Unicode.Scalar? {
        code & Self.clusterBit == 0 ? Unicode.Scalar(code) : nil
    }

    public static let blank = Cell()

    private static func code(of character: Character) -> UInt32 {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex { return first.value }
        return clusterBit | UInt32(clusters.number(of: character))
    }

    private static let clusters = Clusters()

    /// The characters of several scalars seen on any screen, each given a number once. It grows by each
    /// such character ever drawn, which the store's text bounds.
    private final class Clusters: @unchecked Sendable {
        private let lock = NSLock()
        private var characters: [Character] = []
        private var numbers: [Character: Int] = [:]

        func number(of character: Character) -> Int {
            lock.lock()
            defer { lock.unlock() }
            if let number = numbers[character] { return number }
            characters.append(character)
            numbers[character] = characters.count - 1
            return characters.count - 1
        }

        func character(_ number: Int) -> Character {
            lock.lock()
            defer { lock.unlock() }
            return characters[number]
        }
    }
}
