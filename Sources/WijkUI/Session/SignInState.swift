import WijkDomain

/// The sign-in and lock screens: choosing yourself from the team by typing, then the PIN (never shown).
///
/// A worker typing a note when the screen locks keeps typing for a moment before they notice: keys that
/// arrive within a moment of the lock, and text typed where a PIN is asked, are dropped (and counted on
/// screen, never shown), so client text never appears on the lock screen and never counts as a wrong PIN.
public struct SignInState: Sendable, Equatable {
    /// What the screen says after an attempt.
    public enum Message: Sendable, Equatable {
        case wrongPin(attemptsLeft: Int)
        case lockedOut(until: Timestamp)
        case noPin
        case signedOut
        /// Keys were typed while the screen changed, or text where a PIN is asked: dropped, not shown.
        case keysDropped(Int)
        /// Enter on something too short to be a PIN: not tried, not counted.
        case notAPin
        /// The team meeting was left to go on working: the PIN opens the worker's own screens.
        case meetingLeft
    }

    /// What a key on this screen asks of the app.
    public enum Request: Sendable, Equatable {
        case none
        /// Check this PIN for the chosen worker.
        case signIn(pin: String)
        case quit
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
    /// Keys before this second are dropped: the moment after the screen appeared or after text typed blind.
    public var quietUntil: Int64 = 0
    /// Keys dropped since the screen appeared.
    public var dropped = 0

    /// A name is not longer than this; anything typed beyond it is not a name.
    public static let longestName = 30
    /// Seconds after the screen appears, or after a dropped key, during which keys are dropped.
    public static let quietSeconds: Int64 = 2

    /// The screen as it appears at `now`; keys in the moment after it are dropped.
    public init(lockedBy: String? = nil, appearingAt now: Timestamp? = nil) {
        self.lockedBy = lockedBy
        self.chosen = lockedBy
        if let now { quietUntil = now.seconds + SignInState.quietSeconds }
    }

    /// Active workers whose name or initials match the query, by name.
    public func candidates(_ workers: [Worker]) -> [Worker] {
        let words = Folding.queryWords(query)
        return workers.filter(\.active).filter { worker in
            words.isEmpty || Folding.matches(Folding.fold(worker.name + " " + worker.initials), query: words)
        }.sorted { Folding.fold($0.name) < Folding.fold($1.name) }
    }

    /// The name field as shown: dots when what is typed could be a PIN.
    public var shownQuery: String {
        !query.isEmpty && query.allSatisfy(\.isNumber) ? String(repeating: "•", count: query.count) : query
    }

    /// The keys the status line explains, for the step on screen.
    public var hint: Text {
        if chosen == nil { return lockedBy == nil ? .signInHint : .lockedChooseHint }
        return chosen == lockedBy ? .lockedHint : .signInPinHint
    }

    /// Applies a key pressed at `now`.
    public mutating func take(_ key: Key, at now: Timestamp, workers: [Worker]) -> Request {
        if key == .ctrl("c") { return .quit }
        if now.seconds < quietUntil {
            drop(at: now)
            return .none
        }
        return chosen == nil ? takeName(key, workers: workers) : takePin(key, at: now)
    }

    private mutating func takeName(_ key: Key, workers: [Worker]) -> Request {
        let candidates = candidates(workers)
        switch key {
        case .character(let c) where !c.unicodeScalars.contains(where: Printable.isControl):
            if query.count < SignInState.longestName { query.append(c) }
            selected = 0
        case .backspace:
            if !query.isEmpty { query.removeLast() }
            selected = 0
        case .down: selected = min(max(0, candidates.count - 1), selected + 1)
        case .up: selected = max(0, selected - 1)
        case .escape:
            query = ""
            selected = 0
            if let lockedBy { chosen = lockedBy }
        case .enter:
            if selected < candidates.count {
                chosen = candidates[selected].id
                pin = ""
                message = nil
            }
        default: break
        }
        return .none
    }

    private mutating func takePin(_ key: Key, at now: Timestamp) -> Request {
        switch key {
        case .character(let c) where c.isASCII && c.isNumber:
            if pin.count < 12 { pin.append(c) }
        case .character:
            // A letter or a space where a PIN is asked: text typed blind. It and the digits before it go.
            drop(at: now, also: pin.count)
            pin = ""
        case .backspace:
            if !pin.isEmpty { pin.removeLast() }
        case .escape, .tab:
            chosen = nil
            pin = ""
            message = nil
        case .enter:
            let typed = pin
            pin = ""
            guard typed.count >= 4 else {
                message = .notAPin
                return .none
            }
            return .signIn(pin: typed)
        default: break
        }
        return .none
    }

    private mutating func drop(at now: Timestamp, also more: Int = 0) {
        dropped += 1 + more
        quietUntil = now.seconds + SignInState.quietSeconds
        message = .keysDropped(dropped)
    }
}
