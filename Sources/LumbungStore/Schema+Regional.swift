/// Regional alerts, assistant tokens bound to cooperatives, and outlet activity.
extension Schema {
    /// Migration 9: regional alerts, assistant tokens, outlet activity, price history covering the price.
    static let regionalAlerts = Migration(id: 9, name: "regional alerts, assistant tokens, outlet activity, price history covering the price", sql: """
        CREATE TABLE alerts_v9 (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('price_above_band', 'price_below_band', 'out_of_stock', 'low_stock',
                                               'stale_price', 'regional_price_rise')),
            status TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
            outlet_id TEXT REFERENCES outlets(id),
            cooperative_id TEXT,
            region TEXT NOT NULL,
            commodity TEXT NOT NULL REFERENCES commodities(id),
            value INTEGER,
            band_id TEXT,
            opened_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            resolved_at INTEGER,
            ack_by TEXT,
            ack_at INTEGER,
            ack_note TEXT,
            message TEXT NOT NULL,
            level TEXT CHECK (level IN ('normal', 'waspada', 'siaga', 'awas')),
            CHECK ((kind = 'regional_price_rise') = (outlet_id IS NULL)),
            CHECK (outlet_id IS NULL OR cooperative_id IS NOT NULL)
        );
        INSERT INTO alerts_v9 (seq, id, kind, status, outlet_id, cooperative_id, region, commodity, value, band_id,
                               opened_at, updated_at, resolved_at, ack_by, ack_at, ack_note, message)
            SELECT seq, id, kind, status, outlet_id, cooperative_id, region, commodity, value, band_id,
                   opened_at, updated_at, resolved_at, ack_by, ack_at, ack_note, message FROM alerts;
        CREATE TABLE alert_events_v9 (
            seq INTEGER PRIMARY KEY,
            alert_id TEXT NOT NULL REFERENCES alerts_v9(id),
            type TEXT NOT NULL CHECK (type IN ('opened', 'updated', 'acknowledged', 'resolved')),
            at INTEGER NOT NULL,
            value INTEGER,
            actor TEXT,
            note TEXT
        );
        INSERT INTO alert_events_v9 (seq, alert_id, type, at, value, actor, note)
            SELECT seq, alert_id, type, at, value, actor, note FROM alert_events;
        DROP TABLE alert_events;
        DROP TABLE alerts;
        ALTER TABLE alerts_v9 RENAME TO alerts;
        ALTER TABLE alert_events_v9 RENAME TO alert_events;
        CREATE UNIQUE INDEX alerts_one_open ON alerts(kind, outlet_id, commodity) WHERE status = 'open';
        CREATE UNIQUE INDEX alerts_one_open_regional ON alerts(kind, region, commodity)
            WHERE status = 'open' AND outlet_id IS NULL;
        CREATE INDEX alerts_by_status_region ON alerts(status, region, seq);
        CREATE INDEX alerts_by_outlet ON alerts(outlet_id, seq);
        CREATE INDEX alerts_by_status ON alerts(status, seq);
        CREATE INDEX alert_events_by_alert ON alert_events(alert_id, seq);

        CREATE TABLE tokens_v9 (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'shopkeeper', 'assistant')),
            region TEXT,
            cooperative_id TEXT REFERENCES cooperatives(id),
            secret_hash TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL,
            revoked_at INTEGER,
            CHECK (role <> 'officer' OR region IS NOT NULL),
            CHECK (role <> 'shopkeeper' OR cooperative_id IS NOT NULL)
        ) WITHOUT ROWID;
        INSERT INTO tokens_v9 (id, name, role, region, cooperative_id, secret_hash, created_at, revoked_at)
            SELECT id, name, role, region, cooperative_id, secret_hash, created_at, revoked_at FROM tokens;
        DROP TABLE tokens;
        ALTER TABLE tokens_v9 RENAME TO tokens;
        CREATE TABLE token_cooperatives (
            token_id TEXT NOT NULL REFERENCES tokens(id),
            cooperative_id TEXT NOT NULL REFERENCES cooperatives(id),
            PRIMARY KEY (token_id, cooperative_id)
        ) WITHOUT ROWID;

        CREATE TABLE outlet_activity (
            outlet_id TEXT PRIMARY KEY REFERENCES outlets(id),
            region TEXT NOT NULL,
            last_report_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX outlet_activity_by_region ON outlet_activity(region, last_report_at);
        INSERT INTO outlet_activity (outlet_id, region, last_report_at)
            SELECT o.id, o.region, max(r.recorded_at) FROM (
                SELECT outlet_id, max(recorded_at) AS recorded_at FROM stock_movements GROUP BY outlet_id
                UNION ALL
                SELECT outlet_id, max(recorded_at) FROM price_reports GROUP BY outlet_id
            ) r JOIN outlets o ON o.id = r.outlet_id GROUP BY o.id;
        CREATE TRIGGER outlet_activity_after_price AFTER INSERT ON price_reports BEGIN
            INSERT INTO outlet_activity (outlet_id, region, last_report_at)
            VALUES (NEW.outlet_id, NEW.region, NEW.recorded_at)
            ON CONFLICT (outlet_id) DO UPDATE SET last_report_at = max(last_report_at, excluded.last_report_at);
        END;
        DROP INDEX price_reports_by_outlet;
        CREATE INDEX price_reports_by_outlet ON price_reports(outlet_id, commodity, observed_at, seq, price);
        CREATE TRIGGER outlet_activity_after_movement AFTER INSERT ON stock_movements BEGIN
            INSERT INTO outlet_activity (outlet_id, region, last_report_at)
            SELECT id, region, NEW.recorded_at FROM outlets WHERE id = NEW.outlet_id
            ON CONFLICT (outlet_id) DO UPDATE SET last_report_at = max(last_report_at, excluded.last_report_at);
        END;
        """)
}
