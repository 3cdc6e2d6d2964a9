import Synchronization

/// Values kept by key, at most `capacity` of them: the memory is emptied when it is full (what it keeps is cheap to
/// make again, and an emptied memory needs no order of use).
final class BoundedMemory<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// What is kept.
    private let values = Mutex<[Key: Value]>([:])
    /// The most values kept at once.
    let capacity: Int

    /// An empty memory of up to `capacity` values.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value kept for `key`, if any.
    func value(for key: Key) -> Value? {
        values.withLock { $0[key] }
    }

    /// Keeps `value` for `key`, first emptying the memory when it is full.
    func keep(_ value: Value, for key: Key) {
        values.withLock { values in
            if values.count >= capacity { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
    }
}
