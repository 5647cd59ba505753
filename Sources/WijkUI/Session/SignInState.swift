import WijkDomain

/// The sign-in and lock screens: choosing yourself from the team by typing, then the PIN (never shown).
public struct SignInState: Sendable, Equatable {
    /// What the screen says after an attempt.
    public enum Message: Sendable, Equatable {
        case wrongPin(attemptsLeft: Int)
        case lockedOut(until: Timestamp)
        case noPin
        case signedOut
    }

    /// Typed to find yourself: part of a name or the initials.
    public var query = ""
    /// Index among the workers matching `query`.
    public var selected = 0
    /// The worker whose PIN is being typed.
    public var chosen: String?
    /// The PIN typed so far; the screen shows only dots.
    public var pin = ""
    public var message: Message?
    /// Set on the lock screen: who locked it. They unlock with their PIN; Tab lets another worker sign in.
    public var lockedBy: String?

    public init(lockedBy: String? = nil) {
        self.lockedBy = lockedBy
        self.chosen = lockedBy
    }

    /// Active workers whose name or initials match the query, by name.
    public func candidates(_ workers: [Worker]) -> [Worker] {
        let words = Folding.queryWords(query)
        return workers.filter(\.active).filter { worker in
            words.isEmpty || Folding.matches(Folding.fold(worker.name + " " + worker.initials), query: words)
        }.sorted { Folding.fold($0.name) < Folding.fold($1.name) }
    }
}
