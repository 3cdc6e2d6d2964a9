/// Why migrating refused to run.
public enum MigrationError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The database has migrations this binary does not know: its schema is newer than the code.
    case databaseIsNewer(unknownIDs: [Int])
    /// The migration list itself is malformed (ids not positive and strictly increasing).
    case invalidList(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .databaseIsNewer(let ids):
            "database has migrations \(ids) unknown to this binary (schema newer than the code); refusing to run"
        case .invalidList(let reason):
            "invalid migration list: \(reason)"
        }
    }
}
