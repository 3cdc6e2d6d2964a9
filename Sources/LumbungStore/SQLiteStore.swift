import LumbungCore
import Synchronization

/// Lumbung's storage on one SQLite database file: implements the domain's storage ports.
public final class SQLiteStore: Sendable {
    /// The database file and its connections.
    public let database: Database

    /// True when this open created the schema from nothing (the database is new and needs seeding).
    public let isNew: Bool

    /// The time written changes are recorded at, read inside their transaction.
    let ledgerClock: LedgerClock

    /// Names and places of outlets the stock check listed recently, while the directory stays unchanged (one memory
    /// per thread, as the two below: every check reads them, and threads sharing one would wait on each other).
    let listedOutlets = PerThread { GenerationMemory<OutletIDBytes, ListedOutletFacts>(capacity: 16_384) }

    /// The commodities the stock check was asked about recently, while the catalogue and the directory stay
    /// unchanged (an unknown one is not kept: it is looked up again).
    let checkedCommodities = PerThread { GenerationMemory<CommodityID, Commodity>(capacity: 1_024) }

    /// The regions the stock check was asked about recently with their names, while the directory and the
    /// catalogue stay unchanged (an unknown one is not kept: it is looked up again).
    let checkedRegions = PerThread { GenerationMemory<RegionCode, RegionLabel>(capacity: 16_384) }

    /// Every band of the commodities price reports were recorded for recently, while the bands stay unchanged
    /// (kept under `band_generation`, migration 21).
    let keptBands = GenerationMemory<CommodityID, KeptBands>(capacity: 256)

    /// The callers admitted recently, by their token's secret hash, while no token changes (`token_generation`,
    /// migration 22); an unknown or revoked token is not kept: it is looked up again.
    let admittedCallers = GenerationMemory<String, Principal>(capacity: 4_096)

    /// The latest stored price distribution row of regions price reports were recorded in recently, kept by the
    /// writer while no other connection commits and no rollback undoes its work (`Connection.keptRowsGeneration`).
    let keptDistributions = KeptDistributions(capacity: 16_384)

    /// The outlets written to recently, while the directory stays unchanged (an unknown one is not kept).
    let writtenOutlets = GenerationMemory<String, OutletSummary>(capacity: 16_384)

    /// The directory's generations as last read, with the database's change count (`Database.changeGeneration`)
    /// taken before reading them: while the count stays the same, no commit of any process has followed, so they
    /// are still the generations (see `currentGenerations`).
    let readGenerations = Mutex<(change: UInt64, generations: DirectoryGenerations)?>(nil)

    /// Opens (creating if needed) and migrates the database at `path`; `clock` stamps the writes; `readerTuning`
    /// sizes the readers' caches; a read running longer than `readBudgetNanoseconds` is interrupted
    /// (`StorageUnavailability.overBudget`).
    public init(path: String, readers: Int = 4, clock: any Clock = SystemClock(),
                readerTuning: ReaderTuning = ReaderTuning(), readBudgetNanoseconds: UInt64? = nil) throws {
        database = try Database(path: path, readers: readers, readerTuning: readerTuning,
                                readBudgetNanoseconds: readBudgetNanoseconds)
        ledgerClock = LedgerClock(clock)
        isNew = try database.migrate(Schema.migrations) == Schema.migrations.count
    }

    /// Runs `body` in one writer transaction with `context.now` read once the writer is held, so the
    /// times recorded never decrease in the order the ledgers list the writes.
    func write<T>(_ context: WriteContext, _ body: (Connection, WriteContext) throws -> T) throws -> T {
        try database.write { connection in try body(connection, ledgerClock.stamp(context)) }
    }

    /// Closes every connection.
    public func close() {
        database.close()
    }

    /// A consistent copy of the database, taken while writes go on.
    public func backup(to path: String) throws {
        try database.backup(to: path)
    }
}
