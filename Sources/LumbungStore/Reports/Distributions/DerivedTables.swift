/// The SQLite tables computed from other tables: not copied between databases but rebuilt.
public enum DerivedTables {
    /// Their names.
    public static let names: Set<String> = ["price_distributions"]

    /// Rebuilds each from the tables it is derived from, on a connection inside a write transaction.
    public static func rebuild(on connection: Connection) throws {
        try PriceDistributionBuilder(connection: connection).rebuild()
    }
}
