/// The values of `token_generation` (migration 22) and `directory_generation` (migrations 16 and 20) in one
/// snapshot: what is kept in memory under them stays true while they hold.
struct DirectoryGenerations {
    /// Moves with every change to a token or an assistant token's cooperatives.
    let tokens: Int64
    /// Moves with every change to an outlet, cooperative, region or commodity.
    let directory: Int64

    /// Both generations, read on `connection` (in one statement, so from one snapshot).
    init(on connection: Connection) throws {
        let read = try connection.queryOne("""
            SELECT (SELECT generation FROM token_generation WHERE id = 1),
                   (SELECT generation FROM directory_generation WHERE id = 1)
            """) { ($0.int64(0), $0.int64(1)) }
        tokens = read?.0 ?? 0
        directory = read?.1 ?? 0
    }
}

extension SQLiteStore {
    /// The tokens' and the directory's generations now. They are read again (in one statement, without opening a
    /// transaction) only after a commit: the change count is taken first, so generations kept under an unchanged
    /// count were read after every commit so far. A value kept under a generation is exactly what a read in any
    /// snapshot with that generation would give.
    func currentGenerations() throws -> DirectoryGenerations {
        let change = database.changeGeneration
        if let kept = readGenerations.withLock({ $0 }), kept.change == change { return kept.generations }
        let generations = try database.readOneStatement { try DirectoryGenerations(on: $0) }
        readGenerations.withLock { $0 = (change, generations) }
        return generations
    }
}
