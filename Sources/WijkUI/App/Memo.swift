import Foundation

/// One value as last worked out, and what for: a reference shared by copies of a screen's state, so a frame
/// (which may not change the state) can fill it. The key holds everything the value depends on, so a copy never
/// sees another's value for other inputs.
final class Memo<Key: Equatable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var entry: (key: Key, value: Value)?

    /// The value for `key`, worked out by `make` only when the key is new.
    func value(for key: Key, _ make: () -> Value) -> Value {
        lock.lock()
        if let entry, entry.key == key {
            defer { lock.unlock() }
            return entry.value
        }
        lock.unlock()
        let made = make()
        lock.lock()
        entry = (key, made)
        lock.unlock()
        return made
    }
}
