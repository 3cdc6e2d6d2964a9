/// A movement's id without an index: nothing looks a movement up by it.
extension Schema {
    /// Migration 23: `stock_movements.id` loses its `UNIQUE` constraint, and with it the index SQLite kept for it.
    ///
    /// Movements are read by outlet (and commodity) in `seq` order; the id is only shown. Its index cost every
    /// movement a B-tree insert on the writer (about 7k instructions, about 5% of the writer's work) and every
    /// movement about 45 bytes on disk. Ids stay unique by construction (`RowIDs`: the recording time and 80 random
    /// bits), as price report ids, which never had an index, are. SQLite cannot drop a constraint, so the table is
    /// rebuilt with the same columns, checks, rows, `seq` values, indexes and triggers; the old one is dropped with
    /// `secure_delete = FAST`, as in migration 14, so its freed pages are not each overwritten with zeros.
    static let unindexedMovementIDs = Migration(
        id: 23, name: "movement ids without an index: nothing looks a movement up by its id", sql: """
        CREATE TABLE stock_movements_rebuilt (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            outlet_id TEXT NOT NULL REFERENCES outlets(id),
            commodity TEXT NOT NULL REFERENCES commodities(id),
            kind TEXT NOT NULL CHECK ((kind = 'receipt' OR kind = 'sale' OR kind = 'adjustment' OR kind = 'count')),
            quantity INTEGER NOT NULL,
            delta INTEGER NOT NULL,
            balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
            occurred_at INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL,
            note TEXT
        );
        INSERT INTO stock_movements_rebuilt (seq, id, outlet_id, commodity, kind, quantity, delta, balance_after,
                                             occurred_at, recorded_at, note)
        SELECT seq, id, outlet_id, commodity, kind, quantity, delta, balance_after, occurred_at, recorded_at, note
        FROM stock_movements ORDER BY seq;
        PRAGMA secure_delete = FAST;
        DROP TABLE stock_movements;
        ALTER TABLE stock_movements_rebuilt RENAME TO stock_movements;
        CREATE INDEX stock_movements_by_outlet ON stock_movements(outlet_id, seq);
        CREATE INDEX stock_movements_by_outlet_commodity ON stock_movements(outlet_id, commodity, seq);
        \(movementActivityTriggers)
        """)
}
