import LumbungAPI
import LumbungStore
import MicroHTTP

/// Everything `lumbung` can be configured with, after the config file, environment and flags are merged.
public struct Settings: Sendable {
    /// Where the server listens and how it protects itself.
    public var server = ServerConfiguration()
    /// The API's own settings.
    public var api = APIConfiguration()
    /// The database: a SQLite file, or a `postgresql://` URI (see `DatabaseLocation`).
    public var databasePath = "data/lumbung.sqlite"
    /// The page cache and memory map of each read connection.
    public var readerTuning = ReaderTuning()
    /// The commodity catalogue seeded into a new database.
    public var catalogueFile = "Config/commodities.json"
    /// The price bands seeded into a new database.
    public var bandsFile = "Config/bands.json"
    /// How long one database read may run before it is interrupted (the request answers 503).
    public var queryBudget: Duration = .seconds(2)
    /// Seconds between alert sweeps (bands coming into force, stale prices).
    public var sweepIntervalSeconds = 60
    /// Where replies to text messages are delivered, if anywhere.
    public var smsGateway: SMSGatewaySettings?
    /// Minimum level of log lines: trace, debug, info, notice, warning, error, critical.
    public var logLevel = "info"

    /// The built-in defaults (the same as `Config/lumbung.json`).
    public init() {}
}
