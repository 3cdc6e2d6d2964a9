/// Why the storage cannot serve a request for now, although the request itself may be fine.
public enum StorageUnavailability: String, Sendable, Hashable {
    /// The disk is full.
    case full
    /// The database cannot be written (read-only file, folder or mount).
    case readOnly = "read_only"
    /// The storage failed to read or write its files.
    case ioError = "io_error"
    /// A query ran past its time budget.
    case overBudget = "over_budget"
    /// The database server cannot be reached (restarted, network lost); sessions reopen by themselves.
    case unreachable
}

/// An error thrown by a storage implementation that can tell whether the storage is unavailable.
public protocol StorageFailure: Error {
    /// Why the storage is unavailable, or nil when the error is about the request or a bug.
    var unavailability: StorageUnavailability? { get }
}
