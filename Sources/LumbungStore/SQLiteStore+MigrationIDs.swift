extension SQLiteStore {
    /// The ids of the schema's migrations, in order (other storages keep their own lists in step).
    public static var migrationIDs: [Int] { Schema.migrations.map(\.id) }
}
