/// The first schema: directory, stock ledger, prices, bands, alerts and their read paths.
extension Schema {
    /// Migration 1: regions, catalogue, cooperatives, outlets, tokens.
    static let directory = Migration(id: 1, name: "regions, catalogue, cooperatives, outlets, tokens", sql: """
        CREATE TABLE regions (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
            name_folded TEXT NOT NULL,
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
            parent TEXT
        ) WITHOUT ROWID;
        CREATE INDEX regions_by_parent ON regions(parent, code);

        CREATE TABLE commodities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            unit TEXT NOT NULL,
            category TEXT NOT NULL CHECK (category IN ('lpg', 'beras', 'sembako', 'other')),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE cooperatives (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            region TEXT NOT NULL,
            created_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX cooperatives_by_region ON cooperatives(region, id);

        CREATE TABLE outlets (
            id TEXT PRIMARY KEY,
            cooperative_id TEXT NOT NULL REFERENCES cooperatives(id),
            name TEXT NOT NULL,
            region TEXT NOT NULL,
            latitude REAL CHECK (latitude BETWEEN -90 AND 90),
            longitude REAL CHECK (longitude BETWEEN -180 AND 180),
            address TEXT,
            created_at INTEGER NOT NULL,
            CHECK ((latitude IS NULL) = (longitude IS NULL))
        );
        CREATE INDEX outlets_by_region ON outlets(region, id);
        CREATE INDEX outlets_by_cooperative ON outlets(cooperative_id, id);

        CREATE TABLE tokens (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'shopkeeper')),
            region TEXT,
            cooperative_id TEXT REFERENCES cooperatives(id),
            secret_hash TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL,
            revoked_at INTEGER,
            CHECK (role <> 'officer' OR region IS NOT NULL),
            CHECK (role <> 'shopkeeper' OR cooperative_id IS NOT NULL)
        ) WITHOUT ROWID;

        CREATE TABLE idempotency_keys (
            token_id TEXT NOT NULL,
            key TEXT NOT NULL,
            request_hash TEXT NOT NULL,
            status INTEGER NOT NULL,
            headers TEXT NOT NULL,
            body BLOB NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (token_id, key)
        ) WITHOUT ROWID;
        CREATE INDEX idempotency_keys_by_age ON idempotency_keys(created_at);
        """)

    /// Migration 2: stock ledger and balances.
    static let stockLedger = Migration(id: 2, name: "stock ledger and balances", sql: """
        CREATE TABLE stock_movements (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            outlet_id TEXT NOT NULL REFERENCES outlets(id),
            commodity TEXT NOT NULL REFERENCES commodities(id),
            kind TEXT NOT NULL CHECK (kind IN ('receipt', 'sale', 'adjustment', 'count')),
            quantity INTEGER NOT NULL,
            delta INTEGER NOT NULL,
            balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
            occurred_at INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL,
            note TEXT
        );
        CREATE INDEX stock_movements_by_outlet ON stock_movements(outlet_id, seq);
        CREATE INDEX stock_movements_by_outlet_commodity ON stock_movements(outlet_id, commodity, seq);

        CREATE TABLE stock_balances (
            outlet_id TEXT NOT NULL REFERENCES outlets(id),
            commodity TEXT NOT NULL REFERENCES commodities(id),
            region TEXT NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity >= 0),
            low_threshold INTEGER CHECK (low_threshold >= 0),
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (outlet_id, commodity)
        ) WITHOUT ROWID;
        CREATE INDEX stock_balances_in_stock ON stock_balances(commodity, region) WHERE quantity > 0;
        """)

