/// The statements that keep an outlet's current price of a commodity. Parameters: outlet id, commodity, report id,
/// price, observed at, status, band id; `insert` also the outlet's region.
enum CurrentPriceQueries {
    /// Replaces the row.
    static let replace = """
        UPDATE current_prices SET report_id = ?3, price = ?4, observed_at = ?5, status = ?6, band_id = ?7
        WHERE outlet_id = ?1 AND commodity = ?2
        """

    /// Inserts the row.
    static let insert = """
        INSERT INTO current_prices (outlet_id, commodity, report_id, price, observed_at, status, band_id, region)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
        """
}
