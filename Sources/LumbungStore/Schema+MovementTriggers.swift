/// Fewer triggers fired by a balance that only moves.
extension Schema {
    /// Migration 19: `stock_province_totals_after_balance_move` (a balance changing commodity or province) fires
    /// only on updates that set the region or the commodity. It fired on every update of the quantity too, where
    /// its `WHEN` is always false, so every movement paid for a trigger program that did nothing (about 8k of the
    /// writer's instructions). An update setting the quantity together with the region or the commodity still
    /// fires both triggers, whose `WHEN` clauses keep choosing exactly one, as before.
    static let movementTriggers = Migration(
        id: 19, name: "province totals: the move trigger fires only when the region or commodity is set", sql: """
        DROP TRIGGER stock_province_totals_after_balance_move;
        CREATE TRIGGER stock_province_totals_after_balance_move AFTER UPDATE OF region, commodity ON stock_balances
        WHEN NEW.commodity IS NOT OLD.commodity OR substr(NEW.region, 1, 2) IS NOT substr(OLD.region, 1, 2) BEGIN
            UPDATE stock_province_totals SET outlets = outlets - (OLD.quantity > 0),
                total_high = total_high - OLD.quantity / \(AvailabilityQueries.totalSplit), total_low = total_low - OLD.quantity % \(AvailabilityQueries.totalSplit)
            WHERE commodity = OLD.commodity AND province = substr(OLD.region, 1, 2);
            INSERT INTO stock_province_totals (commodity, province, outlets, total_high, total_low)
            VALUES (NEW.commodity, substr(NEW.region, 1, 2), NEW.quantity > 0, NEW.quantity / \(AvailabilityQueries.totalSplit), NEW.quantity % \(AvailabilityQueries.totalSplit))
            ON CONFLICT (commodity, province) DO UPDATE SET outlets = outlets + excluded.outlets,
                total_high = total_high + excluded.total_high, total_low = total_low + excluded.total_low;
        END;
        """)
}
