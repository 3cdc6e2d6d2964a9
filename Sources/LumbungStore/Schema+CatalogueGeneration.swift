/// The directory generation covers the catalogue too.
extension Schema {
    /// Migration 20: any new, changed or deleted commodity gives `directory_generation` (migration 16) a new
    /// random value, as a change to an outlet, cooperative or region does, so that the stock check can keep the
    /// commodities it was asked about (their names, units and categories) under that value instead of looking them
    /// up on every check.
    static let catalogueGeneration = Migration(
        id: 20, name: "the directory generation moves with every change to the catalogue of commodities", sql: """
        CREATE TRIGGER directory_generation_after_commodity_insert AFTER INSERT ON commodities BEGIN
            UPDATE directory_generation SET generation = random();
        END;
        CREATE TRIGGER directory_generation_after_commodity_update AFTER UPDATE ON commodities BEGIN
            UPDATE directory_generation SET generation = random();
        END;
        CREATE TRIGGER directory_generation_after_commodity_delete AFTER DELETE ON commodities BEGIN
            UPDATE directory_generation SET generation = random();
        END;
        """)
}
