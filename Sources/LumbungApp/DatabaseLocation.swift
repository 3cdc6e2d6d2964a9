/// Where the `database` setting points: a SQLite file (the default) or a PostgreSQL server.
public enum DatabaseLocation: Equatable, Sendable {
    /// A SQLite database file.
    case sqlite(path: String)
    /// A PostgreSQL database, by its URI (`postgresql://user:password@host:port/name`).
    case postgresql(uri: String)

    /// Reads the setting: a `postgresql://` (or `postgres://`) URI names a server, anything else a file.
    public init(_ setting: String) {
        let lowered = setting.lowercased()
        if lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://") {
            self = .postgresql(uri: setting)
        } else {
            self = .sqlite(path: setting)
        }
    }

    /// How the location is shown in messages and logs: a URI without its password.
    public var displayName: String {
        switch self {
        case .sqlite(let path):
            return path
        case .postgresql(let uri):
            guard let at = uri.lastIndex(of: "@"), let scheme = uri.range(of: "://"),
                  let colon = uri[scheme.upperBound..<at].firstIndex(of: ":") else { return uri }
            return String(uri[..<colon]) + ":***" + String(uri[at...])
        }
    }
}

extension Settings {
    /// Where the database is.
    public var databaseLocation: DatabaseLocation { DatabaseLocation(databasePath) }
}
