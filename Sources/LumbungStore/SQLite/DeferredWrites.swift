/// Row writes a transaction puts off until it commits, by the row each writes: a later write of a row replaces the
/// earlier one, so a row that many savepoints of one transaction change (a region's price distribution or an outlet's
/// activity, changed by every report of a group commit) is written once. A savepoint that rolls back restores the writes it began with.
/// A statement that reads such rows must have their writes run first (`Connection.settleDeferredWrites`). Rows are
/// known by a concrete key (hashing through `AnyHashable` cost more than the writes saved).
struct DeferredWrites<Row: Hashable> {
    /// Writes one row on the connection.
    typealias Write = (Connection) throws -> Void

    /// The writes put off, by row.
    private var pending: [Row: Write] = [:]
    /// Every change to `pending` since the transaction began, oldest first, with the write it replaced (nil: none).
    private var undo: [(row: Row, replaced: Write?)] = []

    /// True when no write is put off.
    var isEmpty: Bool { pending.isEmpty }

    /// The point a savepoint beginning now rolls back to.
    var mark: Int { undo.count }

    /// Puts off `write` of `row`, replacing a write of it put off before.
    mutating func put(_ row: Row, _ write: @escaping Write) {
        undo.append((row, pending.updateValue(write, forKey: row)))
    }

    /// Takes out the writes of the rows `matching` selects, to be run now.
    mutating func take(where matching: (Row) -> Bool) -> [Write] {
        pending.keys.filter(matching).compactMap { row in
            let write = pending.removeValue(forKey: row)
            undo.append((row, write))
            return write
        }
    }

    /// Undoes every change made after `mark`.
    mutating func rollBack(to mark: Int) {
        while undo.count > mark {
            let (row, replaced) = undo.removeLast()
            pending[row] = replaced
        }
    }
}

extension Connection {
    /// Puts off `write` of `row` until the transaction commits, replacing a write of the same row put off before;
    /// outside a transaction it runs at once.
    func deferWrite(of row: DeferredRow, _ write: @escaping (Connection) throws -> Void) throws {
        guard !isAutocommit else { return try write(self) }
        deferredWrites.put(row, write)
    }

    /// Runs now the deferred writes of the rows `matching` selects (all by default): before a statement reads those
    /// rows, and before the transaction commits.
    func settleDeferredWrites(where matching: (DeferredRow) -> Bool = { _ in true }) throws {
        guard !deferredWrites.isEmpty else { return }
        for write in deferredWrites.take(where: matching) { try write(self) }
    }
}
