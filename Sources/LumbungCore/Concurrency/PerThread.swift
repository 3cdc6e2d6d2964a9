import Glibc
import Synchronization

/// A value of its own for every thread that asks, made on the thread's first ask. Memories that every request reads
/// (the stock check's listed outlets and their JSON) are kept one per thread: two threads sharing one would take
/// turns at its lock and at the reference counts of the objects it hands out, and on two cores that costs a request
/// several microseconds of cache lines passed back and forth. The values live as long as this does.
public final class PerThread<Value: AnyObject & Sendable>: Sendable {
    /// This instance's key in every thread's `ThreadValues` (never reused, so a value of an instance that is gone is
    /// never found again).
    private let serial: Int
    /// Every value made, one per thread that asked, kept alive here (the threads' slots do not retain them).
    private let made = Mutex<[Value]>([])
    /// Makes a thread's value.
    private let make: @Sendable () -> Value

    /// A value per thread, each made by `make`.
    public init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
        serial = PerThreadSerials.next.add(1, ordering: .relaxed).newValue
    }

    /// The calling thread's value.
    public var current: Value {
        let values = ThreadValues.ofCurrentThread
        if let kept = values.slots[serial] { return unsafeDowncast(kept.takeUnretainedValue(), to: Value.self) }
        let value = make()
        made.withLock { $0.append(value) }
        values.slots[serial] = Unmanaged.passUnretained(value)
        return value
    }
}

/// The serial numbers of `PerThread` instances.
private enum PerThreadSerials {
    /// The last one given.
    static let next = Atomic<Int>(0)
}

/// One thread's values of every `PerThread`, by serial: reached through one thread-specific key, released when the
/// thread ends.
private final class ThreadValues {
    /// The values, not retained (their `PerThread` keeps them).
    var slots: [Int: Unmanaged<AnyObject>] = [:]

    /// The calling thread's values, made on its first ask.
    static var ofCurrentThread: ThreadValues {
        if let kept = pthread_getspecific(key) { return Unmanaged<ThreadValues>.fromOpaque(kept).takeUnretainedValue() }
        let values = ThreadValues()
        pthread_setspecific(key, Unmanaged.passRetained(values).toOpaque())
        return values
    }

    /// The thread-specific key, whose destructor releases a thread's values as it ends.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let created = pthread_key_create(&key) { values in
            if let values { Unmanaged<ThreadValues>.fromOpaque(values).release() }
        }
        precondition(created == 0, "no thread-specific key left (\(created))")
        return key
    }()
}
