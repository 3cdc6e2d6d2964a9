/// The listed price's status and time kept beside each balance, so that the stock check reads everything it lists
/// about a balance from the index it ranks with.
extension Schema {
    /// Migration 18: each balance carries, beside the copy of its outlet's current price (migration 15), that
    /// price's status against its band (`price_status`) and when it was observed (`price_observed_at`), NULL
    /// without a price; both stock-check indexes cover them. The triggers of migration 15 are replaced by ones
    /// that copy all three in the transaction of the write that changes them:
    ///
    /// - a new price (insert) or a new report, a changed status or time (update) sets the balance's copies;
    ///   a removed price clears them;
    /// - a new balance takes its outlet's current price, status and time when there is one;
    /// - existing balances are filled from `current_prices` once, here.
    ///
    /// Every price report (about one for every 40 movements nationally) now rewrites its outlet's balance and two
    /// index entries, where only a changed price did before; in exchange the stock check seeks no price per listed
    /// outlet.
    static let listedPrices = Migration(
        id: 18, name: "balances carry their current price's status and time; the stock-check indexes cover them", sql: """
        DROP INDEX stock_balances_available;
        DROP INDEX IF EXISTS stock_balances_by_province_price;
        ALTER TABLE stock_balances ADD COLUMN price_status TEXT;
        ALTER TABLE stock_balances ADD COLUMN price_observed_at INTEGER;
        UPDATE stock_balances SET price_status = p.status, price_observed_at = p.observed_at FROM current_prices p
        WHERE p.outlet_id = stock_balances.outlet_id AND p.commodity = stock_balances.commodity;
        CREATE INDEX stock_balances_available ON stock_balances(
            commodity, region, price, quantity, updated_at, price_status, price_observed_at) WHERE quantity > 0;
        \(provincePriceOrder);
        DROP TRIGGER stock_balances_price_after_price_insert;
        DROP TRIGGER stock_balances_price_after_price_update;
        DROP TRIGGER stock_balances_price_after_price_delete;
        DROP TRIGGER stock_balances_price_after_balance_insert;
        CREATE TRIGGER stock_balances_price_after_price_insert AFTER INSERT ON current_prices BEGIN
            UPDATE stock_balances SET price = NEW.price, price_status = NEW.status, price_observed_at = NEW.observed_at
            WHERE outlet_id = NEW.outlet_id AND commodity = NEW.commodity;
        END;
        CREATE TRIGGER stock_balances_price_after_price_update AFTER UPDATE OF price, status, observed_at ON current_prices
        WHEN NEW.price IS NOT OLD.price OR NEW.status IS NOT OLD.status OR NEW.observed_at IS NOT OLD.observed_at BEGIN
            UPDATE stock_balances SET price = NEW.price, price_status = NEW.status, price_observed_at = NEW.observed_at
            WHERE outlet_id = NEW.outlet_id AND commodity = NEW.commodity;
        END;
        CREATE TRIGGER stock_balances_price_after_price_delete AFTER DELETE ON current_prices BEGIN
            UPDATE stock_balances SET price = NULL, price_status = NULL, price_observed_at = NULL
            WHERE outlet_id = OLD.outlet_id AND commodity = OLD.commodity;
        END;
        CREATE TRIGGER stock_balances_price_after_balance_insert AFTER INSERT ON stock_balances
        WHEN NEW.price IS NULL BEGIN
            UPDATE stock_balances SET (price, price_status, price_observed_at) = (
                SELECT price, status, observed_at FROM current_prices
                WHERE outlet_id = NEW.outlet_id AND commodity = NEW.commodity)
            WHERE outlet_id = NEW.outlet_id AND commodity = NEW.commodity
              AND EXISTS (SELECT 1 FROM current_prices WHERE outlet_id = NEW.outlet_id AND commodity = NEW.commodity);
        END;
        """)
}
