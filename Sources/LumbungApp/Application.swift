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
    /// The storage.
    public let store: SQLiteStore
    /// The HTTP server.
    public let server: HTTPServer
    /// The API the server answers with.
    public let api: LumbungAPI

    /// Opens (creating and seeding if new) the database and starts serving.
    public init(settings: Settings, logger: Logger, clock: any Clock = SystemClock()) throws {
        self.settings = settings
        store = try Self.openStore(settings)
        api = LumbungAPI(configuration: settings.api, storage: store, clock: clock, version: Version.current)
        server = HTTPServer(configuration: settings.server, router: api.makeRouter(), logger: logger,
                            observer: api.requestObserver, errorMapper: api.errorMapper)
        do {
            try server.start()
        } catch {
            store.close()
            throw error
        }
    }

    /// Opens the store named by the settings, creating its folder and schema if needed.
    public static func openStore(_ settings: Settings) throws -> SQLiteStore {
        let folder = URL(fileURLWithPath: settings.databasePath).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try SQLiteStore(path: settings.databasePath, readers: settings.server.threads + 2)
    }

    /// Stops accepting, finishes requests in flight, and closes the database.
    public func stop() {
        server.stop()
        store.close()
    }
}
