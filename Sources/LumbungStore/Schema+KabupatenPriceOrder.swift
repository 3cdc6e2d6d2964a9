/// The stock check of a kabupaten/kota from the head of its price order, as a province's was.
extension Schema {
    /// Migration 26: what migration 16 kept per province is kept per kabupaten/kota (a balance's region cut to five
    /// characters; a code above that level stands for itself), and a province is answered from its kabupaten/kota:
    ///
    /// - `stock_kabupaten_totals` replaces `stock_province_totals` (outlets with stock and their quantity in two
    ///   parts, per commodity); a province's totals add up its rows. The insert, move and delete triggers are
    ///   those of migrations 16 and 19 at the new level; a group commit's moves are still added as it commits
    ///   (`StockTotalsChange`).
    /// - `stock_balances_by_kabupaten_price` replaces `stock_balances_by_province_price`: the balances in stock of a
    ///   kabupaten/kota in the check's order, covering what the check reads.
    ///
    /// A kabupaten/kota's check (Kota Banjarmasin's 52 outlets) read every balance of it to count them and rank
    /// them; it now reads its kept totals and walks its price order only until the first `limit` are settled.
    /// A province's check walks the heads of its kabupaten/kota in turn, each only while it can still place an
    /// outlet. Writes keep as many indexes and totals rows as before.
    static let kabupatenPriceOrder = Migration(
        id: 26, name: "stock check: kept totals and price order per kabupaten/kota; a province adds up its own", sql: """
        CREATE TABLE stock_kabupaten_totals (
            commodity TEXT NOT NULL,
            kabupaten TEXT NOT NULL,
            outlets INTEGER NOT NULL,
            total_high INTEGER NOT NULL,
            total_low INTEGER NOT NULL,
            PRIMARY KEY (commodity, kabupaten)
        ) WITHOUT ROWID;
        INSERT INTO stock_kabupaten_totals (commodity, kabupaten, outlets, total_high, total_low)
        SELECT commodity, substr(region, 1, 5), sum(quantity > 0), sum(quantity / \(split)), sum(quantity % \(split))
        FROM stock_balances GROUP BY commodity, substr(region, 1, 5);
        DROP TRIGGER stock_province_totals_after_balance_insert;
        DROP TRIGGER stock_province_totals_after_balance_move;
        DROP TRIGGER stock_province_totals_after_balance_delete;
        DROP TABLE stock_province_totals;
        CREATE TRIGGER stock_kabupaten_totals_after_balance_insert AFTER INSERT ON stock_balances BEGIN
            \(countNew)
        END;
        CREATE TRIGGER stock_kabupaten_totals_after_balance_move AFTER UPDATE OF region, commodity ON stock_balances
        WHEN NEW.commodity IS NOT OLD.commodity OR substr(NEW.region, 1, 5) IS NOT substr(OLD.region, 1, 5) BEGIN
            \(uncountOld)
            \(countNew)
        END;
        CREATE TRIGGER stock_kabupaten_totals_after_balance_delete AFTER DELETE ON stock_balances BEGIN
            \(uncountOld)
        END;
        DROP INDEX IF EXISTS stock_balances_by_province_price;
        \(kabupatenPriceOrderIndex);
        """)

    /// Creates `stock_balances_by_kabupaten_price` unless it exists (also after a bulk load, which drops it: one
    /// sort of every balance costs less than moving each entry as the load sets its price).
    static let kabupatenPriceOrderIndex = """
        CREATE INDEX IF NOT EXISTS stock_balances_by_kabupaten_price ON stock_balances(
            commodity, substr(region, 1, 5), price IS NULL, price, quantity, updated_at, region, price_status,
            price_observed_at) WHERE quantity > 0
        """

    /// The trigger statement that counts the balance `NEW` in its kabupaten/kota's totals (making the row if need be).
    private static let countNew = """
        INSERT INTO stock_kabupaten_totals (commodity, kabupaten, outlets, total_high, total_low)
            VALUES (NEW.commodity, substr(NEW.region, 1, 5), NEW.quantity > 0, NEW.quantity / \(split), NEW.quantity % \(split))
            ON CONFLICT (commodity, kabupaten) DO UPDATE SET outlets = outlets + excluded.outlets,
                total_high = total_high + excluded.total_high, total_low = total_low + excluded.total_low;
        """

    /// The trigger statement that takes the balance `OLD` out of its kabupaten/kota's totals.
    private static let uncountOld = """
        UPDATE stock_kabupaten_totals SET outlets = outlets - (OLD.quantity > 0),
                total_high = total_high - OLD.quantity / \(split), total_low = total_low - OLD.quantity % \(split)
            WHERE commodity = OLD.commodity AND kabupaten = substr(OLD.region, 1, 5);
        """

    /// The divisor of the totals' two parts, as the migration's SQL spells it.
    private static let split = AvailabilityQueries.totalSplit
}
