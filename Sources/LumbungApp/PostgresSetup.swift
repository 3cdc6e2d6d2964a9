import Foundation
import LumbungCore
import LumbungPostgres
import LumbungStore

/// Opening, migrating and filling a PostgreSQL database.
public enum PostgresSetup {

    /// The refusal `lumbung backup` gives for a PostgreSQL database.
    public static let backupRefusal = CommandError(description: """
        lumbung backup copies SQLite files; back up a PostgreSQL database with pg_dump \
        (for example: pg_dump --format=custom --file=lumbung.dump "postgresql://…"), or copy it to a \
        SQLite file with lumbung copy
        """)

    /// Creates the schema or brings it up to date on the PostgreSQL database at `uri`; returns how
    /// many migrations were applied.
    public static func migrate(uri: String) throws -> Int {
        let database = try PostgresDatabase(uri: uri)
        defer { database.close() }
        return try database.migrate(PostgresSchema.migrations)
    }

    /// Opens the database at `uri` for the service, creating its schema if needed; reads past
    /// `readBudgetNanoseconds` (rounded up to milliseconds) are cancelled. A database with an
    /// empty catalogue (new, or only migrated) is seeded with the defaults, in one transaction: other
    /// processes see all or nothing, and when two processes start on it together one seeds and the
    /// other's copy is refused for a non-empty destination, which it accepts once the catalogue is there.
    static func open(uri: String, settings: Settings, clock: any Clock, readBudgetNanoseconds: UInt64?) throws -> PostgresStore {
        let store = try PostgresStore(uri: uri, readers: settings.server.threads + 2, jobKeys: BackgroundJob.allCases.map(\.lockKey),
                                      readBudgetMilliseconds: readBudgetNanoseconds.map { Int(($0 + 999_999) / 1_000_000) }, clock: clock)
        do {
            if try hasNoCatalogue(store) {
                do {
                    try fillThroughSQLite(uri: uri, settings: settings, clock: clock) { _ in }
                } catch {
                    if try hasNoCatalogue(store) { throw error }  // else another process seeded it meanwhile
                }
            }
        } catch {
            store.close()
            throw error
        }
        return store
    }

    /// Whether the catalogue holds no commodity.
    private static func hasNoCatalogue(_ store: PostgresStore) throws -> Bool {
        try store.commodities(page: PageRequest(limit: 1)).items.isEmpty
    }

    /// Fills the empty PostgreSQL database at `uri` with what `fill` writes into a new, seeded SQLite
    /// database (in a temporary folder), copied over in one transaction by `DatabaseCopy`: the defaults
    /// and the demo data are written by the same code on both backends.
    public static func fillThroughSQLite<T>(uri: String, settings: Settings, clock: any Clock = SystemClock(),
                                            _ fill: (SQLiteStore) throws -> T) throws -> T {
        let folder = NSTemporaryDirectory() + "lumbung-fill-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var local = settings
        local.databasePath = folder + "/lumbung.sqlite"
        let store = try Application.openSQLite(local, clock: clock)
        let value: T
        do {
            value = try fill(store)
            store.close()
        } catch {
            store.close()
            throw error
        }
        _ = try DatabaseCopy(from: .sqlite(path: local.databasePath), to: .postgresql(uri: uri)).run()
        return value
    }
}
