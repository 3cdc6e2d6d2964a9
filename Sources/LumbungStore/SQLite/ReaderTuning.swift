/// How each read-only connection caches the database file (`PRAGMA cache_size` and `mmap_size`).
///
/// Both are per connection, so the memory they may take is multiplied by the number of readers. The defaults
/// were chosen by measuring the uncached stock check and the reports on the national data set (README,
/// "Reader cache"): see there before changing them.
public struct ReaderTuning: Sendable, Equatable {
    /// SQLite's page cache of each reader, in KiB (SQLite's own default is 2,000 KiB).
    public var cacheKiB: Int
    /// Bytes of the file each reader maps into memory instead of reading with `pread` (0: none).
    public var mmapBytes: Int64

    /// A tuning with the given sizes.
    public init(cacheKiB: Int = 2000, mmapBytes: Int64 = 0) {
        self.cacheKiB = cacheKiB
        self.mmapBytes = mmapBytes
    }

    /// The pragmas that apply it.
    var pragmas: String {
        "PRAGMA cache_size=-\(cacheKiB); PRAGMA mmap_size=\(mmapBytes)"
    }
}
