import LumbungCore
import LumbungStore
import MicroHTTP

/// Group commit: a group of writing requests runs in one writer transaction of the store. Each request's own
/// writes are nested in it as savepoints, so each still succeeds or fails alone (a refused sale rolls back to its
/// savepoint and leaves its neighbours' work in place); one `COMMIT`, and with `synchronous=FULL` one fsync of the
/// WAL, then makes the whole group durable before any of its requests is answered.
struct StoreWriteGroups: WriteGroups {
    /// The store whose writer runs the groups.
    let store: SQLiteStore

    /// SQLite rolled the whole group back by itself (after a full disk or an I/O error in one request).
    struct GroupRolledBack: StorageFailure {
        var unavailability: StorageUnavailability? { .ioError }
    }

    /// Runs the group's requests between `BEGIN IMMEDIATE` and `COMMIT`; what one request noted for later in
    /// its transaction (`transactionMarks`) is forgotten before the next, as if each had a transaction of its own.
    /// Stops after a request whose failure made SQLite roll the group back, so no later request writes outside it.
    func run(_ requests: [() -> Void]) -> WriteGroupOutcome {
        var ran = 0
        do {
            try store.database.write { connection in
                for request in requests {
                    connection.transactionMarks = []
                    request()
                    ran += 1
                    if connection.isAutocommit { throw GroupRolledBack() }
                }
            }
            return WriteGroupOutcome(ran: ran)
        } catch {
            return WriteGroupOutcome(ran: ran, failure: error)
        }
    }
}
