/// Price reports stored lean: an integer outlet key instead of the outlet's id text, the region taken
/// from the outlet, and one table ordered the way its reads walk it, with no other index.
extension Schema {
    /// Migration 14: price reports in a lean table keyed by (outlet key, commodity, observed, seq);
    /// `price_reports` becomes a view of the same columns as before.
    ///
    /// - `outlet_keys` gives every outlet a small integer key (3 bytes instead of a 30-byte id in
    ///   every report), kept by a trigger as outlets are added.
    /// - `price_report_rows` is `WITHOUT ROWID`: its key is the order every read of reports follows
    ///   (an outlet's commodity over time), so it is also the only index; the region is the
    ///   outlet's, which never changes; the report id has no index since nothing looks a report up by it,
    ///   and keeps only its random part when its time part is the recorded time (`StoredReportID`);
    ///   the recorded time is kept as milliseconds after the observed time (0, no byte, when reported live).
    /// - `price_report_sequence` hands out `seq` (the rowid did before): the last one given.
    /// - the old table is dropped with `secure_delete = FAST` (for the writer connection from then on): builds
    ///   whose default is ON (Debian's) would otherwise write a page of zeros for each of its freed pages.
    /// - `price_reports` is a view with the previous columns for scripts, tools and `lumbung copy`;
    ///   inserting into it assigns the outlet key and, when none is given, the next seq, and keeps the
    ///   outlet's activity. The store writes the lean table itself and keeps the activity once per
    ///   write (a bulk load once per outlet, not per report as the trigger on the table did).
    static let leanPriceReports = Migration(id: 14, name: "price reports in a lean table keyed by outlet key, commodity, observed, seq", sql: """
        CREATE TABLE outlet_keys (
            key INTEGER PRIMARY KEY,
            outlet_id TEXT NOT NULL UNIQUE REFERENCES outlets(id)
        );
        INSERT INTO outlet_keys (outlet_id) SELECT id FROM outlets ORDER BY id;
        CREATE TRIGGER outlet_keys_after_insert AFTER INSERT ON outlets BEGIN
            INSERT INTO outlet_keys (outlet_id) VALUES (NEW.id);
        END;

        CREATE TABLE price_report_rows (
            outlet INTEGER NOT NULL REFERENCES outlet_keys(key),
            commodity TEXT NOT NULL REFERENCES commodities(id),
            observed_at INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            price INTEGER NOT NULL CHECK (price > 0),
            recorded_after INTEGER NOT NULL,
            id TEXT NOT NULL,
            PRIMARY KEY (outlet, commodity, observed_at, seq)
        ) WITHOUT ROWID;
        INSERT INTO price_report_rows (outlet, commodity, observed_at, seq, price, recorded_after, id)
            SELECT k.key, p.commodity, p.observed_at, p.seq, p.price, p.recorded_at - p.observed_at,
                \(StoredReportID.storedSQL(id: "p.id", recordedAt: "p.recorded_at"))
            FROM outlet_keys k CROSS JOIN price_reports p ON p.outlet_id = k.outlet_id
            ORDER BY k.key, p.commodity, p.observed_at, p.seq;

        CREATE TABLE price_report_sequence (last INTEGER NOT NULL);
        INSERT INTO price_report_sequence (last) SELECT coalesce(max(seq), 0) FROM price_reports;

        PRAGMA secure_delete = FAST;
        DROP TABLE price_reports;
        CREATE VIEW price_reports (seq, id, outlet_id, commodity, region, price, observed_at, recorded_at) AS
            SELECT p.seq, \(StoredReportID.idSQL(stored: "p.id", recordedAt: "p.observed_at + p.recorded_after")),
                o.id, p.commodity, o.region, p.price, p.observed_at, p.observed_at + p.recorded_after
            FROM price_report_rows p JOIN outlet_keys k ON k.key = p.outlet JOIN outlets o ON o.id = k.outlet_id;
        CREATE TRIGGER price_reports_insert INSTEAD OF INSERT ON price_reports BEGIN
            UPDATE price_report_sequence SET last = CASE WHEN NEW.seq IS NULL THEN last + 1 ELSE max(last, NEW.seq) END;
            INSERT INTO price_report_rows (outlet, commodity, observed_at, seq, price, recorded_after, id)
            VALUES ((SELECT key FROM outlet_keys WHERE outlet_id = NEW.outlet_id), NEW.commodity, NEW.observed_at,
                    coalesce(NEW.seq, (SELECT last FROM price_report_sequence)), NEW.price, NEW.recorded_at - NEW.observed_at,
                    \(StoredReportID.storedSQL(id: "NEW.id", recordedAt: "NEW.recorded_at")));
            INSERT INTO outlet_activity (outlet_id, region, last_report_at)
            SELECT id, region, NEW.recorded_at FROM outlets WHERE id = NEW.outlet_id
            ON CONFLICT (outlet_id) DO UPDATE SET last_report_at = max(last_report_at, excluded.last_report_at);
        END;

        """)
}
