/// glibc malloc settings for the server, chosen by measuring the resident memory after the national
/// benchmark (README, "Server memory"): few arenas, large blocks mapped apart, freed memory handed back
/// after reports.
public enum MemoryTuning {
    /// Arenas malloc may create: one per thread by default (up to 8 per core), each keeping what its
    /// thread freed; two serve the worker threads without contention worth measuring.
    static let arenas: Int32 = 2
    /// Blocks from this size up are mapped on their own and unmapped when freed. Fixing it stops glibc
    /// from raising the threshold after the first large free, which keeps later report rows in the heap.
    static let mapThresholdBytes: Int32 = 256 * 1024
    /// Free memory an arena keeps at its top before handing it back. Fixing the mapping threshold also fixes this
    /// one, at 128 KiB by default: the writer's savepoint journal (up to 120 KiB, `Connection.statementJournalBytes`)
    /// is allocated and freed with every write, and handing it back each time cost a page fault per 4 KiB written.
    static let trimThresholdBytes: Int32 = 2 * 1024 * 1024
    /// `M_ARENA_MAX`, `M_MMAP_THRESHOLD` and `M_TRIM_THRESHOLD` of glibc's `<malloc.h>`, which the Glibc module does
    /// not export.
    private static let arenaMaxOption: Int32 = -8, mapThresholdOption: Int32 = -3, trimThresholdOption: Int32 = -1

    /// Applies the settings; call before starting threads.
    public static func apply() {
        _ = glibcMallopt(arenaMaxOption, arenas)
        _ = glibcMallopt(mapThresholdOption, mapThresholdBytes)
        _ = glibcMallopt(trimThresholdOption, trimThresholdBytes)
    }

    /// Hands freed heap memory back to the system (every arena's free pages).
    @Sendable public static func releaseFreedMemory() {
        _ = glibcMallocTrim(0)
    }
}

/// glibc's `mallopt`.
@_silgen_name("mallopt") private func glibcMallopt(_ option: Int32, _ value: Int32) -> Int32

/// glibc's `malloc_trim`.
@_silgen_name("malloc_trim") private func glibcMallocTrim(_ pad: Int) -> Int32
