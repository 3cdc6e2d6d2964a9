import Foundation
import LumbungAPI
import LumbungCore
import LumbungStore
import Logging
import MicroHTTP

/// The running service: the store, the API and the HTTP server wired together.
public final class Application: Sendable {
    /// The merged settings.
    public let settings: Settings
    /// The storage: SQLite, or PostgreSQL shared with other processes.
    public let store: any ServiceStore
    /// The HTTP server.
    public let server: HTTPServer
    /// The API the server answers with.
    public let api: LumbungAPI
    /// The periodic alert sweep (bands coming into force, stale prices).
    public let sweeper: AlertSweeper
    /// Delivers replies to text messages, when a gateway is configured.
    public let outboxSender: OutboxSender?

    /// Opens (creating and seeding if new) the database and starts serving.
    public init(settings: Settings, logger: Logger, clock: any Clock = SystemClock()) throws {
        self.settings = settings
        let budget = settings.queryBudget.components
        store = try Self.openStore(settings, clock: clock,
                                   readBudgetNanoseconds: UInt64(budget.seconds) * 1_000_000_000
                                       + UInt64(budget.attoseconds / 1_000_000_000))
        api = LumbungAPI(configuration: settings.api, storage: store, clock: clock, version: Version.current)
        server = HTTPServer(configuration: settings.server, router: try api.makeRouter(), logger: logger,
                            observer: api.requestObserver, errorMapper: api.errorMapper,
                            writeGroups: store.writeGroups)
        sweeper = AlertSweeper(store: store, clock: clock, staleAfterHours: settings.api.staleAfterHours,
                               earlyWarning: settings.api.earlyWarning,
                               intervalSeconds: settings.sweepIntervalSeconds, logger: logger)
        let store = self.store
        outboxSender = settings.smsGateway.map { OutboxSender(store: store, clock: clock, settings: $0, logger: logger) }
        do {
            try server.start()
        } catch {
            store.close()
            throw error
        }
        sweeper.start()
        outboxSender?.start()
    }

    /// Opens the store named by the settings (a SQLite file or a PostgreSQL database), creating its
    /// schema if needed; a new database is seeded with the defaults from the files the settings name.
    /// Reads longer than `readBudgetNanoseconds` are interrupted (the server sets it; commands run
    /// without a limit).
    public static func openStore(_ settings: Settings, clock: any Clock = SystemClock(),
                                 readBudgetNanoseconds: UInt64? = nil) throws -> any ServiceStore {
        switch settings.databaseLocation {
        case .sqlite:
            return try openSQLite(settings, clock: clock, readBudgetNanoseconds: readBudgetNanoseconds)
        case .postgresql(let uri):
            return try PostgresSetup.open(uri: uri, settings: settings, clock: clock, readBudgetNanoseconds: readBudgetNanoseconds)
        }
    }

    /// Opens the SQLite file named by the settings, creating its folder and schema if needed and
    /// seeding a new database.
    public static func openSQLite(_ settings: Settings, clock: any Clock = SystemClock(),
                                  readBudgetNanoseconds: UInt64? = nil) throws -> SQLiteStore {
        let seeder = try Seeder(settings: settings)
        let folder = URL(fileURLWithPath: settings.databasePath).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store: SQLiteStore
        do {
            store = try SQLiteStore(path: settings.databasePath, readers: settings.server.threads + 2, clock: clock,
                                    readerTuning: settings.readerTuning, readBudgetNanoseconds: readBudgetNanoseconds)
        } catch where !FileManager.default.isWritableFile(atPath: folder) {
            throw CommandError(description: """
                the database \(settings.databasePath) cannot be opened: its folder \(folder) is read-only, and SQLite \
                must write its -wal and -shm files beside it (\(error))
                """)
        }
        if store.isNew {
            do {
                try seeder.seed(store, now: clock.now())
            } catch {
                store.close()
                throw error
            }
        }
        return store
    }

    /// Stops accepting, finishes requests in flight, closes the database and writes the log lines still waiting.
    public func stop() {
        server.stop()
        sweeper.stop()
        outboxSender?.stop()
        store.close()
        LogBuffer.standardError.flush()
    }
}
