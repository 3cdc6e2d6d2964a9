import LumbungStore
import MicroHTTP

/// Group commit: a group of writing requests runs in one writer transaction of the store. Each request's own
/// writes are nested in it as savepoints, so each still succeeds or fails alone (a refused sale rolls back to its
/// savepoint and leaves its neighbours' work in place); one `COMMIT`, and with `synchronous=FULL` one fsync of the
/// WAL, then makes the whole group durable before any of its requests is answered.
struct StoreWriteGroups: WriteGroups {
    /// The store whose writer runs the groups.
    let store: SQLiteStore

    /// Runs the group's handlers between `BEGIN IMMEDIATE` and `COMMIT`.
    func run(_ handlers: () -> Void) throws {
        try store.database.write { _ in handlers() }
    }
}
