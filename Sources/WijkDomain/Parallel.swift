import Dispatch

/// Work spread over every core, results in order.
public enum Parallel {
    /// `[body(0), body(1), …, body(count - 1)]`, the calls made on every core at once: reading, decoding and
    /// checking households, and building the caseload's rows, are each one independent piece per household.
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        var slots = [T?](repeating: nil, count: count)
        slots.withUnsafeMutableBufferPointer { buffer in
            // Each call writes its own slot only.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { i in slots[i] = body(i) }
        }
        return slots.map { $0! }
    }
}
