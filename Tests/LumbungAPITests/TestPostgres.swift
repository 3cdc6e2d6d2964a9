import Foundation
import LumbungApp
import LumbungCore
import LumbungPostgres

/// The PostgreSQL server the API tests run against when `LUMBUNG_TEST_POSTGRES` names one
/// (`scripts/postgres-tests.sh`). Each test gets a database of its own, created from a template that
/// was migrated and seeded once per clock reading and default files, so a test costs one
/// `CREATE DATABASE … TEMPLATE` rather than every migration.
enum TestPostgres {
    /// The server's URI, or nil to run on SQLite.
    static let uri: String? = ProcessInfo.processInfo.environment["LUMBUNG_TEST_POSTGRES"]

    /// Serialises template and database creation.
    private static let lock = NSLock()
    /// The seeded templates, by what they were seeded with; guarded by `lock`.
    nonisolated(unsafe) private static var templates: [String: String] = [:]
    /// Tells this process's databases apart from another run's on the same server.
    private static let prefix = "api_" + UUID().uuidString.prefix(8).lowercased()
    /// Numbers the databases created.
    nonisolated(unsafe) private static var created = 0

    /// A new database seeded as `settings` and `clock` would seed a new SQLite file; returns its URI.
    static func freshDatabase(settings: Settings, clock: any Clock) throws -> String {
        let server = try PostgresConnection(uri: uri!)
        defer { server.close() }
        return try lock.withLock {
            let key = "\(clock.now().millisecondsSinceEpoch)|\(settings.catalogueFile)|\(settings.bandsFile)"
            let template = try templates[key] ?? makeTemplate(settings: settings, clock: clock, on: server)
            templates[key] = template
            created += 1
            let name = "\(prefix)_\(created)"
            try server.execute("CREATE DATABASE \(name) TEMPLATE \(template) STRATEGY FILE_COPY")  // faster than WAL_LOG for small databases
            return databaseURI(name)
        }
    }

    /// Drops a database `freshDatabase` made (its sessions are closed by then).
    static func drop(_ databaseURI: String) {
        guard let server = try? PostgresConnection(uri: uri!),
              let name = URLComponents(string: databaseURI)?.path.dropFirst() else { return }
        defer { server.close() }
        try? server.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// Creates, migrates and seeds a template database; returns its name.
    private static func makeTemplate(settings: Settings, clock: any Clock, on server: PostgresConnection) throws -> String {
        let name = "\(prefix)_template_\(templates.count)"
        try server.execute("CREATE DATABASE \(name)")
        var seeded = settings
        seeded.databasePath = databaseURI(name)
        try Application.openStore(seeded, clock: clock).close()
        return name
    }

    /// The server URI with its database name replaced by `name`.
    private static func databaseURI(_ name: String) -> String {
        var parts = URLComponents(string: uri!)!
        parts.path = "/\(name)"
        return parts.string!
    }
}
