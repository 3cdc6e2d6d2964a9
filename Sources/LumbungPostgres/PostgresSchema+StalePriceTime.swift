import LumbungStore

extension PostgresSchema {
    /// Migration 27: each balance carries its current price's observation time (`price_observed_at`, NULL without
    /// a price), as SQLite's balances have since its migration 18, so that the minute's stale-price walk passes
    /// over a balance with a recent price without joining it to its price (on the national data set the joined
    /// walk took 3.4–6.0 s every minute). Triggers copy the time in the transaction of the write that changes it:
    ///
    /// - a new price, or a new observation time, sets the balance's copy; a removed price clears it;
    /// - a new balance takes its outlet's current price time when there is one;
    /// - existing balances are filled from `current_prices` once, here.
    ///
    /// A balance made while another transaction writes the first price of the same outlet and commodity may miss
    /// that price's time (neither sees the other's row before it commits). The copy is then older than the price,
    /// never newer, so the walk at most finds a balance the stale-price check (which reads `current_prices`)
    /// passes over, until the next report sets the copy.
    static let stalePriceTime = Migration(
        id: 27, name: "balances carry their current price's time, so the stale-price walk reads no prices", sql: """
        ALTER TABLE stock_balances ADD COLUMN price_observed_at BIGINT;
        UPDATE stock_balances s SET price_observed_at = p.observed_at FROM current_prices p
        WHERE p.outlet_id = s.outlet_id AND p.commodity = s.commodity;
        CREATE FUNCTION stock_balances_price_time_after_price() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                UPDATE stock_balances SET price_observed_at = NULL
                WHERE outlet_id = OLD.outlet_id AND commodity = OLD.commodity;
            ELSIF TG_OP = 'INSERT' OR NEW.observed_at IS DISTINCT FROM OLD.observed_at THEN
                UPDATE stock_balances SET price_observed_at = NEW.observed_at
                WHERE outlet_id = NEW.outlet_id AND commodity = NEW.commodity;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER stock_balances_price_time_after_price AFTER INSERT OR UPDATE OF observed_at OR DELETE
            ON current_prices FOR EACH ROW EXECUTE FUNCTION stock_balances_price_time_after_price();
        CREATE FUNCTION stock_balances_price_time_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.price_observed_at IS NULL THEN
                NEW.price_observed_at := (SELECT observed_at FROM current_prices
                                          WHERE outlet_id = NEW.outlet_id AND commodity = NEW.commodity);
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER stock_balances_price_time_on_insert BEFORE INSERT ON stock_balances
            FOR EACH ROW EXECUTE FUNCTION stock_balances_price_time_on_insert();
        """)
}
