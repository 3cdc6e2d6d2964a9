import Foundation

/// A bounded pool of resources (database sessions), opened lazily, each lent to one thread at a time.
///
/// When all `capacity` resources are lent out, `lend` blocks until one comes back (rather than
/// opening more), so memory and handles stay bounded. A resource `isReusable` rejects is closed
/// instead of returned, so the next borrower opens a fresh one. Do not nest `lend` calls on one
/// thread: nesting can deadlock when the pool is full.
public final class LendingPool<Resource>: @unchecked Sendable {
    // @unchecked because `idle`, `openCount` and `closed` are only touched while holding
    // `condition`, and a resource is used only by the one thread that borrowed it.
    /// Guards the fields below and signals when a resource is returned.
    private let condition = NSCondition()
    /// Resources not lent out.
    private var idle: [Resource] = []
    /// Resources open or being opened (idle + lent out).
    private var openCount = 0
    /// Set by `close()`: no new loans.
    private var closed = false
    /// The most resources open at once.
    public let capacity: Int
    /// Opens a new resource.
    private let open: () throws -> Resource
    /// Closes a resource for good.
    private let dispose: (Resource) -> Void
    /// Whether a returned resource may be lent again.
    private let isReusable: (Resource) -> Bool
    /// The error a loan from a closed pool throws.
    private let closedError: () -> Error

    /// Creates an empty pool of at most `capacity` resources made by `open` and ended by `dispose`.
    public init(capacity: Int, open: @escaping () throws -> Resource, dispose: @escaping (Resource) -> Void,
                isReusable: @escaping (Resource) -> Bool = { _ in true }, closedError: @escaping () -> Error) {
        self.capacity = max(1, capacity)
        self.open = open
        self.dispose = dispose
        self.isReusable = isReusable
        self.closedError = closedError
    }

    /// Runs `body` with a resource, returning it to the pool afterwards (or closing it when not reusable).
    public func lend<T>(_ body: (Resource) throws -> T) throws -> T {
        let resource = try checkOut()
        defer { checkIn(resource) }
        return try body(resource)
    }

    /// Takes an idle resource, opens a new one if below capacity, or waits for one.
    private func checkOut() throws -> Resource {
        condition.lock()
        while !closed && idle.isEmpty && openCount >= capacity { condition.wait() }
        if closed {
            condition.unlock()
            throw closedError()
        }
        if let resource = idle.popLast() {
            condition.unlock()
            return resource
        }
        openCount += 1  // Reserve the slot, then open outside the lock.
        condition.unlock()
        do {
            return try open()
        } catch {
            release()
            throw error
        }
    }

    /// Returns a reusable resource to the pool; closes any other (or any, once closing).
    private func checkIn(_ resource: Resource) {
        condition.lock()
        if closed || !isReusable(resource) {
            condition.unlock()
            dispose(resource)
            release()
            return
        }
        idle.append(resource)
        condition.broadcast()
        condition.unlock()
    }

    /// Frees one reserved slot and wakes waiters.
    private func release() {
        condition.lock()
        openCount -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Refuses new loans, closes idle resources, and waits until lent ones come back.
    public func close() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        for resource in idle { dispose(resource) }
        openCount -= idle.count
        idle.removeAll()
        condition.broadcast()
        while openCount > 0 { condition.wait() }
    }
}
