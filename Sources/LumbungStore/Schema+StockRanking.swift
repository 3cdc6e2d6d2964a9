/// The stock check's ranking key kept beside each balance.
extension Schema {
    /// Migration 15: each balance carries its outlet's current price of the commodity (`price`, NULL without
    /// one), kept equal to `current_prices.price` by triggers inside the transaction that changes either, and the
    /// covering stock-check index holds it, so the cheapest outlets of a region are ranked from the index alone
    /// (no lookup of each matching outlet's price) and the totals read the same index.
    ///
    /// - a new price (insert), a changed price (update of `price`) or a removed one sets the balance's copy;
    /// - a new balance takes the outlet's current price when there is one;
    /// - existing balances are filled from `current_prices` once, here.
    static let stockRankingKey = Migration(
        id: 15, name: "balances carry their current price; the covering stock-check index ranks by it", sql: """
        ALTER TABLE stock_balances ADD COLUMN price INTEGER;
        UPDATE stock_balances SET price = p.price FROM current_prices p
        WHERE p.outlet_id = stock_balances.outlet_id AND p.commodity = stock_balances.commodity;
        DROP INDEX stock_balances_available;
        CREATE INDEX stock_balances_available ON stock_balances(commodity, region, price, quantity, updated_at)
        WHERE quantity > 0;
        CREATE TRIGGER stock_balances_price_after_price_insert AFTER INSERT ON current_prices BEGIN
            UPDATE stock_balances SET price = NEW.price WHERE outlet_id = NEW.outlet_id AND commodity = NEW.commodity;
        END;
        CREATE TRIGGER stock_balances_price_after_price_update AFTER UPDATE OF price ON current_prices
        WHEN NEW.price IS NOT OLD.price BEGIN
            UPDATE stock_balances SET price = NEW.price WHERE outlet_id = NEW.outlet_id AND commodity = NEW.commodity;
        END;
        CREATE TRIGGER stock_balances_price_after_price_delete AFTER DELETE ON current_prices BEGIN
            UPDATE stock_balances SET price = NULL WHERE outlet_id = OLD.outlet_id AND commodity = OLD.commodity;
        END;
        CREATE TRIGGER stock_balances_price_after_balance_insert AFTER INSERT ON stock_balances
        WHEN NEW.price IS NULL BEGIN
            UPDATE stock_balances SET price = (
                SELECT price FROM current_prices WHERE outlet_id = NEW.outlet_id AND commodity = NEW.commodity)
            WHERE outlet_id = NEW.outlet_id AND commodity = NEW.commodity
              AND EXISTS (SELECT 1 FROM current_prices WHERE outlet_id = NEW.outlet_id AND commodity = NEW.commodity);
        END;
        """)
}