    /// Migration 3: prices, bands, alerts.
    static let pricesAndAlerts = Migration(id: 3, name: "prices, bands, alerts", sql: """
        CREATE TABLE price_reports (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            outlet_id TEXT NOT NULL REFERENCES outlets(id),
            commodity TEXT NOT NULL REFERENCES commodities(id),
            region TEXT NOT NULL,
            price INTEGER NOT NULL CHECK (price > 0),
            observed_at INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL
        );
        CREATE INDEX price_reports_by_outlet ON price_reports(outlet_id, commodity, observed_at);
        CREATE INDEX price_reports_by_region ON price_reports(commodity, region, observed_at);

        CREATE TABLE current_prices (
            outlet_id TEXT NOT NULL REFERENCES outlets(id),
            commodity TEXT NOT NULL REFERENCES commodities(id),
            region TEXT NOT NULL,
            report_id TEXT NOT NULL,
            price INTEGER NOT NULL,
            observed_at INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('in_band', 'above_band', 'below_band', 'no_band')),
            band_id TEXT,
            PRIMARY KEY (outlet_id, commodity)
        ) WITHOUT ROWID;
        CREATE INDEX current_prices_by_region ON current_prices(commodity, region);

        CREATE TABLE bands (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            commodity TEXT NOT NULL REFERENCES commodities(id),
            region TEXT NOT NULL DEFAULT '',
            min_price INTEGER CHECK (min_price > 0),
            max_price INTEGER CHECK (max_price > 0),
            effective_from INTEGER NOT NULL,
            source TEXT,
            created_at INTEGER NOT NULL,
            CHECK (min_price IS NOT NULL OR max_price IS NOT NULL),
            CHECK (min_price IS NULL OR max_price IS NULL OR min_price <= max_price)
        );
        CREATE INDEX bands_by_commodity ON bands(commodity, region, effective_from);

        CREATE TABLE alerts (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('price_above_band', 'price_below_band', 'out_of_stock', 'low_stock', 'stale_price')),
            status TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
            outlet_id TEXT NOT NULL REFERENCES outlets(id),
            cooperative_id TEXT NOT NULL,
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
            message TEXT NOT NULL
        );
        CREATE UNIQUE INDEX alerts_one_open ON alerts(kind, outlet_id, commodity) WHERE status = 'open';
        CREATE INDEX alerts_by_status_region ON alerts(status, region, seq);
        CREATE INDEX alerts_by_outlet ON alerts(outlet_id, seq);

        CREATE TABLE alert_events (
            seq INTEGER PRIMARY KEY,
            alert_id TEXT NOT NULL REFERENCES alerts(id),
            type TEXT NOT NULL CHECK (type IN ('opened', 'updated', 'acknowledged', 'resolved')),
            at INTEGER NOT NULL,
            value INTEGER,
            actor TEXT,
            note TEXT
        );
        CREATE INDEX alert_events_by_alert ON alert_events(alert_id, seq);
        """)

    /// Migration 4: stock check: outlet locations (R*Tree) and a covering index of balances in stock.
    static let stockCheckLocations = Migration(id: 4, name: "stock check: outlet locations (R*Tree) and a covering index of balances in stock", sql: """
        CREATE VIRTUAL TABLE outlet_locations USING rtree(id, min_latitude, max_latitude, min_longitude, max_longitude);
        INSERT INTO outlet_locations (id, min_latitude, max_latitude, min_longitude, max_longitude)
            SELECT rowid, latitude, latitude, longitude, longitude FROM outlets WHERE latitude IS NOT NULL;
        CREATE TRIGGER outlet_locations_after_insert AFTER INSERT ON outlets WHEN NEW.latitude IS NOT NULL BEGIN
            INSERT INTO outlet_locations (id, min_latitude, max_latitude, min_longitude, max_longitude)
            VALUES (NEW.rowid, NEW.latitude, NEW.latitude, NEW.longitude, NEW.longitude);
        END;
        CREATE TRIGGER outlet_locations_after_move AFTER UPDATE OF latitude, longitude ON outlets BEGIN
            DELETE FROM outlet_locations WHERE id = OLD.rowid;
            INSERT INTO outlet_locations (id, min_latitude, max_latitude, min_longitude, max_longitude)
            SELECT NEW.rowid, NEW.latitude, NEW.latitude, NEW.longitude, NEW.longitude WHERE NEW.latitude IS NOT NULL;
        END;
        CREATE TRIGGER outlet_locations_after_delete AFTER DELETE ON outlets BEGIN
            DELETE FROM outlet_locations WHERE id = OLD.rowid;
        END;
        CREATE INDEX stock_balances_available ON stock_balances(commodity, region, quantity, updated_at) WHERE quantity > 0;
        """)

    /// Migration 5: an outlet's price history across commodities, newest observed first.
    static let outletPriceHistory = Migration(id: 5, name: "an outlet's price history across commodities, newest observed first", sql: """
        CREATE INDEX price_reports_by_outlet_time ON price_reports(outlet_id, observed_at);
        """)

    /// Migration 6: the alert list newest first without a sort.
    static let alertListOrder = Migration(id: 6, name: "the alert list newest first without a sort", sql: """
        CREATE INDEX IF NOT EXISTS alerts_by_status ON alerts(status, seq);
        """)
}
