import CSQLite
import Glibc
import LumbungCore

/// A time limit for the statements of one connection: SQLite's progress handler interrupts any statement
/// still running past the deadline, which then fails with `SQLITE_INTERRUPT` (see `SQLiteError.isInterrupted`).
final class QueryBudget {
    /// Virtual-machine steps between two looks at the clock.
    static let checkEvery: Int32 = 1000
    /// The deadline in nanoseconds on the monotonic clock; 0 for none.
    private var deadline: UInt64 = 0

    /// Installs the handler on `db`; the budget must outlive the connection's use of it.
    func install(on db: OpaquePointer) {
        sqlite3_progress_handler(db, Self.checkEvery, { context in
            guard let context else { return 0 }
            return Unmanaged<QueryBudget>.fromOpaque(context).takeUnretainedValue().isOver ? 1 : 0
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Runs `body` with statements cut off `nanoseconds` from now (no limit when nil).
    func limiting<T>(to nanoseconds: UInt64?, _ body: () throws -> T) rethrows -> T {
        deadline = nanoseconds.map { MonotonicTime.nanoseconds() + max($0, 1) } ?? 0
        defer { deadline = 0 }
        return try body()
    }

    /// Whether the deadline has passed.
    private var isOver: Bool { deadline != 0 && MonotonicTime.nanoseconds() >= deadline }
}
