/// How many wrong PINs a worker gets, and how long they wait after that.
public enum SignInPolicy {
    /// Wrong PINs in a row before the first wait.
    public static let freeAttempts = 5
    /// The first wait; each further wrong PIN doubles it, up to `longestWait`.
    public static let firstWait: Int64 = 30
    public static let longestWait: Int64 = 3600

    /// The wait after `failures` wrong PINs in a row, in seconds (0 below `freeAttempts`).
    public static func wait(afterFailures failures: Int) -> Int64 {
        guard failures >= freeAttempts else { return 0 }
        let doublings = min(failures - freeAttempts, 20)
        return min(longestWait, firstWait << Int64(doublings))
    }

    /// Until when a worker may not try again, given the times of their wrong PINs since the last sign-in
    /// (oldest first); nil when they may try now.
    public static func lockedUntil(failures: [Timestamp], now: Timestamp) -> Timestamp? {
        let delay = wait(afterFailures: failures.count)
        guard let last = failures.last, delay > 0 else { return nil }
        let until = Timestamp(seconds: last.seconds + delay)
        return until > now ? until : nil
    }

    /// Tries left before the first wait.
    public static func attemptsLeft(failures: Int) -> Int { max(0, freeAttempts - failures) }
}
