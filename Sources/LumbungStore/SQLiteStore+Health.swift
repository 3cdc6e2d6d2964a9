import LumbungCore

extension SQLiteStore: StorageHealth {
    /// Runs a trivial query on a reader.
    public func check() throws {
        _ = try database.readOneStatement { try $0.queryOne("SELECT 1") { $0.int(0) } }
    }

    /// Page count times page size of the main database file.
    public func sizeInBytes() throws -> Int64 {
        try database.read { connection in
            try connection.queryOne("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()") {
                $0.int64(0)
            } ?? 0
        }
    }

    /// Why writes cannot succeed now, if they cannot (see `Database.writeProblem`).
    public var writeProblem: StorageUnavailability? { database.writeProblem }

    /// Grows with every commit, this process's or another's (see `Database.changeGeneration`).
    public var changeGeneration: UInt64 { database.changeGeneration }
}
