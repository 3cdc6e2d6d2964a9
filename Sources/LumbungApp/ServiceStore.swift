import LumbungAPI
import LumbungCore
import LumbungPostgres
import LumbungStore
import MicroHTTP

/// The storage the service runs on: the API's ports, and what the commands and background jobs need
/// besides. SQLite (`SQLiteStore`) and PostgreSQL (`PostgresStore`) both provide it.
public protocol ServiceStore: LumbungStorage {
    /// Group commit for writing requests, where the storage has it (nil: each request commits alone).
    var writeGroups: (any WriteGroups)? { get }
    /// Catches up with the passing of time: bands coming into force, stale-price alerts, regional alerts.
    func sweepAlerts(since: Timestamp?, context: WriteContext) throws -> SweepOutcome
    /// Forgets kept idempotent answers older than `cutoff`.
    func forgetIdempotencyKeys(before cutoff: Timestamp) throws
    /// Forgets text messages received before `cutoff` with their settled replies.
    func forgetTextMessages(before cutoff: Timestamp) throws
    /// Runs `body` unless another process sharing the database is running `job` right now (then nil).
    func exclusively<T>(_ job: BackgroundJob, _ body: () throws -> T) throws -> T?
    /// Closes the database.
    func close()
}

/// The background jobs that must run in one process at a time when several share a database.
public enum BackgroundJob: CaseIterable, Sendable {
    /// The alert sweep (`AlertSweeper`).
    case alertSweep
    /// The outbox sender (`OutboxSender`): each message is sent by one process only.
    case outboxSender

    /// The job's PostgreSQL advisory lock key.
    var lockKey: Int64 {
        switch self {
        case .alertSweep: PostgresStore.sweepLockKey
        case .outboxSender: 0x4F55_5442_4F58  // "OUTBOX"
        }
    }
}

extension SQLiteStore: ServiceStore {
    /// Group commit on the one writer.
    public var writeGroups: (any WriteGroups)? { StoreWriteGroups(store: self) }

    /// Runs `body`: a SQLite file is served by one process.
    public func exclusively<T>(_ job: BackgroundJob, _ body: () throws -> T) throws -> T? {
        try body()
    }
}

extension ServiceStore {
    /// Issues a token exactly as `POST /v1/tokens` does; returns its id and its secret. `cooperativeIDs`
    /// is an assistant's list (nil for other roles).
    public func issueToken(role: String, name: String, region: String?, cooperativeID: String?,
                           cooperativeIDs: [String]? = nil) throws -> (id: String, secret: String) {
        let issued = try TokenIssuer(storage: self).issue(
            fields: [("name", name), ("role", role), ("region", region), ("cooperativeId", cooperativeID)],
            cooperativeIDs: cooperativeIDs, now: SystemClock().now())
        return (issued.token.id, issued.secret)
    }

    /// Imports a region list file (CSV `kode,nama`) exactly as `POST /v1/regions/import` does;
    /// returns the number of regions.
    public func importRegions(file path: String) throws -> Int {
        try importRegions(csv: try LocalFile.contents(of: path))
    }
}
