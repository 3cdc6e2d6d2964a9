/// What the stock check keeps current instead of computing per request.
extension Schema {
    /// Migration 16, three structures kept by triggers inside the transaction of every write, whoever writes (the
    /// server, `lumbung regions import`, `lumbung copy`, another process):
    ///
    /// - `directory_generation`, one row whose `generation` takes a new random value with every change to a name,
    ///   address or position the stock check lists: any update or deletion of an outlet, a cooperative or a region,
    ///   and any new region (a new outlet or cooperative changes nothing already listed). A reader that finds the
    ///   value of an earlier snapshot in its own knows that the names it kept from that snapshot still hold; a
    ///   random value rather than a count, so that another database file put in place never repeats it.
    /// - `stock_province_totals`, per commodity and province, the outlets with stock and their quantities added
    ///   up in two exact parts (whole 10⁹ thousandths and the rest, as the stock check's totals), moved by every
    ///   balance inserted, changed, moved or deleted.
    /// - `stock_balances_by_province_price`, the balances in stock of a province in the check's order (priced
    ///   first, cheapest first), covering what the check reads, so a province's first outlets come from the head
    ///   of one index range instead of a pass over all of its balances.
    static let stockCheckUpkeep = Migration(
        id: 16, name: "stock check upkeep: directory generation, province totals, province price order", sql: """
        CREATE TABLE directory_generation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            generation INTEGER NOT NULL
        );
        INSERT INTO directory_generation (id, generation) VALUES (1, random());
        CREATE TRIGGER directory_generation_after_outlet_update AFTER UPDATE ON outlets BEGIN
            UPDATE directory_generation SET generation = random();
        END;
        CREATE TRIGGER directory_generation_after_outlet_delete AFTER DELETE ON outlets BEGIN
            UPDATE directory_generation SET generation = random();
        END;
        CREATE TRIGGER directory_generation_after_cooperative_update AFTER UPDATE ON cooperatives BEGIN
            UPDATE directory_generation SET generation = random();
        END;
        CREATE TRIGGER directory_generation_after_cooperative_delete AFTER DELETE ON cooperatives BEGIN
            UPDATE directory_generation SET generation = random();
        END;
        CREATE TRIGGER directory_generation_after_region_insert AFTER INSERT ON regions BEGIN
            UPDATE directory_generation SET generation = random();
        END;
        CREATE TRIGGER directory_generation_after_region_update AFTER UPDATE ON regions BEGIN
            UPDATE directory_generation SET generation = random();
        END;
        CREATE TRIGGER directory_generation_after_region_delete AFTER DELETE ON regions BEGIN
            UPDATE directory_generation SET generation = random();
        END;

        CREATE TABLE stock_province_totals (
            commodity TEXT NOT NULL,
            province TEXT NOT NULL,
            outlets INTEGER NOT NULL,
            total_high INTEGER NOT NULL,
            total_low INTEGER NOT NULL,
            PRIMARY KEY (commodity, province)
        ) WITHOUT ROWID;
        INSERT INTO stock_province_totals (commodity, province, outlets, total_high, total_low)
        SELECT commodity, substr(region, 1, 2), sum(quantity > 0), sum(quantity / \(AvailabilityQueries.totalSplit)), sum(quantity % \(AvailabilityQueries.totalSplit))
        FROM stock_balances GROUP BY commodity, substr(region, 1, 2);
        CREATE TRIGGER stock_province_totals_after_balance_insert AFTER INSERT ON stock_balances BEGIN
            INSERT INTO stock_province_totals (commodity, province, outlets, total_high, total_low)
            VALUES (NEW.commodity, substr(NEW.region, 1, 2), NEW.quantity > 0, NEW.quantity / \(AvailabilityQueries.totalSplit), NEW.quantity % \(AvailabilityQueries.totalSplit))
            ON CONFLICT (commodity, province) DO UPDATE SET outlets = outlets + excluded.outlets,
                total_high = total_high + excluded.total_high, total_low = total_low + excluded.total_low;
        END;
        CREATE TRIGGER stock_province_totals_after_balance_change AFTER UPDATE OF quantity, region, commodity ON stock_balances
        WHEN NEW.commodity = OLD.commodity AND substr(NEW.region, 1, 2) = substr(OLD.region, 1, 2)
             AND NEW.quantity IS NOT OLD.quantity BEGIN
            UPDATE stock_province_totals SET outlets = outlets + (NEW.quantity > 0) - (OLD.quantity > 0),
                total_high = total_high + NEW.quantity / \(AvailabilityQueries.totalSplit) - OLD.quantity / \(AvailabilityQueries.totalSplit),
                total_low = total_low + NEW.quantity % \(AvailabilityQueries.totalSplit) - OLD.quantity % \(AvailabilityQueries.totalSplit)
            WHERE commodity = NEW.commodity AND province = substr(NEW.region, 1, 2);
        END;
        CREATE TRIGGER stock_province_totals_after_balance_move AFTER UPDATE OF quantity, region, commodity ON stock_balances
        WHEN NEW.commodity IS NOT OLD.commodity OR substr(NEW.region, 1, 2) IS NOT substr(OLD.region, 1, 2) BEGIN
            UPDATE stock_province_totals SET outlets = outlets - (OLD.quantity > 0),
                total_high = total_high - OLD.quantity / \(AvailabilityQueries.totalSplit), total_low = total_low - OLD.quantity % \(AvailabilityQueries.totalSplit)
            WHERE commodity = OLD.commodity AND province = substr(OLD.region, 1, 2);
            INSERT INTO stock_province_totals (commodity, province, outlets, total_high, total_low)
            VALUES (NEW.commodity, substr(NEW.region, 1, 2), NEW.quantity > 0, NEW.quantity / \(AvailabilityQueries.totalSplit), NEW.quantity % \(AvailabilityQueries.totalSplit))
            ON CONFLICT (commodity, province) DO UPDATE SET outlets = outlets + excluded.outlets,
                total_high = total_high + excluded.total_high, total_low = total_low + excluded.total_low;
        END;
        CREATE TRIGGER stock_province_totals_after_balance_delete AFTER DELETE ON stock_balances BEGIN
            UPDATE stock_province_totals SET outlets = outlets - (OLD.quantity > 0),
                total_high = total_high - OLD.quantity / \(AvailabilityQueries.totalSplit), total_low = total_low - OLD.quantity % \(AvailabilityQueries.totalSplit)
            WHERE commodity = OLD.commodity AND province = substr(OLD.region, 1, 2);
        END;

        CREATE INDEX IF NOT EXISTS stock_balances_by_province_price ON stock_balances(
            commodity, substr(region, 1, 2), price IS NULL, price, quantity, updated_at, region) WHERE quantity > 0;
        """)

    /// Creates `stock_balances_by_province_price` as migration 18 left it, unless it exists (migration 26 replaces
    /// it with the kabupaten/kota price order).
    static let provincePriceOrder = """
        CREATE INDEX IF NOT EXISTS stock_balances_by_province_price ON stock_balances(
            commodity, substr(region, 1, 2), price IS NULL, price, quantity, updated_at, region, price_status,
            price_observed_at) WHERE quantity > 0
        """
}
