/// A row write a transaction may put off until it commits: known by the row it writes, run on the connection.
protocol DeferrableWrite {
    /// What the write is known by: a later write of the same row replaces (or adds to) it.
    associatedtype Row: Hashable
    /// The row written.
    var row: Row { get }
    /// Whether the write reads rows that other deferred writes write, and so runs after them.
    var readsDeferredRows: Bool { get }
    /// Writes the row.
    func run(on connection: Connection) throws
}

/// Row writes a transaction puts off until it commits, by the row each writes: a later write of a row replaces the
/// earlier one, so a row that many savepoints of one transaction change (a region's price distribution, an outlet's
/// activity, a kabupaten/kota's stock totals, a balance, a kabupaten/kota's regional alert: each changed by every
/// write of a group commit) is written once. A savepoint that rolls back restores the writes it began with. A
/// statement that reads such rows must have their writes run first (`Connection.settleDeferredWrites`).
struct DeferredWrites<Write: DeferrableWrite> {
    /// The writes put off, by row.
    private var pending: [Write.Row: Write] = [:]
    /// Every change to `pending` since the transaction began, oldest first, with the write it replaced (nil: none).
    private var undo: [(row: Write.Row, replaced: Write?)] = []

    /// True when no write is put off.
    var isEmpty: Bool { pending.isEmpty }

    /// The point a savepoint beginning now rolls back to.
    var mark: Int { undo.count }

    /// The write of `row` put off, if any.
    subscript(row: Write.Row) -> Write? { pending[row] }

    /// Puts off `write`, replacing a write of its row put off before.
    mutating func put(_ write: Write) {
        undo.append((write.row, pending.updateValue(write, forKey: write.row)))
    }

    /// Takes out the writes of the rows `matching` selects, to be run now.
    mutating func take(where matching: (Write.Row) -> Bool) -> [Write] {
        guard pending.keys.contains(where: matching) else { return [] }  // the usual case: no list to make
        return pending.keys.filter(matching).compactMap { row in
            let write = pending.removeValue(forKey: row)
            undo.append((row, write))
            return write
        }
    }

    /// Takes out every write put off, as the transaction commits: no savepoint can roll back after that, so nothing
    /// is kept to undo, and no row is looked up or hashed again.
    mutating func takeAllAtCommit() -> [Write] {
        defer { self = DeferredWrites() }
        return Array(pending.values)
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
    /// Puts off `write` until the transaction commits, replacing a write of the same row put off before; outside a
    /// transaction it runs at once.
    func deferWrite(_ write: DeferredWrite) throws {
        guard !isAutocommit else { return try write.run(on: self) }
        deferredWrites.put(write)
    }

    /// The write of `row` put off by this transaction, if any.
    func deferredWrite(of row: DeferredRow) -> DeferredWrite? {
        deferredWrites[row]
    }

    /// Runs now the deferred writes of the rows `matching` selects (all by default), before a statement reads those
    /// rows.
    func settleDeferredWrites(where matching: (DeferredRow) -> Bool = { _ in true }) throws {
        guard !deferredWrites.isEmpty else { return }
        try runDeferred(deferredWrites.take(where: matching))
    }

    /// Runs every deferred write as the transaction commits.
    func settleDeferredWritesAtCommit() throws {
        guard !deferredWrites.isEmpty else { return }
        try runDeferred(deferredWrites.takeAllAtCommit())
    }

    /// Runs `writes`, those that read rows the others write last.
    private func runDeferred(_ writes: [DeferredWrite]) throws {
        for write in writes where !write.readsDeferredRows { try write.run(on: self) }
        for write in writes where write.readsDeferredRows { try write.run(on: self) }
    }
}
